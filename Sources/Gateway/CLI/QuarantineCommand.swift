import Foundation
import TicketStore

/// `plaint quarantine`: messages recorded without a ticket because they could not be understood.
enum QuarantineCommand {
    static let command = Command(
        name: "quarantine",
        summary: "List quarantined messages with the reason (nothing is ever dropped).",
        usage: "quarantine [--db PATH]",
        options: StoreOptions.options,
        run: run)

    static func run(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        guard let store = StoreOptions.open(args, context, mustExist: true) else { return .database }
        do {
            let records = try store.quarantined()
            if records.isEmpty {
                context.console.line("no quarantined messages")
                return .ok
            }
            var table = TextTable(headers: ["RECEIVED", "SOURCE", "REASON", "RAW"])
            table.maxCellWidth = 60
            let stamp = ISO8601DateFormatter()
            for r in records {
                table.append([stamp.string(from: r.receivedAt), r.source, r.reason, store.rawMessagePath(sha256: r.rawSHA256)])
            }
            context.console.line(table.rendered)
            return .ok
        } catch {
            context.console.error(error.description)
            return .database
        }
    }
}
