import Foundation
import TicketStore

/// `--db` and `--data-dir`, shared by every command that touches the database.
enum StoreOptions {
    static let options: [OptionSpec] = [
        .value("db", "PATH", "SQLite database (env PLAINT_DB; default ./plaint.sqlite)."),
        .value("data-dir", "DIR", "Where raw messages and attachments are kept (env PLAINT_DATA_DIR; default plaint-data beside the db)."),
    ]

    /// The database paths from `--db`/`--data-dir`, else the configuration (file, then environment).
    static func paths(_ args: ParsedArguments, _ context: CommandContext, configuration: Configuration? = nil) -> (db: String, dataDir: String) {
        var config = configuration ?? Configuration()
        if configuration == nil {
            if let db = context.environment["PLAINT_DB"] { config.db = db }
            if let dir = context.environment["PLAINT_DATA_DIR"] { config.dataDir = dir }
        }
        return config.storePaths(db: args.value("db"), dataDir: args.value("data-dir"), workingDirectory: context.workingDirectory)
    }

    /// Opens the store or prints one clear line and returns nil.
    static func open(_ args: ParsedArguments, _ context: CommandContext, configuration: Configuration? = nil,
                     mustExist: Bool = false) -> TicketStore? {
        let (db, dataDir) = paths(args, context, configuration: configuration)
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
