import Foundation
import MIME
import Complaints

/// Plaint's ledger: tickets, every message in and out, the audit log, and where each message sits on
/// the IMAP server, in one SQLite database; small raw messages in the database too, large and
/// quarantined ones and attachments as content-addressed files under a data directory.
///
/// Filing is exactly-once: a message's `SourceKey` is unique, and its ticket, message row, events,
/// attachments and mailbox location are committed in one transaction.
///
/// ```swift
/// let store = try TicketStore(path: "plaint.sqlite", dataDirectory: "plaint-data")
/// let outcome = try store.file(complaint, raw: bytes, sourceKey: .forMessage(messageID: complaint.messageID, raw: bytes),
///                              source: "imap://mail/INBOX", receivedAt: Date(), attachments: [])
/// ```
///
/// Not `Sendable`: one owner (an actor, or one thread) uses a store. Other processes may open the same
/// database at the same time (WAL mode, writers wait up to `busyTimeout`).
public final class TicketStore {
    /// The database file.
    public let path: String
    /// The root of the content-addressed files.
    public let dataDirectory: String
    let connection: Connection
    var content: ContentStore
    /// Batch detection's per-ticket text signatures (see `TicketStore+Incidents.swift`).
    var similarityCache = SimilarityCache()

    /// Opens the database at `path` (creating it and `dataDirectory` when missing) and migrates it
    /// to the current schema.
    ///
    /// - Parameters:
    ///   - durable: make every commit survive power loss: fsync each new content file and its directory,
    ///     and run SQLite with `synchronous=FULL`. Without it (WAL, `synchronous=NORMAL`) a commit survives
    ///     a process crash but the last ones may be lost on power loss; that is safe while the database picks
    ///     new mail by UID (the message is fetched again), but use `durable` when the processed action
    ///     *moves* messages off the server.
    ///   - busyTimeoutMilliseconds: how long a writer waits for another process's lock.
    /// - Throws: `StoreError` `.notAPlaintDatabase` for a file that is not SQLite or a SQLite database
    ///   without Plaint's marker (nothing is written to it), `.newerSchema`, `.cannotOpen`, `.io`.
    public init(path: String, dataDirectory: String, durable: Bool = false,
                busyTimeoutMilliseconds: Int = 5_000) throws(StoreError) {
        self.path = path
        self.dataDirectory = dataDirectory
        let connection = try Connection(path: path)
        try connection.execute("PRAGMA busy_timeout = \(busyTimeoutMilliseconds); PRAGMA foreign_keys = ON")
        try Schema.migrate(connection)
        try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = \(durable ? "FULL" : "NORMAL")")
        // Each filed message is a savepoint inside its batch's transaction, and SQLite keeps the pages a
        // savepoint changes in a statement journal. With the default temp store that journal is a file
        // under /var/tmp: four of every five writes of an ingest went there (213k pwrite calls for 3,000
        // messages, 43k without). In memory it holds one message's pages at a time.
        try connection.execute("PRAGMA temp_store = MEMORY")
        self.connection = connection
        self.content = try ContentStore(root: dataDirectory, syncFiles: durable)
    }

    /// Runs several store calls as one transaction: all of them are committed together, or none.
    ///
    /// Each `file(…)` inside is still all-or-nothing on its own (a savepoint), so one failing message
    /// does not undo the others when the caller catches its error. Use it to file a fetched batch with one
    /// commit (much faster); mark messages on the server only after this returns.
    ///
    /// ```swift
    /// try store.transaction { () throws(StoreError) in
    ///     for message in batch { outcomes.append(try store.file(…, location: message.location)) }
    /// }
    /// ```
    public func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        do { return try connection.transaction(body) } catch {
            similarityCache = SimilarityCache()
            throw error
        }
    }

    /// Closes the database. Using the store afterwards is a bug (traps).
    public func close() throws(StoreError) {
        try connection.close()
    }

    /// The schema version of the open database.
    public var schemaVersion: Int {
        get throws(StoreError) { Int(try connection.scalarInt("SELECT max(version) FROM schema_migrations") ?? 0) }
    }

    /// Raw messages up to this size are kept in the database (one row, no file); larger ones as files.
    public static let inlineRawLimit = 256 * 1024

    /// Where the raw bytes of a message stored as a file live: `<data>/messages/ab/<sha256>.eml`. Every
    /// quarantined message and every message over `inlineRawLimit` is a file; smaller ones are kept in
    /// the database (read them with `rawMessage(sha256:)`).
    public func rawMessagePath(sha256: String) -> String { content.path(.messages, sha256: sha256) }

    /// Where a stored attachment lives: `<data>/attachments/ab/<sha256>`.
    public func attachmentPath(sha256: String) -> String { content.path(.attachments, sha256: sha256) }

    /// The raw bytes of a stored message, from the database or its file.
    public func rawMessage(sha256: String) throws(StoreError) -> [UInt8] {
        if let bytes = try connection.query("SELECT bytes FROM raw_messages WHERE sha256 = ?", sha256, row: { s in s.bytes(0) }).first {
            return bytes
        }
        return try content.get(.messages, sha256: sha256)
    }

    /// Whether `raw` is kept in the database (see `inlineRawLimit`) rather than as a file.
    static func keepsInDatabase(_ raw: [UInt8], disposition: Disposition) -> Bool {
        raw.count <= inlineRawLimit && disposition != .quarantine
    }

    /// Writes the content files of messages about to be filed, from any thread (see `ContentPrewriter`).
    public var prewriter: ContentPrewriter { ContentPrewriter(root: content.root, syncFiles: content.syncFiles) }

    /// Stores a raw message in the database under its digest, once (inside the caller's transaction).
    func putRaw(_ raw: [UInt8], sha256: String) throws(StoreError) {
        try connection.run("INSERT OR IGNORE INTO raw_messages (sha256, bytes) VALUES (?, ?)", sha256, raw)
    }

    /// The bytes of a stored attachment.
    public func attachment(sha256: String) throws(StoreError) -> [UInt8] { try content.get(.attachments, sha256: sha256) }
}

@available(*, unavailable)
extension TicketStore: Sendable {}
