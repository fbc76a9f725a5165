import Foundation
import MIME
import Complaints
import TicketStore

/// `plaint review list | show ID | approve ID --as EMAIL | reject ID --as EMAIL --reason TEXT`:
/// the queue of staff-written replies (SPEC §8). An approval is bound to the SHA-256 of the exact
/// rendered message; editing the text voids it.
enum ReviewCommands {
    static let approverOptions: [OptionSpec] = [
        .value("as", "EMAIL", "Who reviews (listed as manager or legal in the approvers list)."),
        .value("approvers", "FILE", "The approvers list (JSON; default PLAINT_APPROVERS, else approvers.json in the template directory)."),
    ]
    static let common: [OptionSpec] = [MailboxCommands.configOption] + StoreOptions.options

    static let list = Command(
        name: "review list", summary: "List replies waiting for review, with the roles they still need.",
        usage: "review list [--db PATH]", options: common, run: runList)
    static let show = Command(
        name: "review show", summary: "Show a held reply exactly as it would be sent, its SHA-256 and its reviews.",
        usage: "review show ID [--db PATH]", options: common, run: runShow)
    static let approve = Command(
        name: "review approve", summary: "Approve the exact text of a held reply (as manager or legal).",
        usage: "review approve ID --as EMAIL [--approvers FILE]",
        details: """
        The approval is bound to the SHA-256 of the message as rendered now; any later edit voids it.
        A reply needs the manager, and legal as well when the wording check flagged it. Once every
        required role approved it, the next delivery round sends it. The author cannot approve their own text.
        Exit codes: 0 approved; 2 bad arguments or unknown ID; 3 database error; 4 approver not allowed.
        """,
        options: common + approverOptions, run: { runDecision($0, $1, approve: true) })
    static let reject = Command(
        name: "review reject", summary: "Reject a held reply with a reason; it is never sent.",
        usage: "review reject ID --as EMAIL --reason TEXT [--approvers FILE]",
        options: common + approverOptions + [.value("reason", "TEXT", "Why (recorded on the ticket).")],
        run: { runDecision($0, $1, approve: false) })

    static func runList(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        guard let config = MailboxCommands.configuration(args, context) else { return .configuration }
        guard let store = StoreOptions.open(args, context, configuration: config, mustExist: true) else { return .database }
        do {
            var table = TextTable(headers: ["ID", "TICKET", "KIND", "AUTHOR", "NEEDS", "REASON"])
            table.maxCellWidth = 60
            let held = try store.outbox(statuses: [.heldForReview])
            for r in held {
                table.append(["\(r.id)", r.ticketReference ?? "-", r.kind, r.author, r.missingApprovals.joined(separator: "+"),
                              r.reviewReason ?? "-"])
            }
            context.console.line(table.rendered)
            context.console.line("\(held.count) \(held.count == 1 ? "reply" : "replies") waiting for review")
            return .ok
        } catch {
            context.console.error(error.description)
            return .database
        }
    }

    static func runShow(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        guard let id = outboxID(args, context, command: "review show") else { return .usage }
        guard let config = MailboxCommands.configuration(args, context) else { return .configuration }
        guard let store = StoreOptions.open(args, context, configuration: config, mustExist: true) else { return .database }
        do {
            guard let r = try store.outboxEntry(id: id) else {
                context.console.error("plaint review show: no outbox message #\(id)")
                return .usage
            }
            let message = Message.parse(r.raw)
            let c = context.console
            c.line("#\(r.id)  \(r.status.rawValue)  \(r.kind)  ticket \(r.ticketReference ?? "-")  by \(r.author)")
            c.line("sha256: \(r.rawSHA256)")
            c.line("review: \(r.review.roles.isEmpty ? "none (approved template)" : r.review.roles.joined(separator: " + "))"
                   + (r.reviewReason.map { " — \($0)" } ?? ""))
            for review in r.reviews {
                c.line("  \(review.decision) by \(review.reviewer) (\(review.role)) at \(TicketStoreTime.iso(review.at))"
                       + (review.rawSHA256 == r.rawSHA256 ? "" : " — for earlier wording, void")
                       + (review.reason.map { ": \($0)" } ?? ""))
            }
            if !r.missingApprovals.isEmpty, r.status == .heldForReview { c.line("still needs: \(r.missingApprovals.joined(separator: ", "))") }
            c.line("")
            c.line("From: \(message.from.first.map { "\($0.name ?? "") <\($0.email)>" } ?? r.envelopeFrom)")
            c.line("To: \(r.envelopeTo)")
            c.line("Subject: \(message.subject ?? r.subject)")
            c.line("")
            c.line(message.text)
            return .ok
        } catch {
            context.console.error(error.description)
            return .database
        }
    }

    static func runDecision(_ args: ParsedArguments, _ context: CommandContext, approve: Bool) -> ExitCode {
        let name = approve ? "plaint review approve" : "plaint review reject"
        guard let id = outboxID(args, context, command: name) else { return .usage }
        guard let email = args.value("as"), !email.isEmpty else {
            context.console.error("\(name): --as EMAIL is required (who reviews this reply)")
            return .usage
        }
        let reason = args.value("reason")
        if !approve, (reason ?? "").isEmpty {
            context.console.error("\(name): --reason TEXT is required (recorded on the ticket)")
            return .usage
        }
        guard let config = MailboxCommands.configuration(args, context) else { return .configuration }
        let dir = TemplateCatalogLoader.directory(config.replies.templates, environment: context.environment,
                                                  workingDirectory: context.workingDirectory)
        let approvers: [Approver]
        do {
            let file = args.value("approvers").map {
                $0.hasPrefix("/") ? $0 : (context.workingDirectory as NSString).appendingPathComponent($0)
            }
            approvers = try TemplateCatalogLoader.approvers(file: file, environment: context.environment,
                                                            templateDirectory: dir)
        } catch {
            context.console.error("\(name): \(error.message)")
            return .configuration
        }
        guard let approver = approvers.first(where: { $0.email.lowercased() == email.lowercased() }),
              let role = ApproverRole(rawValue: approver.role) else {
            context.console.error("\(name): \(email) is not listed as manager or legal; only they may review replies")
            return .configuration
        }
        guard let store = StoreOptions.open(args, context, configuration: config, mustExist: true) else { return .database }
        do {
            guard let entry = try store.outboxEntry(id: id) else {
                context.console.error("\(name): no outbox message #\(id)")
                return .usage
            }
            guard entry.status == .heldForReview else {
                context.console.error("\(name): #\(id) is \(entry.status.rawValue), not waiting for review")
                return .usage
            }
            guard entry.author.lowercased() != email.lowercased() else {
                context.console.error("\(name): \(email) wrote #\(id); someone else must review it")
                return .configuration
            }
            if approve, !entry.review.roles.contains(role.rawValue) {
                context.console.error("\(name): #\(id) needs \(entry.review.roles.joined(separator: " and ")) review, not \(role.rawValue)")
                return .configuration
            }
            let after = try store.recordReview(id: id, reviewer: approver.email, role: role.rawValue, approve: approve,
                                               reason: reason, at: Date())
            if approve {
                context.console.line("approved #\(id) sha256 \(entry.rawSHA256.prefix(12))… as \(role.rawValue) by \(approver.email)"
                                     + (after.status == .pending ? "; it goes out with the next delivery round"
                                                                 : "; still needs \(after.missingApprovals.joined(separator: ", "))"))
            } else {
                context.console.line("rejected #\(id) as \(role.rawValue) by \(approver.email): it will not be sent")
            }
            return .ok
        } catch {
            context.console.error(error.description)
            return .database
        }
    }

    static func outboxID(_ args: ParsedArguments, _ context: CommandContext, command: String) -> Int64? {
        guard args.positionals.count == 1, let id = Int64(args.positionals[0].trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            context.console.error("\(command): give one outbox ID (see 'plaint review list')")
            return nil
        }
        return id
    }
}

/// ISO 8601 UTC times for command output.
enum TicketStoreTime {
    static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}
