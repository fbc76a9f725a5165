import Foundation
import MailTransport
import TicketStore

/// `plaint ingest PATH`: file every message of an .eml file, a folder or a Maildir, exactly once.
enum IngestCommand {
    static let command = Command(
        name: "ingest",
        summary: "File every message of an .eml file, a folder of them or a Maildir.",
        usage: "ingest PATH... [--db PATH] [--data-dir DIR] [--quiet]",
        details: """
        Each message becomes a ticket, a follow-up on a ticket, or a recorded auto-reply, bounce, bulk
        or quarantined message with the reason; nothing is dropped. Ingesting the same message again
        files nothing (its Message-ID, or a hash of its bytes, is the key).
        """,
        options: StoreOptions.options + [.flag("quiet", "Print only the summary line.")],
        run: run)

    static func run(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        guard !args.positionals.isEmpty else {
            console.error("plaint ingest: give a PATH (an .eml file, a folder of .eml files or a Maildir)")
            return .usage
        }
        var sources: [FolderSource] = []
        var status = ExitCode.ok
        for path in args.positionals {
            do { sources.append(try FolderSource(path: path)) } catch {
                console.error(error.description)
                status = .partial
            }
        }
        if sources.isEmpty { return status }
        guard let store = StoreOptions.open(args, context) else { return .database }
        let (intake, warning) = ClassifierLoader.intake(db: store.path, environment: context.environment)
        if let warning { console.error(warning) }
        let filer = Filer(store: store, intake: intake)
        var tally = FilingTally()
        // Up to 200 messages per SQLite transaction (one commit per message costs ~64 page writes);
        // each message's line is printed only once its transaction has committed.
        for source in sources {
            for chunk in stride(from: 0, to: source.files.count, by: 200).map({ $0..<min($0 + 200, source.files.count) }) {
                var outcomes: [(FilingOutcome, String)] = []
                var unreadable: [String] = []
                var messages: [(message: SourcedMessage, file: String)] = []
                for index in chunk {
                    do throws(FolderSourceError) { messages.append((try source.message(at: index), source.files[index])) } catch {
                        unreadable.append(error.description)
                    }
                }
                // Reading is pure: the chunk is read on all cores, then filed in order.
                let readings = intake.readAll(messages.map(\.message.bytes))
                var failedFile = ""
                do throws(StoreError) {
                    try store.transaction { () throws(StoreError) in
                        for (item, reading) in zip(messages, readings) {
                            failedFile = item.file
                            outcomes.append((try filer.file(reading, raw: item.message.bytes, origin: item.message.origin,
                                                            receivedAt: Date(), location: nil), item.file))
                        }
                    }
                } catch {
                    console.error("\(failedFile): \(error.description) (nothing of this batch of \(chunk.count) was filed)")
                    return .database
                }
                for line in unreadable { console.error(line); status = .partial }
                for (outcome, file) in outcomes {
                    tally.add(outcome)
                    if !args.has("quiet") { console.line(FilingTally.describe(outcome, file: file)) }
                }
            }
        }
        console.line(tally.summary(prefix: "ingested"))
        return status
    }
}
