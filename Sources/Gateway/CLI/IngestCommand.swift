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
        // Up to 200 messages (and 4 MB) per SQLite transaction (one commit per message costs ~64 page
        // writes); each message's line is printed only once its transaction has committed. While one
        // chunk is filed (one core: SQLite), the next one is already being read (the other cores).
        let files = sources.flatMap { source in source.files.indices.map { (source, $0) } }
        var ahead = ReadChunk(files[...], intake: intake, prewriter: store.prewriter)
        while let current = ahead {
            ahead = ReadChunk(files[current.end...], intake: intake, prewriter: store.prewriter)
            let readings = current.reading.readings()
            var outcomes: [(FilingOutcome, String)] = []
            var failedFile = ""
            do throws(StoreError) {
                try store.transaction { () throws(StoreError) in
                    for (item, reading) in zip(current.messages, readings) {
                        failedFile = item.file
                        outcomes.append((try filer.file(reading, raw: item.message.bytes, origin: item.message.origin,
                                                        receivedAt: Date(), location: nil), item.file))
                    }
                }
            } catch {
                console.error("\(failedFile): \(error.description) (nothing of this batch of \(current.messages.count) was filed)")
                return .database
            }
            for line in current.unreadable { console.error(line); status = .partial }
            for (outcome, file) in outcomes {
                tally.add(outcome)
                if !args.has("quiet") { console.line(FilingTally.describe(outcome, file: file)) }
            }
        }
        console.line(tally.summary(prefix: "ingested"))
        return status
    }
}

/// One chunk of the files to ingest: loaded (on the calling thread) and their reading started.
private struct ReadChunk {
    static let maxMessages = 200
    static let maxBytes = 4 * 1024 * 1024

    var messages: [(message: SourcedMessage, file: String)] = []
    var unreadable: [String] = []
    /// Index in the file list just past this chunk.
    let end: Int
    let reading: ReadAhead

    /// The chunk at the start of `files`: up to `maxMessages`, and past the first up to `maxBytes`.
    /// Nil when `files` is empty.
    init?(_ files: ArraySlice<(FolderSource, Int)>, intake: Intake, prewriter: ContentPrewriter) {
        guard !files.isEmpty else { return nil }
        var bytes = 0
        var end = files.startIndex
        while end < files.endIndex, end - files.startIndex < Self.maxMessages, bytes < Self.maxBytes {
            let (source, index) = files[end]
            end += 1
            do throws(FolderSourceError) {
                let message = try source.message(at: index)
                bytes += message.bytes.count
                messages.append((message, source.files[index]))
            } catch {
                unreadable.append(error.description)
            }
        }
        self.end = end
        reading = ReadAhead(intake, raws: messages.map(\.message.bytes), prewriter: prewriter)
    }
}
