import Foundation
import Complaints

/// SPEC §5 batch, the store's half: recent similar tickets, incidents and their members.
/// The decision itself is `BatchPolicy` (pure); these run inside `file(…)`'s transaction.
extension TicketStore {
    /// Applies `policy` to the ticket just opened: creates or extends an incident, flags every new member
    /// `batch` with priority high, and logs `batch_incident` on each new member.
    /// - Returns: the incident's reference when the ticket joined one.
    @discardableResult
    func applyBatch(_ policy: BatchPolicy, ticketID: Int64, reference: String, complaint: Complaint,
                    at: Date) throws(StoreError) -> String? {
        let me = BatchPolicy.Member(reference: reference, createdAt: at, category: complaint.category,
                                    text: RepeatPolicy.text(subject: complaint.subject, description: complaint.description))
        rememberSignature(me.signature, ticketID: ticketID)
        // Two short lists instead of the category's whole recent past: the tickets in no incident (any of
        // them may join), and the newest similar ticket already in one (its incident is the one to join),
        // found newest first and usually at once. Members name their incident by its row id (as text).
        let from = at.addingTimeInterval(-policy.window)
        func member(_ s: Statement) -> (id: Int64, member: BatchPolicy.Member) {
            (s.int64(0), BatchPolicy.Member(reference: s.text(1), createdAt: s.date(2), category: complaint.category, signature: [],
                                            incident: s.optionalInt64(3).map { String($0) }))
        }
        var recent = try connection.query("""
            SELECT id, reference, created_at, incident_id FROM tickets INDEXED BY tickets_batch_unlinked
            WHERE category = ? AND incident_id IS NULL AND created_at >= ? AND created_at <= ? AND id != ?
            ORDER BY created_at DESC, id DESC LIMIT ?
            """, complaint.category.rawValue, from, at, ticketID, policy.candidateLimit, row: member)
        for i in recent.indices { recent[i].member.signature = try signature(ticketID: recent[i].id) }
        var before = (at, Int64.max)  // keyset: the next page is older than this (created_at, id)
        var seen = 0, page = 8
        linked: while seen < policy.candidateLimit {
            let rows = try connection.query("""
                SELECT id, reference, created_at, incident_id FROM tickets INDEXED BY tickets_batch_linked
                WHERE category = ? AND incident_id IS NOT NULL AND created_at >= ? AND (created_at, id) < (?, ?) AND id != ?
                ORDER BY created_at DESC, id DESC LIMIT ?
                """, complaint.category.rawValue, from, before.0, before.1, ticketID, min(page, policy.candidateLimit - seen), row: member)
            for var row in rows {
                row.member.signature = try signature(ticketID: row.id)
                if policy.isSimilar(row.member, to: me) { recent.append(row); break linked }
            }
            guard let last = rows.last, rows.count == min(page, policy.candidateLimit - seen) else { break }
            seen += rows.count
            before = (last.member.createdAt, last.id)
            page *= 4
        }
        let incidentID: Int64
        let incidentReference: String
        let joining: [String]
        switch policy.decide(me, recent: recent.map(\.member)) {
        case .none:
            return nil
        case .create(let members):
            (incidentID, incidentReference) = try openIncident(category: complaint.category, at: at)
            joining = members
        case .extend(let incident, let members):
            guard let id = Int64(incident),
                  let reference = try connection.query("SELECT reference FROM incidents WHERE id = ?", id, row: { s in s.text(0) }).first
            else { return nil }
            (incidentID, incidentReference) = (id, reference)
            joining = members
        }
        var added = 0
        for member in joining {
            let memberID = try member == reference ? ticketID : self.ticketID(member)
            try connection.run("INSERT OR IGNORE INTO incident_tickets (incident_id, ticket_id, added_at) VALUES (?, ?, ?)",
                               incidentID, memberID, at)
            guard connection.changes > 0 else { continue }
            added += 1
            try connection.run("UPDATE tickets SET incident_id = ? WHERE id = ?", incidentID, memberID)
        }
        // The size is kept on the incident (counting members would grow with an outage's size, per message).
        try connection.run("UPDATE incidents SET member_count = member_count + ? WHERE id = ?", added, incidentID)
        let size = Int(try connection.scalarInt("SELECT member_count FROM incidents WHERE id = ?", incidentID) ?? 0)
        for member in joining {
            let memberID = try member == reference ? ticketID : self.ticketID(member)
            try addFlag(.batch, ticketID: memberID, at: at)
            try insertEvent(ticketID: memberID, actor: "plaint", action: "batch_incident",
                            detail: "part of \(incidentReference) with \(size) similar tickets; managers notified", at: at)
        }
        return incidentReference
    }

    /// A ticket's `Similarity.signature` (subject + description), from the cache or computed once.
    private func signature(ticketID: Int64) throws(StoreError) -> [UInt32] {
        if let cached = similarityCache.signatures[ticketID] { return cached }
        let text = try connection.query("SELECT subject, description FROM tickets WHERE id = ?", ticketID) { s in
            RepeatPolicy.text(subject: s.optionalText(0), description: s.text(1))
        }.first ?? ""
        let signature = Similarity.signature(text)
        rememberSignature(signature, ticketID: ticketID)
        return signature
    }

    private func rememberSignature(_ signature: [UInt32], ticketID: Int64) {
        if similarityCache.signatures.count >= SimilarityCache.capacity {
            // Keep the newer half (row ids grow with filing time): those are the next messages' candidates.
            let newest = similarityCache.signatures.keys.sorted().suffix(SimilarityCache.capacity / 2)
            let keep = newest.first ?? ticketID
            similarityCache.signatures = similarityCache.signatures.filter { $0.key >= keep }
        }
        similarityCache.signatures[ticketID] = signature
    }

    /// Allocates `INC-<year>-<NNNN>` and inserts the incident.
    private func openIncident(category: Category, at: Date) throws(StoreError) -> (Int64, String) {
        let year = Self.utcCalendar.component(.year, from: at)
        let sequence = Int(try connection.scalarInt("SELECT coalesce(max(sequence), 0) + 1 FROM incidents WHERE year = ?", year) ?? 1)
        let reference = Self.incidentReference(year: year, sequence: sequence)
        try connection.run("INSERT INTO incidents (reference, year, sequence, category, created_at) VALUES (?, ?, ?, ?, ?)",
                           reference, year, sequence, category.rawValue, at)
        return (connection.lastInsertRowID, reference)
    }

    /// `INC-2026-0001`. Sequences past 9,999 widen rather than wrap.
    static func incidentReference(year: Int, sequence: Int) -> String {
        let digits = String(sequence)
        return "INC-\(year)-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The incident a ticket belongs to, with all its members, if any.
    func incident(ofTicket ticketID: Int64) throws(StoreError) -> Incident? {
        guard let head = try connection.query("""
            SELECT i.id, i.reference, i.category, i.created_at FROM incident_tickets it JOIN incidents i ON i.id = it.incident_id
            WHERE it.ticket_id = ?
            """, ticketID, row: { s in (s.int64(0), s.text(1), s.text(2), s.date(3)) }).first else { return nil }
        let members = try connection.query("""
            SELECT t.reference FROM incident_tickets it JOIN tickets t ON t.id = it.ticket_id
            WHERE it.incident_id = ? ORDER BY it.added_at, t.id
            """, head.0) { s in s.text(0) }
        return Incident(reference: head.1, category: Category(head.2), createdAt: head.3, members: members)
    }

    /// Every incident, newest first.
    public func incidents(limit: Int? = nil) throws(StoreError) -> [Incident] {
        let heads = try connection.query("SELECT id, reference, category, created_at FROM incidents ORDER BY created_at DESC, id DESC LIMIT ?",
                                         limit ?? -1) { s in (s.int64(0), s.text(1), s.text(2), s.date(3)) }
        var out: [Incident] = []
        for head in heads {
            let members = try connection.query("""
                SELECT t.reference FROM incident_tickets it JOIN tickets t ON t.id = it.ticket_id
                WHERE it.incident_id = ? ORDER BY it.added_at, t.id
                """, head.0) { s in s.text(0) }
            out.append(Incident(reference: head.1, category: Category(head.2), createdAt: head.3, members: members))
        }
        return out
    }
}

/// Signatures of recent tickets, so batch detection reads and cuts each ticket's text once, not once per
/// new message. Ticket text never changes after filing (corrections change labels, not text).
///
/// Bounded: at most `capacity` signatures of at most `Similarity.maxScalars` 4-byte values (≤ 8 MB, in
/// practice ~3–6 MB). Batch detection compares a new ticket with at most `BatchPolicy.candidateLimit`
/// (300) recent tickets of its category, so a few categories' worth of recent tickets covers the
/// working set; a ticket evicted early is simply read and cut again.
struct SimilarityCache {
    /// When full, the older half is dropped; the next messages refill it with the recent tickets.
    static let capacity = 1_000
    var signatures: [Int64: [UInt32]] = [:]
}
