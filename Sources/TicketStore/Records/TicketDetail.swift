import Foundation
import Complaints

/// Everything about one ticket: the record, every message in and out, the audit log.
public struct TicketDetail: Sendable, Equatable {
    public var record: TicketRecord
    /// Oldest first.
    public var messages: [MessageRecord]
    /// The audit log, oldest first.
    public var events: [TicketEvent]
    /// Tickets this one repeats or is repeated by (SPEC §5 repeat), oldest first.
    public var links: [TicketLink]
    /// The incident this ticket belongs to (SPEC §5 batch), if any.
    public var incident: Incident?

    public init(record: TicketRecord, messages: [MessageRecord], events: [TicketEvent], links: [TicketLink] = [],
                incident: Incident? = nil) {
        self.record = record
        self.messages = messages
        self.events = events
        self.links = links
        self.incident = incident
    }

    /// The attachments of all the ticket's messages, in message order.
    public var attachments: [AttachmentInfo] { messages.flatMap(\.attachments) }
}

/// Whether a message came from the customer or was sent by Plaint.
public enum MessageDirection: String, Sendable, Codable {
    case incoming = "in"
    case outgoing = "out"
}

/// One stored message (incoming or outgoing). The raw bytes are addressed by `rawSHA256`: read them with
/// `TicketStore.rawMessage(sha256:)` (small ones are in the database, others under the data directory).
public struct MessageRecord: Sendable, Equatable {
    public var id: Int64
    public var sourceKey: SourceKey
    /// Where it came from, e.g. `imap://host/INBOX`, a file path, or `outbox`.
    public var source: String
    public var direction: MessageDirection
    public var disposition: Disposition
    /// Why the disposition is not `ticket`, or nil.
    public var reason: String?
    /// Message-ID without angle brackets.
    public var messageID: String?
    public var subject: String?
    public var senderEmail: String?
    public var rawSHA256: String
    public var rawSize: Int
    /// The message's own Date header.
    public var sentAt: Date?
    /// When Plaint stored it.
    public var receivedAt: Date
    public var attachments: [AttachmentInfo]

    public init(id: Int64, sourceKey: SourceKey, source: String, direction: MessageDirection, disposition: Disposition, reason: String?, messageID: String?, subject: String?, senderEmail: String?, rawSHA256: String, rawSize: Int, sentAt: Date?, receivedAt: Date, attachments: [AttachmentInfo]) {
        self.id = id
        self.sourceKey = sourceKey
        self.source = source
        self.direction = direction
        self.disposition = disposition
        self.reason = reason
        self.messageID = messageID
        self.subject = subject
        self.senderEmail = senderEmail
        self.rawSHA256 = rawSHA256
        self.rawSize = rawSize
        self.sentAt = sentAt
        self.receivedAt = receivedAt
        self.attachments = attachments
    }
}

/// One line of a ticket's audit log: who did what, when (SPEC §10).
public struct TicketEvent: Sendable, Equatable {
    public var id: Int64
    public var at: Date
    /// `plaint` for the gateway itself, else a staff user.
    public var actor: String
    /// e.g. `opened`, `follow_up`, `status`, `acknowledged`.
    public var action: String
    public var detail: String?

    public init(id: Int64, at: Date, actor: String, action: String, detail: String?) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.detail = detail
    }
}
