import Foundation
import Complaints
import MIME

/// The durable outbox: every outgoing message is a row first (rendered bytes, envelope, status,
/// attempts, next attempt time, last error), written in the same transaction as the ticket change that
/// caused it; a sender delivers due rows and records the result.
///
/// A crash between sending and recording leaves the row pending, so it is sent again once: at most
/// one duplicate, never a loss (`recordAttempt` is committed before each send).
extension TicketStore {
    static let outboxColumns = """
        o.id, t.reference, o.kind, o.language, o.message_id, o.envelope_from, o.envelope_to, o.subject, o.raw,
        o.raw_sha256, o.status, o.review, o.review_reason, o.author, o.attempts, o.next_attempt_at, o.last_error,
        o.recontacts, o.created_at, o.sent_at
        """

    /// Queues a rendered message. Staff text waiting for review is `held_for_review`; anything else is
    /// `pending`, due at `at`. Records an event on the ticket.
    /// - Returns: the outbox id.
    @discardableResult
    public func enqueue(_ draft: OutboxDraft, at: Date) throws(StoreError) -> Int64 {
        try connection.transaction { () throws(StoreError) -> Int64 in
            let ticketID = try draft.ticketReference.map { (r) throws(StoreError) in try self.ticketID(r) }
            let status: OutboxStatus = draft.review == .none ? .pending : .heldForReview
            try connection.run("""
                INSERT INTO outbox (ticket_id, kind, language, message_id, envelope_from, envelope_to, subject, raw,
                    raw_sha256, status, review, review_reason, author, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, ticketID, draft.kind, draft.language, normalizedMessageID(draft.messageID), draft.envelopeFrom,
                draft.envelopeTo, draft.subject, draft.raw, SHA256.hex(draft.raw), status.rawValue, draft.review.rawValue,
                draft.reviewReason, draft.author, at, at)
            let id = connection.lastInsertRowID
            if let ticketID {
                let detail = status == .pending
                    ? "\(draft.kind) #\(id) to \(draft.envelopeTo) queued"
                    : "\(draft.kind) #\(id) by \(draft.author) held for \(draft.review.roles.joined(separator: " and ")) review"
                        + (draft.reviewReason.map { " (\($0))" } ?? "")
                try insertEvent(ticketID: ticketID, actor: draft.author, action: status == .pending ? "reply_queued" : "reply_held",
                                detail: detail, at: at)
            }
            return id
        }
    }

    /// One outbox row with its review decisions, or nil.
    public func outboxEntry(id: Int64) throws(StoreError) -> OutboxEntry? {
        try outboxEntries(where: "o.id = ?", id).first
    }

    /// Rows in `statuses` (every row when empty), oldest first.
    public func outbox(statuses: [OutboxStatus] = [], limit: Int? = nil) throws(StoreError) -> [OutboxEntry] {
        let filter = statuses.isEmpty ? "1" : "o.status IN (" + statuses.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
        return try outboxEntries(where: "\(filter) ORDER BY o.id LIMIT ?", limit ?? -1)
    }

    /// Pending rows due at `now`, oldest first. Rows still missing an approval of their exact bytes are
    /// left out (see `OutboxEntry.isCleared`).
    public func dueOutbox(now: Date, limit: Int = 100) throws(StoreError) -> [OutboxEntry] {
        try outboxEntries(where: "o.status = 'pending' AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.id LIMIT ?", now, limit)
            .filter(\.isCleared)
    }

    /// Counts by status.
    public func outboxCounts() throws(StoreError) -> [OutboxStatus: Int] {
        var counts: [OutboxStatus: Int] = [:]
        for (raw, n) in try connection.query("SELECT status, count(*) FROM outbox GROUP BY status", row: { s in (s.text(0), s.int(1)) }) {
            if let status = OutboxStatus(rawValue: raw) { counts[status] = n }
        }
        return counts
    }

    /// Automatic replies of `kinds` queued for `recipient` (any status) since `since`: the RFC 3834 rate
    /// limit's input.
    public func acknowledgementCount(to recipient: String, since: Date, kinds: [String] = ["acknowledgement"]) throws(StoreError) -> Int {
        var total = 0
        for kind in kinds {
            total += Int(try connection.scalarInt("""
                SELECT count(*) FROM outbox WHERE envelope_to = ? COLLATE NOCASE AND kind = ? AND created_at >= ?
                """, recipient, kind, since) ?? 0)
        }
        return total
    }

    /// Counts one more attempt, committed before the message is handed to the server.
    public func recordAttempt(id: Int64, at: Date) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.run("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?", id)
        }
    }

    /// The server accepted the message: status `sent`, the message recorded on its ticket (so replies
    /// thread back to it) with an event naming the server's reply.
    public func recordSent(id: Int64, serverReply: String, at: Date) throws(StoreError) {
        guard let entry = try outboxEntry(id: id) else { return }
        try connection.transaction { () throws(StoreError) in
            try connection.run("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?", at, id)
            if let reference = entry.ticketReference {
                let recorded = try recordOutgoing(reference: reference, messageID: entry.messageID, subject: entry.subject,
                                                  raw: entry.raw, sentAt: at, actor: "plaint")
                if !recorded {
                    // A re-contact after a bounce: the message row exists; the attempt is still recorded.
                    try insertEvent(ticketID: try ticketID(reference), actor: "plaint", action: "sent",
                                    detail: "message <\(entry.messageID)> again (re-contact)", at: at)
                }
                try insertEvent(ticketID: try ticketID(reference), actor: "plaint", action: "delivered",
                                detail: "\(entry.kind) #\(id) to \(entry.envelopeTo): \(serverReply)", at: at)
            }
        }
    }

    /// The server deferred the message (4xx): try again at `next`.
    public func recordRetry(id: Int64, error: String, next: Date) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.run("UPDATE outbox SET last_error = ?, next_attempt_at = ? WHERE id = ? AND status = 'pending'",
                               error, next, id)
        }
    }

    /// Notes a connection-level failure without pushing the row back (the server, not the message, is at fault).
    public func recordUnreachable(id: Int64, error: String) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.run("UPDATE outbox SET last_error = ? WHERE id = ?", error, id)
        }
    }

    /// The message failed for good (5xx, deferred too long): status `failed` and an event on the ticket.
    public func recordFailure(id: Int64, error: String, at: Date) throws(StoreError) {
        guard let entry = try outboxEntry(id: id) else { return }
        try connection.transaction { () throws(StoreError) in
            try connection.run("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ?", error, id)
            if let reference = entry.ticketReference {
                try insertEvent(ticketID: try ticketID(reference), actor: "plaint", action: "delivery_failed",
                                detail: "\(entry.kind) #\(id) to \(entry.envelopeTo): \(error)", at: at)
            }
        }
    }

    /// Records on a ticket that an automatic reply was not sent, and why (a loop rule, a missing template).
    public func recordSkippedReply(reference: String, kind: String, reason: String, at: Date) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try insertEvent(ticketID: try ticketID(reference), actor: "plaint", action: "\(kind)_skipped", detail: reason, at: at)
        }
    }

    /// A bounce names these Message-IDs: each outbox row among them is marked undelivered and, while
    /// re-contact attempts remain (`schedule`), queued again for the next attempt; else failed for good.
    /// Every step is recorded on the ticket.
    /// - Returns: the outbox ids the bounce matched.
    @discardableResult
    public func recordBounce(messageIDs: [String], reason: String, schedule: DeliverySchedule, at: Date) throws(StoreError) -> [Int64] {
        var matched: [Int64] = []
        for id in messageIDs {
            guard let entry = try outboxEntries(where: "o.message_id = ?", normalizedMessageID(id)).first,
                  entry.status == .sent || entry.status == .pending else { continue }
            matched.append(entry.id)
            try connection.transaction { () throws(StoreError) in
                let ticket = try entry.ticketReference.map { (r) throws(StoreError) in try ticketID(r) }
                let first = try connection.query("SELECT first_bounce_at FROM outbox WHERE id = ?", entry.id) { s in s.optionalDate(0) }.first ?? nil
                let number = entry.recontacts + 1
                if let ticket {
                    try insertEvent(ticketID: ticket, actor: "plaint", action: "bounced",
                                    detail: "\(entry.kind) #\(entry.id) to \(entry.envelopeTo) bounced: \(reason)", at: at)
                }
                if let next = schedule.recontact(after: number, firstBounce: first ?? at, now: at) {
                    try connection.run("""
                        UPDATE outbox SET status = 'pending', recontacts = ?, next_attempt_at = ?, last_error = ?,
                            first_bounce_at = coalesce(first_bounce_at, ?) WHERE id = ?
                        """, number, next, "bounced: \(reason)", at, entry.id)
                    if let ticket {
                        try insertEvent(ticketID: ticket, actor: "plaint", action: "recontact_scheduled",
                                        detail: "attempt \(number) of \(schedule.recontactAttempts) at \(Self.isoTime(next)) (after a bounce: \(reason))",
                                        at: at)
                    }
                } else {
                    try connection.run("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ?",
                                       "bounced after \(entry.recontacts) re-contact attempts: \(reason)", entry.id)
                    if let ticket {
                        try insertEvent(ticketID: ticket, actor: "plaint", action: "customer_unreachable",
                                        detail: "\(entry.envelopeTo) bounced after \(entry.recontacts) re-contact attempts", at: at)
                    }
                }
            }
        }
        return matched
    }

    /// Records a reviewer's decision on a held message, bound to the SHA-256 of its current bytes.
    /// Once every required role has approved those bytes the message is due at once; a rejection
    /// ends it (`rejected`).
    /// - Returns: the row after the decision.
    public func recordReview(id: Int64, reviewer: String, role: String, approve: Bool, reason: String?,
                             at: Date) throws(StoreError) -> OutboxEntry {
        guard let entry = try outboxEntry(id: id) else { throw .unknownOutbox(id) }
        return try connection.transaction { () throws(StoreError) -> OutboxEntry in
            try connection.run("""
                INSERT INTO outbox_reviews (outbox_id, reviewer, role, decision, raw_sha256, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, id, reviewer, role, approve ? "approved" : "rejected", entry.rawSHA256, reason, at)
            let ticket = try entry.ticketReference.map { (r) throws(StoreError) in try ticketID(r) }
            if approve {
                let updated = try outboxEntry(id: id)!
                if updated.isCleared {
                    try connection.run("UPDATE outbox SET status = 'pending', next_attempt_at = ? WHERE id = ? AND status = 'held_for_review'", at, id)
                }
                if let ticket {
                    try insertEvent(ticketID: ticket, actor: reviewer, action: "reply_approved",
                                    detail: "#\(id) sha256 \(entry.rawSHA256) approved as \(role)"
                                        + (updated.isCleared ? "; released for sending" : "; still needs \(updated.missingApprovals.joined(separator: ", "))"),
                                    at: at)
                }
            } else {
                try connection.run("UPDATE outbox SET status = 'rejected' WHERE id = ?", id)
                if let ticket {
                    try insertEvent(ticketID: ticket, actor: reviewer, action: "reply_rejected",
                                    detail: "#\(id) rejected as \(role): \(reason ?? "no reason given")", at: at)
                }
            }
            return try outboxEntry(id: id)!
        }
    }

    /// Replaces the bytes of a message not yet sent (staff edited the text): it goes back to review, and
    /// every earlier approval is void because it was bound to the old SHA-256.
    public func replaceUnsent(id: Int64, raw: [UInt8], subject: String, review: ReviewRequirement, reviewReason: String?,
                              editor: String, at: Date) throws(StoreError) {
        guard let entry = try outboxEntry(id: id) else { throw .unknownOutbox(id) }
        guard entry.status == .heldForReview || (entry.status == .pending && entry.review != .none) else {
            throw StoreError(kind: .illegalTransition(from: entry.status.rawValue, to: "edited"),
                             message: "outbox #\(id) is \(entry.status.rawValue): only a message waiting for review or sending can be edited")
        }
        try connection.transaction { () throws(StoreError) in
            try connection.run("""
                UPDATE outbox SET raw = ?, raw_sha256 = ?, subject = ?, review = ?, review_reason = ?, status = 'held_for_review'
                WHERE id = ?
                """, raw, SHA256.hex(raw), subject, review.rawValue, reviewReason, id)
            if let reference = entry.ticketReference {
                try insertEvent(ticketID: try ticketID(reference), actor: editor, action: "reply_edited",
                                detail: "#\(id) edited; earlier approvals are void, held for \(review.roles.joined(separator: " and ")) review",
                                at: at)
            }
        }
    }

    // MARK: - Reading rows

    private func outboxEntries(where clause: String, _ values: any SQLBindable...) throws(StoreError) -> [OutboxEntry] {
        let sql = "SELECT \(Self.outboxColumns) FROM outbox o LEFT JOIN tickets t ON t.id = o.ticket_id WHERE \(clause)"
        let statement = try connection.cached(sql)
        try statement.bind(values)
        defer { statement.reset() }
        var rows: [OutboxEntry] = []
        while try statement.step() {
            let s = statement
            let draft = OutboxDraft(
                ticketReference: s.optionalText(1), kind: s.text(2), language: s.text(3), messageID: s.text(4),
                envelopeFrom: s.text(5), envelopeTo: s.text(6), subject: s.text(7), raw: s.bytes(8),
                review: ReviewRequirement(rawValue: s.text(11)) ?? .managerLegal, reviewReason: s.optionalText(12), author: s.text(13))
            rows.append(OutboxEntry(
                id: s.int64(0), draft: draft, rawSHA256: s.text(9), status: OutboxStatus(rawValue: s.text(10)) ?? .failed,
                attempts: s.int(14), nextAttemptAt: s.date(15), lastError: s.optionalText(16), recontacts: s.int(17),
                createdAt: s.date(18), sentAt: s.optionalDate(19), reviews: []))
        }
        for index in rows.indices {
            rows[index].reviews = try connection.query("""
                SELECT reviewer, role, decision, raw_sha256, reason, at FROM outbox_reviews WHERE outbox_id = ? ORDER BY id
                """, rows[index].id) { s in
                OutboxReview(reviewer: s.text(0), role: s.text(1), decision: s.text(2), rawSHA256: s.text(3), reason: s.optionalText(4), at: s.date(5))
            }
        }
        return rows
    }

    static func isoTime(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}
