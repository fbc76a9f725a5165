import Foundation
import Complaints

/// How a `Complaint` maps onto the `tickets` columns, both ways.
extension TicketStore {
    /// Columns read for a `TicketRecord`, in the order `ticketRecord(from:)` expects.
    static let ticketColumns = """
        t.id, t.reference, t.status, t.created_at, t.updated_at, t.kind, t.category, t.severity, t.priority,
        t.flags, t.channel, t.language, t.complainant_name, t.complainant_email, t.complainant_phone,
        t.complainant_account, t.subject, t.description, t.requests, t.disposition_reason, t.message_id,
        t.in_reply_to, t."references", t.sender_email, t.sent_at, t.ticket_reference, t.classification_kind,
        t.classification_category, t.classification_severity, t.classification_priority, t.classification_flags,
        t.classification_confidence, t.classification_explanation
        """

    static let insertTicketSQL = """
        INSERT INTO tickets (reference, year, sequence, status, kind, category, severity, priority, flags, channel,
            language, complainant_name, complainant_email, complainant_phone, complainant_account, subject,
            description, requests, disposition_reason, message_id, in_reply_to, "references", sender_email,
            sent_at, ticket_reference, classification_kind, classification_category, classification_severity,
            classification_priority, classification_flags, classification_confidence, classification_explanation,
            created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Inserts the ticket row for `complaint`; returns its id.
    func insertTicket(_ complaint: Complaint, reference: String, year: Int, sequence: Int, at: Date) throws(StoreError) -> Int64 {
        let c = complaint
        let k = c.classification
        let statement = try connection.cached(Self.insertTicketSQL)
        defer { statement.reset() }
        try statement.bind([
            reference, year, sequence, TicketStatus.new.rawValue, c.kind.rawValue, c.category.rawValue, c.severity,
            c.priority.rawValue, Self.encodeFlags(c.flags), c.channel.rawValue, c.language.rawValue,
            c.complainant.name, c.complainant.email, c.complainant.phone, c.complainant.account, c.subject,
            c.description, c.requests.map(\.rawValue).joined(separator: ","), c.dispositionReason,
            c.messageID, Self.encodeList(c.inReplyTo), Self.encodeList(c.references),
            c.senderEmail, c.date, c.ticketReference, k?.kind.rawValue, k?.category.rawValue, k?.severity,
            k?.priority.rawValue, k.map { Self.encodeFlags($0.flags) }, k?.confidence, k.map { Self.encodeList($0.explanation) },
            at, at,
        ])
        _ = try statement.step()
        return connection.lastInsertRowID
    }

    /// Builds a `TicketRecord` from a row of `ticketColumns` (attachments are filled in by the caller).
    static func ticketRecord(from s: Statement) -> TicketRecord {
        let complainant = Complainant(name: s.optionalText(12), email: s.optionalText(13),
                                      phone: s.optionalText(14), account: s.optionalText(15))
        var classification: Classification?
        if let kind = s.optionalText(26) {
            classification = Classification(
                kind: Kind(rawValue: kind) ?? .complaint, category: Category(s.text(27)), severity: s.int(28),
                priority: Priority(rawValue: s.text(29)) ?? .low, flags: decodeFlags(s.text(30)),
                confidence: s.double(31), explanation: decodeList(s.text(32)))
        }
        var complaint = Complaint(
            disposition: .ticket, dispositionReason: s.optionalText(19),
            kind: Kind(rawValue: s.text(5)) ?? .complaint, category: Category(s.text(6)), severity: s.int(7),
            priority: Priority(rawValue: s.text(8)) ?? .low, flags: decodeFlags(s.text(9)),
            channel: Channel(rawValue: s.text(10)) ?? .email, complainant: complainant,
            language: Language(rawValue: s.text(11)) ?? .en, subject: s.optionalText(16), description: s.text(17),
            requests: s.text(18).split(separator: ",").compactMap { CustomerRequest(rawValue: String($0)) },
            attachments: [], messageID: s.optionalText(20), inReplyTo: decodeList(s.text(21)),
            references: decodeList(s.text(22)), senderEmail: s.optionalText(23), date: s.optionalDate(24),
            ticketReference: s.optionalText(25))
        complaint.classification = classification
        return TicketRecord(id: s.int64(0), reference: s.text(1), status: TicketStatus(rawValue: s.text(2)) ?? .new,
                            createdAt: s.date(3), updatedAt: s.date(4), complaint: complaint)
    }

    /// Flags as sorted, comma-separated raw values (`escalated,major`), so `LIKE '%major%'` queries work.
    static func encodeFlags(_ flags: Set<Flag>) -> String {
        flags.sorted().map(\.rawValue).joined(separator: ",")
    }

    static func decodeFlags(_ text: String) -> Set<Flag> {
        Set(text.split(separator: ",").compactMap { Flag(rawValue: String($0)) })
    }

    /// A list of strings as a JSON array (Message-IDs may hold any character).
    static func encodeList(_ list: [String]) -> String {
        if list.isEmpty { return "[]" }
        guard let data = try? JSONEncoder().encode(list) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeList(_ text: String) -> [String] {
        if text == "[]" || text.isEmpty { return [] }
        return (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}
