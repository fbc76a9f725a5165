import Foundation
import MIME
import Complaints
import TicketStore

/// The whole intake for one message: read it, then file it in one transaction. Not Sendable: it
/// holds the store, which has one owner.
///
/// Repeat and batch detection (SPEC §5) are on with the SPEC defaults; pass `specialClasses: .off`
/// to file every message exactly as read.
public final class Filer {
    public let store: TicketStore
    public let intake: Intake
    /// Which special classes the store detects while filing.
    public let specialClasses: SpecialClasses
    /// Renders acknowledgements into the outbox and handles bounces, in the filing's transaction.
    /// Nil: filing only (`plaint ingest`, tests).
    public let replies: ReplyComposer?

    public init(store: TicketStore, intake: Intake = Intake(), specialClasses: SpecialClasses = .standard,
                replies: ReplyComposer? = nil) {
        self.store = store
        self.intake = intake
        self.specialClasses = specialClasses
        self.replies = replies
    }

    /// Files one raw message exactly once.
    /// - Parameters:
    ///   - origin: where it came from (`folder:/path`, `imap:INBOX`), kept on the message row.
    ///   - location: the IMAP (mailbox, UIDVALIDITY, UID), stored in the same transaction.
    /// - Throws: `StoreError` when the database cannot be written; nothing is half-filed.
    public func file(_ raw: [UInt8], origin: String, receivedAt: Date, location: MailboxLocation? = nil) throws(StoreError) -> FilingOutcome {
        try file(intake.read(raw), raw: raw, origin: origin, receivedAt: receivedAt, location: location)
    }

    /// Files a message over the size limit from its header block alone: quarantined once, with the reason.
    public func fileOversize(headers: [UInt8], size: Int, origin: String, receivedAt: Date,
                             location: MailboxLocation? = nil) throws(StoreError) -> FilingOutcome {
        try file(intake.readOversize(headers: headers, size: size), raw: headers, origin: origin, receivedAt: receivedAt,
                 location: location)
    }

    /// Files a message already read (by `Intake.readAll`, which spreads a batch over the cores).
    public func file(_ reading: Intake.Reading, raw: [UInt8], origin: String, receivedAt: Date,
                     location: MailboxLocation?) throws(StoreError) -> FilingOutcome {
        let key = SourceKey.forMessage(messageID: reading.message.messageID, rawSHA256: reading.rawSHA256)
        let attachments = reading.attachments.map {
            (info: AttachmentInfo(filename: $0.filename, contentType: $0.contentType, size: $0.size, sha256: $0.sha256), bytes: $0.bytes)
        }
        guard let replies else {
            return try store.file(reading.complaint, raw: raw, sourceKey: key, source: origin, receivedAt: receivedAt,
                                  attachments: attachments, location: location, specialClasses: specialClasses)
        }
        // The acknowledgement row is written in the same transaction as the ticket (a savepoint when the
        // poller's batch transaction is open): both are committed, or neither.
        return try store.transaction { () throws(StoreError) -> FilingOutcome in
            let outcome = try store.file(reading.complaint, raw: raw, sourceKey: key, source: origin, receivedAt: receivedAt,
                                         attachments: attachments, location: location, specialClasses: specialClasses)
            try replies.afterFiling(outcome, complaint: reading.complaint, raw: raw, store: store, at: receivedAt)
            return outcome
        }
    }
}

@available(*, unavailable) extension Filer: Sendable {}

/// Counts of what a batch of filings did, for the one-line summary.
public struct FilingTally: Sendable, Equatable {
    public var opened = 0
    public var followUps = 0
    public var duplicates = 0
    public var recorded: [Disposition: Int] = [:]

    public init() {}

    public var total: Int { opened + followUps + duplicates + recorded.values.reduce(0, +) }

    public mutating func add(_ outcome: FilingOutcome) {
        switch outcome {
        case .opened: opened += 1
        case .followUp: followUps += 1
        case .duplicate: duplicates += 1
        case .recorded(let disposition, _): recorded[disposition, default: 0] += 1
        }
    }

    /// `polled 12 new: 10 tickets, 1 follow-up, 1 auto-reply, 0 already filed`.
    public var pollSummary: String {
        let full = summary(prefix: "polled")
        return "polled \(total) new:" + full[full.index(after: full.firstIndex(of: ":")!)...]
    }

    /// `ingested 12 messages: 9 tickets, 1 follow-up, 1 auto-reply, 1 bounce, 0 already filed`.
    public func summary(prefix: String) -> String {
        var parts = ["\(opened) \(opened == 1 ? "ticket" : "tickets")"]
        if followUps > 0 { parts.append("\(followUps) \(followUps == 1 ? "follow-up" : "follow-ups")") }
        for d in Disposition.allCases where (recorded[d] ?? 0) > 0 {
            parts.append("\(recorded[d]!) \(d.rawValue.replacingOccurrences(of: "_", with: "-"))")
        }
        parts.append("\(duplicates) already filed")
        return "\(prefix) \(total) \(total == 1 ? "message" : "messages"): " + parts.joined(separator: ", ")
    }

    /// One line per message.
    public static func describe(_ outcome: FilingOutcome, file: String) -> String {
        switch outcome {
        case .opened(let ref): "\(ref)  opened      \(file)"
        case .followUp(let ref): "\(ref)  follow-up   \(file)"
        case .duplicate(let ref): "\(ref ?? "-")  already filed  \(file)"
        case .recorded(let d, let reason): "\(reason.hasPrefix(d.rawValue) ? reason : "\(d.rawValue): \(reason)")  \(file)"
        }
    }
}
