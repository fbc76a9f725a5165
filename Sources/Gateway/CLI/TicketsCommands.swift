import Foundation
import Complaints
import TicketStore

/// `plaint tickets list` and `plaint tickets show`.
enum TicketsCommands {
    static let list = Command(
        name: "tickets list",
        summary: "List tickets, newest first.",
        usage: "tickets list [--status S] [--json] [--db PATH]",
        options: StoreOptions.options + [
            .value("status", "S", "Only tickets in this status (\(TicketStatus.allCases.map(\.rawValue).joined(separator: ", ")))."),
            .flag("json", "One JSON object per ticket, one per line."),
        ],
        run: runList)

    static let show = Command(
        name: "tickets show",
        summary: "Show one ticket with its messages and audit log.",
        usage: "tickets show REF [--db PATH]",
        options: StoreOptions.options,
        run: runShow)

    static func runList(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        var status: TicketStatus?
        if let raw = args.value("status") {
            guard let s = TicketStatus(rawValue: raw) else {
                console.error("plaint tickets list: unknown status '\(raw)'; use one of \(TicketStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                return .usage
            }
            status = s
        }
        guard let store = StoreOptions.open(args, context, mustExist: true) else { return .database }
        let tickets: [TicketRecord]
        do { tickets = try store.tickets(status: status) } catch {
            console.error(error.description)
            return .database
        }
        if args.has("json") {
            for t in tickets { console.line(json(t).serialized) }
            return .ok
        }
        if tickets.isEmpty {
            console.line(status.map { "no tickets with status \($0.rawValue)" } ?? "no tickets yet")
            return .ok
        }
        var table = TextTable(headers: ["REFERENCE", "STATUS", "KIND", "CATEGORY", "SEV", "PRI", "CHANNEL", "FLAGS", "COMPLAINANT", "SUBJECT"])
        for t in tickets {
            let c = t.complaint
            table.append([t.reference, t.status.rawValue, c.kind.rawValue, c.category.rawValue, "\(c.severity)",
                          c.priority.rawValue, c.channel.rawValue, c.flags.sorted().map(\.rawValue).joined(separator: ","),
                          c.complainant.name ?? c.complainant.email ?? c.complainant.phone ?? "(anonymous)", c.subject ?? ""])
        }
        console.line(table.rendered)
        console.line("\(tickets.count) \(tickets.count == 1 ? "ticket" : "tickets")")
        return .ok
    }

    static func json(_ t: TicketRecord) -> JSONValue {
        guard case .object(var pairs) = ComplaintJSON.object(file: "", complaint: t.complaint) else { return .null }
        pairs.removeFirst()
        return .object([("reference", .string(t.reference)), ("status", .string(t.status.rawValue)),
                        ("created_at", .string(ISO8601DateFormatter().string(from: t.createdAt)))] + pairs)
    }

    static func runShow(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        guard args.positionals.count == 1, let reference = args.positionals.first else {
            console.error("plaint tickets show: give exactly one ticket reference, e.g. CMP-2026-000001")
            return .usage
        }
        guard let store = StoreOptions.open(args, context, mustExist: true) else { return .database }
        do {
            guard let detail = try store.ticket(reference: reference.uppercased()) else {
                console.error("no ticket \(reference); 'plaint tickets list' shows the references")
                return .usage
            }
            console.line(TicketDetailText.render(detail))
            return .ok
        } catch {
            console.error(error.description)
            return .database
        }
    }
}
