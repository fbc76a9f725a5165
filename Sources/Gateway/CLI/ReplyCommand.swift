import Foundation
import Complaints
import TicketStore

/// `plaint reply CMP-… --template resolution --parts FILE --as EMAIL`: a staff-written reply, rendered
/// from an approved template with the staff's parts and held for review (SPEC §8).
enum ReplyCommand {
    static let command = Command(
        name: "reply",
        summary: "Write a staff reply (resolution, progress_update, inquiry_answer) into the review queue.",
        usage: "reply CMP-… --template NAME --parts FILE --as EMAIL [--edit ID]",
        details: """
        FILE is JSON with the template's parts, e.g. for 'resolution' (SPEC §7):
          {"cause_known": true, "cause": "…", "actions": ["…"], "result": "…", "restored": true,
           "current_state": "…", "widespread": false, "at_fault": true,
           "history": {"first_complaint": "…", "findings": "…", "acceptance": ""}}
        ('progress_update': {"summary": "…", "steps": ["…"]}; 'inquiry_answer': {"answer": "…"}).
        The message is rendered exactly as it will be sent and held until a manager approves it, and legal
        too when the text touches compensation, refunds, liability, legal action, regulators or the media.
        --edit ID replaces the text of a held reply: earlier approvals are void.
        Exit codes: 0 queued for review; 2 bad arguments or unknown ticket; 3 database error; 4 bad parts,
        unapproved template or no From address.
        """,
        options: [MailboxCommands.configOption,
                  .value("template", "NAME", "resolution, progress_update or inquiry_answer."),
                  .value("parts", "FILE", "JSON file with the staff-written parts."),
                  .value("as", "EMAIL", "Who wrote it (recorded; cannot review it)."),
                  .value("edit", "ID", "Replace the text of held reply ID instead of queuing a new one.")]
            + StoreOptions.options,
        run: run)

    static func run(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let name = "plaint reply"
        let console = context.console
        guard args.positionals.count == 1, let template = args.value("template"), let partsFile = args.value("parts"),
              let author = args.value("as"), !author.isEmpty else {
            console.error("\(name): give the ticket, --template NAME, --parts FILE and --as EMAIL (see 'plaint reply --help')")
            return .usage
        }
        let editID = args.value("edit").map { Int64($0.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) }
        if let editID, editID == nil {
            console.error("\(name): --edit takes an outbox ID")
            return .usage
        }
        guard let config = MailboxCommands.configuration(args, context) else { return .configuration }
        let (composer, warning) = OutboxCommands.composer(config, context)
        guard let composer else {
            console.error("\(name): \(warning ?? "replies are not configured")")
            return .configuration
        }
        let path = partsFile.hasPrefix("/") ? partsFile : (context.workingDirectory as NSString).appendingPathComponent(partsFile)
        guard let data = FileManager.default.contents(atPath: path) else {
            console.error("\(name): \(partsFile): cannot read")
            return .configuration
        }
        let parts: TemplateValue
        do {
            let json = try JSONParser.parse(String(decoding: data, as: UTF8.self))
            guard case .object = json else {
                console.error("\(name): \(partsFile): must be a JSON object of the template's parts")
                return .configuration
            }
            parts = templateValue(json)
        } catch {
            console.error("\(name): \(partsFile): \(error.description)")
            return .configuration
        }
        guard let store = StoreOptions.open(args, context, configuration: config, mustExist: true) else { return .database }
        do {
            guard let detail = try store.ticket(reference: args.positionals[0]) else {
                console.error("\(name): no ticket \(args.positionals[0])")
                return .usage
            }
            let draft: OutboxDraft
            do { draft = try composer.staffReply(template: template, detail: detail, parts: parts, author: author, at: Date()) } catch {
                console.error("\(name): \(error.message)")
                return .configuration
            }
            if let editID, let id = editID {
                try store.replaceUnsent(id: id, raw: draft.raw, subject: draft.subject, review: draft.review,
                                        reviewReason: draft.reviewReason, editor: author, at: Date())
                console.line("edited #\(id): earlier approvals are void; held for \(draft.review.roles.joined(separator: " and ")) review")
            } else {
                let id = try store.enqueue(draft, at: Date())
                console.line("queued #\(id) for \(draft.review.roles.joined(separator: " and ")) review"
                             + (draft.reviewReason.map { " (\($0))" } ?? "") + "; see 'plaint review show \(id)'")
            }
            return .ok
        } catch {
            console.error("\(name): \(error.description)")
            if case .unknownOutbox = error.kind { return .usage }
            if case .illegalTransition = error.kind { return .usage }
            return .database
        }
    }

    /// JSON → the template's value type (null becomes an empty string, which `{{#if}}` treats as false).
    static func templateValue(_ json: JSONValue) -> TemplateValue {
        switch json {
        case .null: .string("")
        case .bool(let b): .bool(b)
        case .number(let n): .number(n)
        case .string(let s): .string(s)
        case .array(let items): .list(items.map(templateValue))
        case .object(let pairs): .object(Dictionary(pairs.map { ($0.0, templateValue($0.1)) }, uniquingKeysWith: { $1 }))
        }
    }
}
