import Foundation
import Complaints

extension TicketStore {
    /// Tickets, newest first, optionally only those in `status`.
    /// - Parameter limit: at most this many (all when nil).
    public func tickets(status: TicketStatus? = nil, limit: Int? = nil) throws(StoreError) -> [TicketRecord] {
        let sql = "SELECT \(Self.ticketColumns) FROM tickets t WHERE (?1 IS NULL OR t.status = ?1) ORDER BY t.created_at DESC, t.id DESC LIMIT ?2"
        var records = try connection.query(sql, status?.rawValue, limit ?? -1) { s in Self.ticketRecord(from: s) }
        for index in records.indices {
            records[index].complaint.attachments = try openingAttachments(ticketID: records[index].id)
        }
        return records
    }

    /// One ticket with its messages (in and out, oldest first), attachments and audit log; nil if unknown.
    /// The reference is matched in any case (`cmp-2026-000001` finds `CMP-2026-000001`).
    public func ticket(reference: String) throws(StoreError) -> TicketDetail? {
        guard var record = try connection.query("SELECT \(Self.ticketColumns) FROM tickets t WHERE t.reference = ?",
                                                Self.normalizedReference(reference),
                                                row: { s in Self.ticketRecord(from: s) }).first else { return nil }
        record.complaint.attachments = try openingAttachments(ticketID: record.id)
        var messages = try connection.query("""
            SELECT id, source_key, source, direction, disposition, reason, message_id, subject, sender_email,
                   raw_sha256, raw_size, sent_at, received_at
            FROM messages WHERE ticket_id = ? ORDER BY received_at, id
            """, record.id) { s in
            MessageRecord(id: s.int64(0), sourceKey: SourceKey(s.text(1)), source: s.text(2),
                          direction: MessageDirection(rawValue: s.text(3)) ?? .incoming,
                          disposition: Disposition(rawValue: s.text(4)) ?? .ticket, reason: s.optionalText(5),
                          messageID: s.optionalText(6), subject: s.optionalText(7), senderEmail: s.optionalText(8),
                          rawSHA256: s.text(9), rawSize: s.int(10), sentAt: s.optionalDate(11),
                          receivedAt: s.date(12), attachments: [])
        }
        for index in messages.indices {
            messages[index].attachments = try attachments(messageRow: messages[index].id)
        }
        let events = try connection.query(
            "SELECT id, at, actor, action, detail FROM ticket_events WHERE ticket_id = ? ORDER BY id", record.id) { s in
            TicketEvent(id: s.int64(0), at: s.date(1), actor: s.text(2), action: s.text(3), detail: s.optionalText(4))
        }
        return TicketDetail(record: record, messages: messages, events: events, links: try links(ticketID: record.id),
                            incident: try incident(ofTicket: record.id))
    }

    /// Messages recorded as `quarantine`, newest first.
    public func quarantined(limit: Int? = nil) throws(StoreError) -> [QuarantineRecord] {
        try connection.query("""
            SELECT id, message_id, source_key, source, coalesce(reason, 'quarantined'), received_at, raw_sha256
            FROM messages WHERE disposition = 'quarantine' ORDER BY received_at DESC, id DESC LIMIT ?
            """, limit ?? -1) { s in
            QuarantineRecord(id: s.int64(0), messageID: s.optionalText(1), sourceKey: SourceKey(s.text(2)),
                             source: s.text(3), reason: s.text(4), receivedAt: s.date(5), rawSHA256: s.text(6))
        }
    }

    /// Totals for status output: tickets by status, messages by disposition.
    public func counts() throws(StoreError) -> StoreCounts {
        var byStatus: [TicketStatus: Int] = [:]
        for (raw, n) in try connection.query("SELECT status, count(*) FROM tickets GROUP BY status", row: { s in (s.text(0), s.int(1)) }) {
            if let status = TicketStatus(rawValue: raw) { byStatus[status, default: 0] += n }
        }
        var byDisposition: [Disposition: Int] = [:]
        var total = 0
        for (raw, n) in try connection.query("SELECT disposition, count(*) FROM messages GROUP BY disposition", row: { s in (s.text(0), s.int(1)) }) {
            total += n
            if let disposition = Disposition(rawValue: raw) { byDisposition[disposition, default: 0] += n }
        }
        return StoreCounts(ticketsByStatus: byStatus, messagesByDisposition: byDisposition, messages: total)
    }

    /// Whether a message with this source key has been filed (as anything).
    public func isFiled(sourceKey: SourceKey) throws(StoreError) -> Bool {
        try filedMessage(sourceKey) != nil
    }

    private func attachments(messageRow: Int64) throws(StoreError) -> [AttachmentInfo] {
        try connection.query("SELECT filename, content_type, size, sha256 FROM attachments WHERE message_row = ? ORDER BY id",
                             messageRow) { s in
            AttachmentInfo(filename: s.text(0), contentType: s.text(1), size: s.int(2), sha256: s.text(3))
        }
    }

    /// The attachments of the message that opened the ticket (the first incoming one).
    private func openingAttachments(ticketID: Int64) throws(StoreError) -> [AttachmentInfo] {
        guard let row = try connection.scalarInt("SELECT min(id) FROM messages WHERE ticket_id = ? AND direction = 'in'", ticketID)
        else { return [] }
        return try attachments(messageRow: row)
    }
}
