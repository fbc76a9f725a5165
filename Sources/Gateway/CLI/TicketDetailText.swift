import Foundation
import Complaints
import TicketStore

/// `plaint tickets show`: the ticket, then its messages, then its audit log.
enum TicketDetailText {
    static func render(_ detail: TicketDetail) -> String {
        let t = detail.record
        let c = t.complaint
        let stamp = ISO8601DateFormatter()
        var lines = ["\(t.reference)  \(t.status.rawValue)  opened \(stamp.string(from: t.createdAt))"]
        lines.append("  \(c.kind.rawValue) · \(c.category.rawValue) · severity \(c.severity) · priority \(c.priority.rawValue)"
            + (c.flags.isEmpty ? "" : " [" + c.flags.sorted().map(\.rawValue).joined(separator: ", ") + "]"))
        lines.append("  channel: \(c.channel.rawValue) · language: \(c.language.rawValue)")
        if let incident = detail.incident {
            let others = incident.members.filter { $0 != t.reference }
            lines.append("  incident: \(incident.reference) (\(incident.category.rawValue), \(incident.members.count) tickets)"
                + (others.isEmpty ? "" : " with " + others.prefix(10).joined(separator: ", ") + (others.count > 10 ? ", …" : "")))
        }
        for link in detail.links {
            lines.append("  \(link.relation == .repeatOf ? "repeat of" : "repeated by") \(link.reference): \(link.reason)")
        }
        let who = [c.complainant.name, c.complainant.email.map { "<\($0)>" }, c.complainant.phone.map { "tel \($0)" },
                   c.complainant.account.map { "account \($0)" }].compactMap { $0 }
        lines.append("  complainant: " + (who.isEmpty ? "(anonymous)" : who.joined(separator: " ")))
        if !c.requests.isEmpty { lines.append("  asks for: " + c.requests.map(\.rawValue).joined(separator: ", ")) }
        if let subject = c.subject { lines.append("  subject: \(subject)") }
        if let classification = c.classification {
            lines.append("  confidence: \(String(format: "%.2f", classification.confidence))")
            for reason in classification.explanation { lines.append("    \(reason)") }
        }
        lines.append("")
        lines.append("Description:")
        lines += c.description.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        if !detail.attachments.isEmpty {
            lines.append("")
            lines.append("Attachments:")
            for a in detail.attachments { lines.append("  \(a.filename)  \(a.contentType)  \(a.size) bytes  sha256 \(a.sha256.prefix(16))…") }
        }
        lines.append("")
        lines.append("Messages:")
        for m in detail.messages {
            let when = stamp.string(from: m.sentAt ?? m.receivedAt)
            lines.append("  \(when)  \(m.direction == .incoming ? "in " : "out")  \(m.disposition.rawValue)  \(m.senderEmail ?? "-")  \(m.subject ?? "")")
        }
        lines.append("")
        lines.append("Audit log:")
        for e in detail.events {
            lines.append("  \(stamp.string(from: e.at))  \(e.actor)  \(e.action)" + (e.detail.map { "  \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}
