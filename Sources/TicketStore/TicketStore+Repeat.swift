import Foundation
import Complaints

/// SPEC §5 repeat, the store's half: finding the complainant's earlier tickets and recording links.
/// The decision itself is `RepeatPolicy` (pure); these run inside `file(…)`'s transaction.
extension TicketStore {
    /// The complainant's tickets changed within `window` before `now` (same email or account in any
    /// case, or the same phone as stored), for `RepeatPolicy.decide`.
    func repeatCandidates(of complainant: Complainant, now: Date, window: TimeInterval) throws(StoreError) -> [RepeatPolicy.Candidate] {
        guard !complainant.isAnonymous else { return [] }
        let columns = """
            reference, status, created_at, updated_at, category, subject, description,
            complainant_name, complainant_email, complainant_phone, complainant_account
            """
        return try connection.query("""
            SELECT \(columns) FROM tickets WHERE complainant_email = ?1 COLLATE NOCASE AND updated_at >= ?4
            UNION SELECT \(columns) FROM tickets WHERE complainant_phone = ?2 AND updated_at >= ?4
            UNION SELECT \(columns) FROM tickets WHERE complainant_account = ?3 COLLATE NOCASE AND updated_at >= ?4
            """, complainant.email, complainant.phone, complainant.account, now.addingTimeInterval(-window)) { s in
            RepeatPolicy.Candidate(
                reference: s.text(0), status: TicketStatus(rawValue: s.text(1)) ?? .new, createdAt: s.date(2),
                updatedAt: s.date(3), category: Category(s.text(4)),
                text: RepeatPolicy.text(subject: s.optionalText(5), description: s.text(6)),
                complainant: Complainant(name: s.optionalText(7), email: s.optionalText(8), phone: s.optionalText(9),
                                         account: s.optionalText(10)))
        }
    }

    /// Adds `flag` to a ticket's flags and, for a special class, raises its priority to high (SPEC §4).
    func addFlag(_ flag: Flag, ticketID: Int64, at: Date) throws(StoreError) {
        guard let raw = try connection.query("SELECT flags FROM tickets WHERE id = ?", ticketID, row: { s in s.text(0) }).first
        else { return }
        var flags = Self.decodeFlags(raw)
        flags.insert(flag)
        try connection.run("UPDATE tickets SET flags = ?, priority = ?, updated_at = max(updated_at, ?) WHERE id = ?",
                           Self.encodeFlags(flags), Priority.high.rawValue, at, ticketID)
    }

    /// Records that `ticketID` repeats `relatedID` (`ticket_links`, relation `repeat_of`).
    func linkRepeat(ticketID: Int64, of relatedID: Int64, reason: String, at: Date) throws(StoreError) {
        try connection.run("""
            INSERT OR IGNORE INTO ticket_links (ticket_id, related_ticket_id, relation, reason, at) VALUES (?, ?, ?, ?, ?)
            """, ticketID, relatedID, TicketLink.Relation.repeatOf.rawValue, reason, at)
    }

    /// The links of a ticket, both directions, oldest first.
    func links(ticketID: Int64) throws(StoreError) -> [TicketLink] {
        try connection.query("""
            SELECT 'repeat_of', t.reference, l.reason, l.at, l.id FROM ticket_links l JOIN tickets t ON t.id = l.related_ticket_id
            WHERE l.ticket_id = ?1
            UNION ALL
            SELECT 'repeated_by', t.reference, l.reason, l.at, l.id FROM ticket_links l JOIN tickets t ON t.id = l.ticket_id
            WHERE l.related_ticket_id = ?1
            ORDER BY 4, 5
            """, ticketID) { s in
            TicketLink(relation: TicketLink.Relation(rawValue: s.text(0)) ?? .repeatOf, reference: s.text(1),
                       reason: s.text(2), at: s.date(3))
        }
    }
}
