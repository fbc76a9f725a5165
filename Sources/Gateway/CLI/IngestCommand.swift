import Foundation
import MailTransport

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
        for source in sources {
            for index in source.files.indices {
                let message: SourcedMessage
                do { message = try source.message(at: index) } catch {
                    console.error(error.description)
                    status = .partial
                    continue
                }
                do {
                    let outcome = try filer.file(message.bytes, origin: message.origin, receivedAt: Date())
                    tally.add(outcome)
                    if !args.has("quiet") { console.line(FilingTally.describe(outcome, file: source.files[index])) }
                } catch {
                    console.error("\(source.files[index]): \(error.description)")
                    return .database
                }
            }
        }
        console.line(tally.summary(prefix: "ingested"))
        return status
    }
}
