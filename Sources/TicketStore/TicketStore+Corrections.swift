import Foundation
import Complaints

extension TicketStore {
    /// Corrects a ticket's kind, category and/or severity (SPEC §10: logged with who and when) and keeps
    /// each change as a training example for `plaint classifier train`.
    ///
    /// In one transaction: the ticket's columns are updated, one `corrections` row per changed field
    /// records the old and new value with the training text (subject + description, language, channel),
    /// and one audit event `corrected` lists the changes (`category billing -> network`). The flag
    /// `needs_triage` is cleared (a person has decided); priority is raised to high when the new severity
    /// is 3 or the new category is `security_privacy` (SPEC §4), never lowered. A value equal to the
    /// current one is not a change; when nothing changes, nothing is written.
    ///
    /// ```swift
    /// try store.correct(reference: "CMP-2026-000001", category: .network, actor: "lee@company.example")
    /// ```
    /// - Parameter severity: 1...3 (a bug to pass anything else: validate user input first).
    /// - Returns: the changes made, in field order (kind, category, severity).
    /// - Throws: `.unknownTicket`, or a SQLite error (nothing written).
    @discardableResult
    public func correct(reference: String, kind: Kind? = nil, category: Category? = nil, severity: Int? = nil,
                        actor: String, at: Date = Date()) throws(StoreError) -> [Correction] {
        precondition(severity.map { (1...3).contains($0) } ?? true, "severity must be 1...3")
        return try connection.transaction { () throws(StoreError) -> [Correction] in
            let id = try ticketID(reference)
            let row = try connection.query("""
                SELECT reference, kind, category, severity, priority, flags, coalesce(subject, ''), description, language, channel
                FROM tickets WHERE id = ?
                """, id) { s in
                (reference: s.text(0), kind: s.text(1), category: s.text(2), severity: s.int(3), priority: s.text(4),
                 flags: s.text(5), subject: s.text(6), description: s.text(7), language: s.text(8), channel: s.text(9))
            }[0]
            var changes: [Correction] = []
            func change(_ field: CorrectedField, _ old: String, _ new: String?) {
                guard let new, new != old else { return }
                changes.append(Correction(reference: row.reference, field: field, oldValue: old, newValue: new, actor: actor, at: at))
            }
            change(.kind, row.kind, kind?.rawValue)
            change(.category, row.category, category?.rawValue)
            change(.severity, String(row.severity), severity.map(String.init))
            guard !changes.isEmpty else { return [] }

            var flags = Self.decodeFlags(row.flags)
            flags.remove(.needsTriage)
            let newSeverity = severity ?? row.severity
            let newCategory = category?.rawValue ?? row.category
            let priority = newSeverity >= 3 || newCategory == Category.securityPrivacy.rawValue ? Priority.high.rawValue : row.priority
            try connection.run("""
                UPDATE tickets SET kind = ?, category = ?, severity = ?, priority = ?, flags = ?, updated_at = max(updated_at, ?)
                WHERE id = ?
                """, kind?.rawValue ?? row.kind, newCategory, newSeverity, priority, Self.encodeFlags(flags), at, id)
            for c in changes {
                try connection.run("""
                    INSERT INTO corrections (ticket_id, field, old_value, new_value, actor, at, subject, description, language, channel)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, id, c.field.rawValue, c.oldValue, c.newValue, actor, at, row.subject, row.description,
                    row.language, row.channel)
            }
            try insertEvent(ticketID: id, actor: actor, action: "corrected",
                            detail: changes.map(\.summary).joined(separator: "; "), at: at)
            return changes
        }
    }

    /// Every correction, oldest first.
    public func correctionLog() throws(StoreError) -> [Correction] {
        try connection.query("""
            SELECT t.reference, c.field, c.old_value, c.new_value, c.actor, c.at
            FROM corrections c JOIN tickets t ON t.id = c.ticket_id ORDER BY c.id
            """) { s in
            Correction(reference: s.text(0), field: CorrectedField(rawValue: s.text(1)) ?? .category,
                       oldValue: s.text(2), newValue: s.text(3), actor: s.text(4), at: s.date(5))
        }
    }

    /// The corrected tickets as training examples (source `correction`), one per ticket, oldest first.
    ///
    /// Each carries the ticket's current kind, category and severity (every correction applied) and its
    /// classifier flags (escalated, major, withdrawal); the text is the one recorded with the first
    /// correction. Ids are `correction-<reference>`.
    public func corrections() throws(StoreError) -> [LabeledExample] {
        try connection.query("""
            SELECT t.reference, c.subject, c.description, c.language, c.channel, t.kind, t.category, t.severity, t.flags
            FROM corrections c JOIN tickets t ON t.id = c.ticket_id
            WHERE c.id = (SELECT min(id) FROM corrections WHERE ticket_id = c.ticket_id)
            ORDER BY c.id
            """) { s in
            let flags = Self.decodeFlags(s.text(8)).intersection([.escalated, .major, .withdrawal]).sorted()
            return LabeledExample(id: "correction-\(s.text(0))", language: Language(rawValue: s.text(3)) ?? .en,
                                  channel: Channel(rawValue: s.text(4)), subject: s.text(1), body: s.text(2),
                                  kind: Kind(rawValue: s.text(5)) ?? .complaint, category: Category(s.text(6)),
                                  severity: min(3, max(1, s.int(7))), flags: flags, source: "correction")
        }
    }
}
