import Foundation
import TicketStore

/// `--db` and `--data-dir`, shared by every command that touches the database.
enum StoreOptions {
    static let options: [OptionSpec] = [
        .value("db", "PATH", "SQLite database (env PLAINT_DB; default ./plaint.sqlite)."),
        .value("data-dir", "DIR", "Where raw messages and attachments are kept (env PLAINT_DATA_DIR; default plaint-data beside the db)."),
    ]

    static func paths(_ args: ParsedArguments, _ context: CommandContext) -> (db: String, dataDir: String) {
        let db = args.value("db") ?? context.environment["PLAINT_DB"] ?? "plaint.sqlite"
        let absoluteDB = db.hasPrefix("/") ? db : (context.workingDirectory as NSString).appendingPathComponent(db)
        let dataDir = args.value("data-dir") ?? context.environment["PLAINT_DATA_DIR"]
            ?? ((absoluteDB as NSString).deletingLastPathComponent as NSString).appendingPathComponent("plaint-data")
        return (absoluteDB, dataDir)
    }

    /// Opens the store or prints one clear line and returns nil.
    static func open(_ args: ParsedArguments, _ context: CommandContext, mustExist: Bool = false) -> TicketStore? {
        let (db, dataDir) = paths(args, context)
        if mustExist, !FileManager.default.fileExists(atPath: db) {
            context.console.error("\(db): no such database; run 'plaint ingest PATH --db \(db)' first, or pass --db")
            return nil
        }
        do {
            return try TicketStore(path: db, dataDirectory: dataDir)
        } catch {
            context.console.error(error.description)
            return nil
        }
    }
}
