import Foundation
import Complaints
import MailTransport

/// `plaint parse FILE...`: read messages and show what Plaint understands, without filing anything.
enum ParseCommand {
    static let command = Command(
        name: "parse",
        summary: "Show how Plaint reads messages (nothing is filed).",
        usage: "parse FILE... [--json] [--explain]",
        details: """
        FILE may be an .eml file, a folder of .eml files or a Maildir. With --json, one JSON object per
        message, one per line, keys: file, disposition, kind, category, severity, priority, flags, channel,
        complainant {name, email, phone, account}, language, subject, description, attachments
        [{filename, content_type, size}]; null where absent. A file that cannot be read or understood
        gives an object with "disposition": "quarantine" and "error", and the others go on (exit 1 if a
        file could not be read at all).
        """,
        options: [
            .flag("json", "One JSON object per message, one per line."),
            .flag("explain", "Add the classifier's confidence and reasons."),
        ],
        run: run)

    static func run(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        guard !args.positionals.isEmpty else {
            console.error("plaint parse: give at least one FILE (an .eml file, a folder or a Maildir)")
            return .usage
        }
        let intake = Intake()
        let json = args.has("json")
        let explain = args.has("explain")
        var status = ExitCode.ok
        for path in args.positionals {
            let source: FolderSource
            do {
                source = try FolderSource(path: path)
            } catch {
                status = .partial
                if json { console.line(ComplaintJSON.unreadable(file: path, error: error.reason).serialized) }
                console.error(error.description)
                continue
            }
            for index in source.files.indices {
                let file = source.files[index]
                let bytes: [UInt8]
                do {
                    bytes = try source.message(at: index).bytes
                } catch {
                    status = .partial
                    if json { console.line(ComplaintJSON.unreadable(file: file, error: error.reason).serialized) }
                    console.error(error.description)
                    continue
                }
                let complaint = intake.read(bytes).complaint
                let classification = explain ? complaint.classification : nil
                if json {
                    console.line(ComplaintJSON.object(file: file, complaint: complaint, explanation: classification).serialized)
                } else {
                    console.line(ComplaintSummary.text(file: file, complaint: complaint, explanation: classification))
                }
            }
        }
        return status
    }
}

/// The human-readable form of one read message.
enum ComplaintSummary {
    static func text(file: String, complaint c: Complaint, explanation: Classification?) -> String {
        var lines = ["\(file)"]
        if c.disposition == .ticket {
            let flags = c.flags.isEmpty ? "" : " [" + c.flags.sorted().map(\.rawValue).joined(separator: ", ") + "]"
            lines.append("  \(c.kind.rawValue) · \(c.category.rawValue) · severity \(c.severity) · priority \(c.priority.rawValue)\(flags)")
        } else {
            lines.append("  \(c.disposition.rawValue)" + (c.dispositionReason.map { ": \($0)" } ?? ""))
        }
        lines.append("  channel: \(c.channel.rawValue) · language: \(c.language.rawValue)")
        let who = [c.complainant.name, c.complainant.email.map { "<\($0)>" }, c.complainant.phone.map { "tel \($0)" },
                   c.complainant.account.map { "account \($0)" }].compactMap { $0 }
        lines.append("  complainant: " + (who.isEmpty ? "(anonymous)" : who.joined(separator: " ")))
        if let subject = c.subject { lines.append("  subject: \(subject)") }
        if !c.description.isEmpty {
            let text = TextTable.singleLine(c.description)
            lines.append("  description: " + (text.count > 300 ? String(text.prefix(300)) + "…" : text))
        }
        for a in c.attachments { lines.append("  attachment: \(a.filename) (\(a.contentType), \(a.size) bytes)") }
        if let explanation {
            lines.append("  confidence: \(String(format: "%.2f", explanation.confidence))")
            for reason in explanation.explanation { lines.append("    \(reason)") }
        }
        return lines.joined(separator: "\n")
    }
}
