// TEMPORARY: the public surface the TicketStore helper implements for real (then deletes this file).
import Foundation
import Complaints

/// Where a message came from, unique per message: a Message-ID, else a content hash.
public struct SourceKey: Hashable, Sendable {
    public var value: String
    public init(_ value: String) { self.value = value }
}

/// What filing one message did.
public enum FilingOutcome: Sendable, Equatable {
    /// A new ticket was opened.
    case opened(reference: String)
    /// Appended to an existing ticket (reference in subject, or In-Reply-To/References match).
    case followUp(reference: String)
    /// Recorded but not a ticket (auto_reply, bounce, bulk, quarantine), with the reason.
    case recorded(disposition: Disposition, reason: String)
    /// This source key was filed before: nothing new was written.
    case duplicate(reference: String?)
}

public struct TicketRecord: Sendable, Equatable {
    public var id: Int64
    public var reference: String
    public var status: TicketStatus
    public var createdAt: Date
    public var complaint: Complaint
    public init(id: Int64, reference: String, status: TicketStatus, createdAt: Date, complaint: Complaint) {
        self.id = id; self.reference = reference; self.status = status; self.createdAt = createdAt; self.complaint = complaint
    }
}
