import Foundation
import Complaints

extension TicketStore {
    /// Appends a line to a ticket's audit log (SPEC §10: who, what, when).
    /// - Throws: `.unknownTicket` when no ticket has `reference`.
    public func appendEvent(reference: String, actor: String, action: String, detail: String? = nil,
                            at: Date = Date()) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            let id = try ticketID(reference)
            try insertEvent(ticketID: id, actor: actor, action: action, detail: detail, at: at)
            try touch(ticketID: id, at: at)
        }
    }

    /// Moves a ticket to `status`, checked by `TicketStatus.canMove(to:)`, and logs event `status`
    /// with detail `old -> new`.
    /// - Throws: `.illegalTransition` (nothing written) or `.unknownTicket`.
    public func setStatus(reference: String, to status: TicketStatus, actor: String, detail: String? = nil,
                          at: Date = Date()) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            let id = try ticketID(reference)
            let reference = Self.normalizedReference(reference)
            let raw = try connection.query("SELECT status FROM tickets WHERE id = ?", id) { s in s.text(0) }.first ?? ""
            guard let current = TicketStatus(rawValue: raw), current.canMove(to: status) else {
                let allowed = TicketStatus(rawValue: raw)?.successors.map(\.rawValue).sorted().joined(separator: ", ") ?? ""
                throw StoreError(kind: .illegalTransition(from: raw, to: status.rawValue),
                                 message: "ticket \(reference) cannot move from \(raw) to \(status.rawValue)"
                                     + (allowed.isEmpty ? "; it is final" : "; allowed: \(allowed)"))
            }
            try connection.run("UPDATE tickets SET status = ?, updated_at = max(updated_at, ?) WHERE id = ?", status.rawValue, at, id)
            let line = "\(current.rawValue) -> \(status.rawValue)" + (detail.map { ": \($0)" } ?? "")
            try insertEvent(ticketID: id, actor: actor, action: "status", detail: line, at: at)
        }
    }

    /// The row id of ticket `reference` (any case, surrounding spaces ignored), or `.unknownTicket`.
    func ticketID(_ reference: String) throws(StoreError) -> Int64 {
        guard let id = try connection.scalarInt("SELECT id FROM tickets WHERE reference = ?", Self.normalizedReference(reference)) else {
            throw .unknownTicket(reference)
        }
        return id
    }

    /// `cmp-2026-000001 ` → `CMP-2026-000001`.
    static func normalizedReference(_ reference: String) -> String {
        reference.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    }
}
