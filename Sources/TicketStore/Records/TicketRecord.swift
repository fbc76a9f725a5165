import Foundation
import Complaints

/// A ticket as stored: its reference, status, timestamps and the complaint it was opened with.
public struct TicketRecord: Sendable, Equatable {
    /// Row id (stable, internal).
    public var id: Int64
    /// `CMP-<year>-<6-digit sequence>`, e.g. `CMP-2026-000123`.
    public var reference: String
    public var status: TicketStatus
    public var createdAt: Date
    /// Last change: a follow-up, an event or a status change.
    public var updatedAt: Date
    /// The complaint of the message that opened the ticket, as filed.
    public var complaint: Complaint

    public init(id: Int64, reference: String, status: TicketStatus, createdAt: Date, complaint: Complaint) {
        self.init(id: id, reference: reference, status: status, createdAt: createdAt, updatedAt: createdAt, complaint: complaint)
    }

    public init(id: Int64, reference: String, status: TicketStatus, createdAt: Date, updatedAt: Date, complaint: Complaint) {
        self.id = id; self.reference = reference; self.status = status
        self.createdAt = createdAt; self.updatedAt = updatedAt; self.complaint = complaint
    }
}
