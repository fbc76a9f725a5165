import Foundation

/// Everything the ticket store can throw: a SQLite failure, a database that is not Plaint's (or is from a
/// newer Plaint), a file the store could not write, or a request the ticket lifecycle refuses.
///
/// `description` is one line a user can act on; the fields carry the detail for logs and tests.
///
/// ```swift
/// do { _ = try TicketStore(path: "x.sqlite", dataDirectory: "data") }
/// catch { print(error) } // "x.sqlite is not a Plaint database (no plaint schema); pass --db …"
/// ```
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, by what the caller can do about it.
    public enum Kind: Sendable, Equatable {
        /// SQLite returned an error code (see `sqliteCode`).
        case sqlite
        /// The file exists but is not a Plaint database (not SQLite at all, or SQLite without Plaint's marker).
        case notAPlaintDatabase
        /// The database was migrated by a newer Plaint than this build.
        case newerSchema(found: Int, known: Int)
        /// The database file could not be opened or created.
        case cannotOpen
        /// Reading or writing a content-addressed file under the data directory failed (see `errno`).
        case io
        /// No ticket has this reference.
        case unknownTicket(reference: String)
        /// `TicketStatus.canMove(to:)` refuses this status change.
        case illegalTransition(from: String, to: String)
        /// No outbox row has this id.
        case unknownOutbox(id: Int64)
    }

    public var kind: Kind
    /// The SQLite result code (extended when available), for `.sqlite`, `.cannotOpen` and `.notAPlaintDatabase`.
    public var sqliteCode: Int32?
    /// The errno of a failed file operation, for `.io`.
    public var errno: Int32?
    /// The human-readable message, including what to do about it.
    public var message: String
    /// The SQL statement at fault, if any.
    public var sql: String?
    /// The database file or data file at fault, if any.
    public var path: String?

    public init(kind: Kind, message: String, sqliteCode: Int32? = nil, errno: Int32? = nil,
                sql: String? = nil, path: String? = nil) {
        self.kind = kind
        self.message = message
        self.sqliteCode = sqliteCode
        self.errno = errno
        self.sql = sql
        self.path = path
    }

    public var description: String {
        var text = message
        if let sql { text += " [SQL: \(sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))]" }
        return text
    }
}

extension StoreError {
    /// `path` is a file SQLite cannot read, or a SQLite database without Plaint's schema marker.
    static func notPlaint(_ path: String, why: String, code: Int32? = nil) -> StoreError {
        StoreError(kind: .notAPlaintDatabase,
                   message: "\(path) is not a Plaint database (\(why)); pass --db with a Plaint database or a new path",
                   sqliteCode: code, path: path)
    }

    static func newer(_ path: String, found: Int, known: Int) -> StoreError {
        StoreError(kind: .newerSchema(found: found, known: known),
                   message: "\(path) was written by a newer Plaint (schema version \(found); this build knows up to \(known)); upgrade plaint or pass --db with another database",
                   path: path)
    }

    static func unknownTicket(_ reference: String) -> StoreError {
        StoreError(kind: .unknownTicket(reference: reference),
                   message: "no ticket \(reference); list references with `plaint tickets list`")
    }

    static func unknownOutbox(_ id: Int64) -> StoreError {
        StoreError(kind: .unknownOutbox(id: id), message: "no outbox message #\(id); list them with `plaint outbox` or `plaint review list`")
    }

    static func io(_ what: String, path: String, errno code: Int32) -> StoreError {
        StoreError(kind: .io,
                   message: "cannot \(what) \(path): \(String(cString: strerror(code))); check that the data directory exists, is writable and has free space",
                   errno: code, path: path)
    }
}
