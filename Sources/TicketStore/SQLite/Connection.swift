import CSQLite
import Foundation

/// One open SQLite database handle: the only place that turns SQLite result codes into `StoreError`.
///
/// Not `Sendable`: one owner uses it (the `TicketStore` that opened it). `close()` can fail, so it
/// throws; `deinit` closes a connection that was not closed (best effort, with `sqlite3_close_v2`).
/// See https://sqlite.org/c3ref/open.html and https://sqlite.org/rescode.html.
final class Connection {
    /// The database file.
    let path: String
    private var handle: OpaquePointer?
    /// Prepared statements reused on hot paths, by SQL text.
    private var cache: [String: Statement] = [:]

    /// Opens (creating if missing) the database at `path`.
    init(path: String) throws(StoreError) {
        self.path = path
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw StoreError(kind: .cannotOpen,
                             message: "cannot open database \(path) (\(message)); check that the directory exists and is writable",
                             sqliteCode: rc, path: path)
        }
        sqlite3_extended_result_codes(db, 1)
        handle = db
    }

    deinit {
        cache.removeAll()
        if let handle { sqlite3_close_v2(handle) }
    }

    /// The raw handle, for `Statement`. Traps after `close()`: using a closed connection is a bug.
    var db: OpaquePointer {
        guard let handle else { preconditionFailure("TicketStore used after close()") }
        return handle
    }

    /// Finalizes cached statements and closes the database.
    func close() throws(StoreError) {
        guard let handle else { return }
        cache.removeAll()
        try check(sqlite3_close(handle), sql: nil)
        self.handle = nil
    }

    /// Throws a `StoreError` for any result code other than OK/ROW/DONE; returns the code otherwise.
    ///
    /// This is the one place result codes become errors. A file SQLite cannot read is reported as
    /// "not a Plaint database" (SQLITE_NOTADB), with the path and what to do.
    @discardableResult
    func check(_ rc: Int32, sql: String?) throws(StoreError) -> Int32 {
        switch rc {
        case SQLITE_OK, SQLITE_ROW, SQLITE_DONE:
            return rc
        default:
            let primary = rc & 0xFF
            if primary == SQLITE_NOTADB {
                throw .notPlaint(path, why: "no plaint schema; not a SQLite file", code: rc)
            }
            let detail = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            var advice = ""
            switch primary {
            case SQLITE_BUSY, SQLITE_LOCKED: advice = "; another process holds the database lock, retry later"
            case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM: advice = "; check the file and its directory are writable"
            case SQLITE_FULL: advice = "; the disk is full"
            case SQLITE_CORRUPT: advice = "; the database file is damaged, restore it from a backup"
            default: break
            }
            throw StoreError(kind: .sqlite,
                             message: "SQLite error \(rc) on \(path): \(detail)\(advice)",
                             sqliteCode: rc, sql: sql, path: path)
        }
    }

    /// Runs one or more statements without parameters (schema changes, pragmas).
    func execute(_ sql: String) throws(StoreError) {
        try check(sqlite3_exec(db, sql, nil, nil, nil), sql: sql)
    }

    /// A new prepared statement, finalized when released.
    func prepare(_ sql: String) throws(StoreError) -> Statement {
        var stmt: OpaquePointer?
        try check(sqlite3_prepare_v2(db, sql, -1, &stmt, nil), sql: sql)
        guard let stmt else { preconditionFailure("empty SQL: \(sql)") }
        return Statement(handle: stmt, sql: sql, connection: self)
    }

    /// A prepared statement kept for reuse (reset before it is returned). Use for SQL run often.
    func cached(_ sql: String) throws(StoreError) -> Statement {
        if let statement = cache[sql] {
            statement.reset()
            return statement
        }
        let statement = try prepare(sql)
        cache[sql] = statement
        return statement
    }

    /// Rowid of the last insert on this connection.
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(db) }

    /// Rows changed by the last INSERT/UPDATE/DELETE.
    var changes: Int { Int(sqlite3_changes(db)) }

    /// Open transactions: 0 outside, 1 in a transaction, more in nested savepoints.
    private(set) var transactionDepth = 0

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock up front, so two writers wait on `busy_timeout`
    /// instead of failing with SQLITE_BUSY when a read lock would need upgrading. Called inside another
    /// transaction it becomes a savepoint: its work is undone alone when it throws, and committed with
    /// the outer transaction. See https://sqlite.org/lang_savepoint.html.
    func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let depth = transactionDepth
        try run(depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested")
        transactionDepth += 1
        defer { transactionDepth = depth }
        do {
            let result = try body()
            try run(depth == 0 ? "COMMIT" : "RELEASE nested")
            return result
        } catch {
            if depth > 0 {
                sqlite3_exec(db, "ROLLBACK TO nested; RELEASE nested", nil, nil, nil)
            } else if sqlite3_get_autocommit(db) == 0 {
                sqlite3_exec(db, "ROLLBACK", nil, nil, nil)
            }
            throw error
        }
    }

    /// Runs `sql` with `values` and returns the first column of the first row as an integer, if any.
    func scalarInt(_ sql: String, _ values: any SQLBindable...) throws(StoreError) -> Int64? {
        let statement = try cached(sql)
        try statement.bind(values)
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return statement.isNull(0) ? nil : statement.int64(0)
    }

    /// Runs a statement that returns no rows, with `values` bound (cached).
    func run(_ sql: String, _ values: any SQLBindable...) throws(StoreError) {
        let statement = try cached(sql)
        try statement.bind(values)
        defer { statement.reset() }
        while try statement.step() {}
    }

    /// Maps every row of `sql` (cached) through `row`.
    func query<T>(_ sql: String, _ values: any SQLBindable..., row: (Statement) throws(StoreError) -> T) throws(StoreError) -> [T] {
        let statement = try cached(sql)
        try statement.bind(values)
        defer { statement.reset() }
        var rows: [T] = []
        while try statement.step() { rows.append(try row(statement)) }
        return rows
    }
}

@available(*, unavailable)
extension Connection: Sendable {}
