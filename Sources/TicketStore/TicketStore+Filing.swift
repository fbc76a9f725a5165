import Foundation
import Complaints
import MIME

extension TicketStore {
    /// Files one incoming message, exactly once, in one transaction.
    ///
    /// - A `sourceKey` filed before → `.duplicate(reference:)`, writing nothing, except that a new
    ///   `location` for it is recorded (idempotently) so the poller can mark that copy on the server.
    /// - `disposition == .ticket`: when `complaint.ticketReference` names a ticket, or an In-Reply-To /
    ///   References id matches a message (incoming or outgoing) already on a ticket → `.followUp` (event
    ///   `follow_up`); else a new ticket `CMP-<year of receivedAt>-<6-digit sequence per year>` (event `opened`).
    /// - Any other disposition → a message row with its reason, `.recorded(disposition:reason:)`.
    /// - With `specialClasses` (off by default; `Filer` turns it on), a `.ticket` message that threads to
    ///   no ticket is checked for SPEC §5 repeat and batch, in the same transaction:
    ///   - repeat (a), the complainant has an open ticket about the same issue → `.followUp` on it, which
    ///     is flagged `repeat` (priority high) and gets events `follow_up` and `repeat_reminder`;
    ///   - repeat (b), dissatisfied with a resolved/closed one → a new ticket flagged `repeat` (priority
    ///     high), linked to the old one (`TicketDetail.links`), event `linked` on both with the reason;
    ///   - batch, a new ticket similar to enough recent ones → an incident (`TicketDetail.incident`), every
    ///     new member flagged `batch`, priority high, event `batch_incident`.
    ///
    /// Raw bytes up to `inlineRawLimit` are kept in the database, content-addressed (`raw_messages`,
    /// one row per SHA-256), in the same transaction as the message row: no file per message. Larger
    /// raw messages, quarantined ones (`plaint quarantine` shows their file) and attachments are written
    /// as content-addressed files before the transaction (a rollback leaves at most an unreferenced file,
    /// never a row without its bytes). `rawMessage(sha256:)` reads either.
    ///
    /// - Parameters:
    ///   - raw: the message exactly as received.
    ///   - source: where it came from, for the record (`imap://host/INBOX`, a file path…).
    ///   - attachments: decoded attachment bytes with their info; stored under `info.sha256` when it is a
    ///     64-digit lowercase hex digest (the MIME parser computes it from the same bytes; hashing a 30 MB
    ///     attachment again costs ~0.3 s), else under a SHA-256 computed here. When empty,
    ///     `complaint.attachments` is recorded as metadata only.
    ///   - location: the IMAP mailbox/UIDVALIDITY/UID, stored in the same transaction.
    ///   - specialClasses: which of repeat and batch to detect (`.off`: none).
    public func file(_ complaint: Complaint, raw: [UInt8], sourceKey: SourceKey, source: String, receivedAt: Date,
                     attachments: [(info: AttachmentInfo, bytes: [UInt8])],
                     location: MailboxLocation? = nil,
                     specialClasses: SpecialClasses = .off) throws(StoreError) -> FilingOutcome {
        // Duplicates are common after a crash or a UIDVALIDITY change: answer them without touching files.
        // Message rows are never deleted, so an earlier filing stays valid.
        if let earlier = try filedMessage(sourceKey) {
            if let location {
                try connection.transaction { () throws(StoreError) in
                    try recordLocation(location, messageRow: earlier.row, at: receivedAt)
                }
            }
            return .duplicate(reference: earlier.reference)
        }
        let rawHash = Self.rawDigest(of: raw, sourceKey: sourceKey)
        let inline = Self.keepsInDatabase(raw, disposition: complaint.disposition)
        if !inline { try content.put(raw, sha256: rawHash, in: .messages) }
        var stored: [AttachmentInfo] = []
        for (info, bytes) in attachments {
            let hash = Self.isDigest(info.sha256) ? info.sha256 : SHA256.hex(bytes)
            try content.put(bytes, sha256: hash, in: .attachments)
            stored.append(AttachmentInfo(filename: info.filename, contentType: info.contentType, size: bytes.count, sha256: hash))
        }
        if attachments.isEmpty { stored = complaint.attachments }

        do {
            return try fileInTransaction(complaint, rawHash: rawHash, raw: raw, inline: inline, stored: stored, sourceKey: sourceKey,
                                         source: source, receivedAt: receivedAt, location: location, specialClasses: specialClasses)
        } catch {
            // Row ids of a rolled-back ticket are reused: forget signatures cached under them.
            similarityCache = SimilarityCache()
            throw error
        }
    }

    /// The transaction of `file(…)`, after the content files are written.
    private func fileInTransaction(_ complaint: Complaint, rawHash: String, raw: [UInt8], inline: Bool, stored: [AttachmentInfo],
                                   sourceKey: SourceKey, source: String, receivedAt: Date, location: MailboxLocation?,
                                   specialClasses: SpecialClasses) throws(StoreError) -> FilingOutcome {
        try connection.transaction { () throws(StoreError) -> FilingOutcome in
            // Another process may have filed it since the check above.
            if let existing = try filedMessage(sourceKey) {
                if let location { try recordLocation(location, messageRow: existing.row, at: receivedAt) }
                return .duplicate(reference: existing.reference)
            }
            let outcome: FilingOutcome
            var ticketID: Int64?
            var repeatDecision = RepeatPolicy.Decision.none
            if complaint.disposition == .ticket {
                if let target = try threadTarget(of: complaint) {
                    ticketID = target.id
                    try touch(ticketID: target.id, at: receivedAt)
                    outcome = .followUp(reference: target.reference)
                } else {
                    if let policy = specialClasses.repeats {
                        let candidates = try repeatCandidates(of: complaint.complainant, now: receivedAt, window: policy.window)
                        repeatDecision = policy.decide(complaint, at: receivedAt, candidates: candidates)
                    }
                    if case .followUp(let reference, _) = repeatDecision {
                        let id = try self.ticketID(reference)
                        ticketID = id
                        try touch(ticketID: id, at: receivedAt)
                        outcome = .followUp(reference: reference)
                    } else {
                        var filed = complaint
                        if case .linkedNew = repeatDecision {
                            filed.flags.insert(.repeat)
                            filed.priority = .high
                        }
                        let (id, reference) = try openTicket(filed, at: receivedAt)
                        ticketID = id
                        outcome = .opened(reference: reference)
                    }
                }
            } else {
                outcome = .recorded(disposition: complaint.disposition,
                                    reason: complaint.dispositionReason ?? complaint.disposition.rawValue)
            }
            if inline { try putRaw(raw, sha256: rawHash) }
            let row = try insertMessage(sourceKey: sourceKey, source: source, ticketID: ticketID, direction: .incoming,
                                        disposition: complaint.disposition, reason: complaint.dispositionReason,
                                        messageID: complaint.messageID, subject: complaint.subject,
                                        senderEmail: complaint.senderEmail, rawSHA256: rawHash, rawSize: raw.count,
                                        sentAt: complaint.date, receivedAt: receivedAt)
            for info in stored {
                try connection.run("INSERT INTO attachments (message_row, filename, content_type, size, sha256) VALUES (?, ?, ?, ?, ?)",
                                   row, info.filename, info.contentType, info.size, info.sha256)
            }
            if let ticketID {
                switch outcome {
                case .opened:
                    try insertEvent(ticketID: ticketID, actor: "plaint", action: "opened",
                                    detail: "\(complaint.channel.rawValue) message from \(complaint.senderEmail ?? "unknown sender") via \(source)",
                                    at: receivedAt)
                default:
                    try insertEvent(ticketID: ticketID, actor: "plaint", action: "follow_up",
                                    detail: "message \(complaint.messageID.map { "<\($0)>" } ?? sourceKey.value) from \(complaint.senderEmail ?? "unknown sender")",
                                    at: receivedAt)
                }
            }
            if let ticketID, case .opened(let reference) = outcome {
                if case .linkedNew(let earlier, let reason) = repeatDecision {
                    let earlierID = try self.ticketID(earlier)
                    try linkRepeat(ticketID: ticketID, of: earlierID, reason: reason, at: receivedAt)
                    try insertEvent(ticketID: ticketID, actor: "plaint", action: "linked",
                                    detail: "repeat of \(earlier): \(reason)", at: receivedAt)
                    try insertEvent(ticketID: earlierID, actor: "plaint", action: "linked",
                                    detail: "repeated by \(reference): \(reason)", at: receivedAt)
                }
                if let policy = specialClasses.batch {
                    try applyBatch(policy, ticketID: ticketID, reference: reference, complaint: complaint, at: receivedAt)
                }
            } else if let ticketID, case .followUp(_, let reason) = repeatDecision {
                try addFlag(.repeat, ticketID: ticketID, at: receivedAt)
                try insertEvent(ticketID: ticketID, actor: "plaint", action: "repeat_reminder",
                                detail: "customer wrote again (\(reason)); reminder to the handler", at: receivedAt)
            }
            if let location { try recordLocation(location, messageRow: row, at: receivedAt) }
            return outcome
        }
    }

    /// Records a message Plaint sent (an acknowledgement, a reply) on a ticket, so replies to it thread
    /// back to the ticket. Idempotent by `sourceKey` (default `out:<Message-ID>`).
    /// - Returns: false when that source key was already recorded.
    @discardableResult
    public func recordOutgoing(reference: String, messageID: String, subject: String?, raw: [UInt8], sentAt: Date,
                               sourceKey: SourceKey? = nil, actor: String = "plaint") throws(StoreError) -> Bool {
        let key = sourceKey ?? SourceKey("out:" + normalizedMessageID(messageID))
        let hash = SHA256.hex(raw)
        let inline = Self.keepsInDatabase(raw, disposition: .ticket)
        if !inline { try content.put(raw, sha256: hash, in: .messages) }
        return try connection.transaction { () throws(StoreError) -> Bool in
            guard try filedMessage(key) == nil else { return false }
            if inline { try putRaw(raw, sha256: hash) }
            let ticketID = try ticketID(reference)
            _ = try insertMessage(sourceKey: key, source: "outbox", ticketID: ticketID, direction: .outgoing,
                                  disposition: .ticket, reason: nil, messageID: messageID, subject: subject,
                                  senderEmail: nil, rawSHA256: hash, rawSize: raw.count, sentAt: sentAt, receivedAt: sentAt)
            try touch(ticketID: ticketID, at: sentAt)
            try insertEvent(ticketID: ticketID, actor: actor, action: "sent", detail: "message <\(normalizedMessageID(messageID))>", at: sentAt)
            return true
        }
    }

    // MARK: - Pieces of a filing (run inside the transaction)

    /// The SHA-256 of `raw`: the one `SourceKey.forMessage` computed from the same bytes, else hashed here.
    static func rawDigest(of raw: [UInt8], sourceKey: SourceKey) -> String {
        sourceKey.rawSHA256 ?? SHA256.hex(raw)
    }

    /// A lowercase hex SHA-256 digest.
    static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The message row and ticket reference already filed under `key`, if any.
    func filedMessage(_ key: SourceKey) throws(StoreError) -> (row: Int64, reference: String?)? {
        try connection.query("""
            SELECT m.id, t.reference FROM messages m LEFT JOIN tickets t ON t.id = m.ticket_id WHERE m.source_key = ?
            """, key.value) { s in (s.int64(0), s.optionalText(1)) }.first
    }

    /// The ticket a message belongs to: by the reference it quotes, else by In-Reply-To, else by
    /// References (newest first).
    func threadTarget(of complaint: Complaint) throws(StoreError) -> (id: Int64, reference: String)? {
        if let reference = complaint.ticketReference.map(Self.normalizedReference),
           let id = try connection.scalarInt("SELECT id FROM tickets WHERE reference = ?", reference) {
            return (id, reference)
        }
        for id in complaint.inReplyTo + complaint.references.reversed() {
            let found = try connection.query("""
                SELECT t.id, t.reference FROM messages m JOIN tickets t ON t.id = m.ticket_id
                WHERE m.message_id = ? ORDER BY m.id LIMIT 1
                """, normalizedMessageID(id)) { s in (s.int64(0), s.text(1)) }
            if let first = found.first { return (first.0, first.1) }
        }
        return nil
    }

    /// Allocates the next reference of the year and inserts the ticket.
    private func openTicket(_ complaint: Complaint, at date: Date) throws(StoreError) -> (Int64, String) {
        let year = Self.utcCalendar.component(.year, from: date)
        let sequence = Int(try connection.scalarInt("SELECT coalesce(max(sequence), 0) + 1 FROM tickets WHERE year = ?", year) ?? 1)
        let reference = Self.reference(year: year, sequence: sequence)
        let id = try insertTicket(complaint, reference: reference, year: year, sequence: sequence, at: date)
        return (id, reference)
    }

    /// `CMP-2026-000123`. Sequences past 999,999 widen rather than wrap.
    static func reference(year: Int, sequence: Int) -> String {
        let digits = String(sequence)
        return "CMP-\(year)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private func insertMessage(sourceKey: SourceKey, source: String, ticketID: Int64?, direction: MessageDirection,
                               disposition: Disposition, reason: String?, messageID: String?, subject: String?,
                               senderEmail: String?, rawSHA256: String, rawSize: Int, sentAt: Date?,
                               receivedAt: Date) throws(StoreError) -> Int64 {
        try connection.run("""
            INSERT INTO messages (source_key, source, ticket_id, direction, disposition, reason, message_id, subject,
                sender_email, raw_sha256, raw_size, sent_at, received_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, sourceKey.value, source, ticketID, direction.rawValue, disposition.rawValue, reason,
            messageID.map(normalizedMessageID), subject, senderEmail, rawSHA256, rawSize, sentAt, receivedAt)
        return connection.lastInsertRowID
    }

    /// Moves a ticket's `updated_at` forward to `at` (never back).
    func touch(ticketID: Int64, at: Date) throws(StoreError) {
        try connection.run("UPDATE tickets SET updated_at = max(updated_at, ?) WHERE id = ?", at, ticketID)
    }

    func insertEvent(ticketID: Int64, actor: String, action: String, detail: String?, at: Date) throws(StoreError) {
        try connection.run("INSERT INTO ticket_events (ticket_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
                           ticketID, at, actor, action, detail)
    }
}
