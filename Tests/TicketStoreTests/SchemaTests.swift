import Foundation
import Testing
@testable import TicketStore

struct SchemaTests {
    @Test func freshDatabaseIsMigratedAndReopens() throws {
        let fixture = StoreFixture()
        do {
            let store = try fixture.open()
            #expect(try store.schemaVersion == Schema.latestVersion)
            try store.file(sampleComplaint())
            try store.close()
        }
        let reopened = try fixture.open()
        #expect(try reopened.schemaVersion == Schema.latestVersion)
        #expect(try reopened.tickets().count == 1)
        #expect(FileManager.default.fileExists(atPath: fixture.dataPath + "/messages"))
        #expect(try reopened.connection.scalarInt("PRAGMA user_version") == Int64(Schema.latestVersion))
        #expect(try reopened.connection.query("PRAGMA journal_mode") { $0.text(0) } == ["wal"])
        #expect(try reopened.connection.scalarInt("PRAGMA foreign_keys") == 1)
    }

    static let foreignFiles: [(String, [UInt8])] = [
        ("notes", Array(String(repeating: "These are my meeting notes, not a database.\n", count: 40).utf8)),
        ("five bytes", Array("hello".utf8)),
        ("binary", (0..<9000).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) }),
        ("half a header", Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 0xFF, count: 84)),
    ]

    @Test(arguments: foreignFiles.map(\.0))
    func fileThatIsNotSQLiteIsRejectedUntouched(_ name: String) throws {
        let fixture = StoreFixture()
        let path = fixture.directory + "/x.sqlite"
        let text = Self.foreignFiles.first { $0.0 == name }!.1
        _ = FileManager.default.createFile(atPath: path, contents: Data(text))
        let error = #expect(throws: StoreError.self) { try TicketStore(path: path, dataDirectory: fixture.dataPath) }
        #expect(error?.kind == .notAPlaintDatabase)
        #expect(error?.description.hasPrefix("\(path) is not a Plaint database (no plaint schema") == true)
        #expect(error?.description.hasSuffix("; pass --db with a Plaint database or a new path") == true)
        #expect(FileManager.default.contents(atPath: path) == Data(text))
    }

    @Test func foreignSQLiteDatabaseIsRejectedUntouched() throws {
        let fixture = StoreFixture()
        let path = fixture.directory + "/x.sqlite"
        do {
            let other = try Connection(path: path)
            try other.execute("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')")
            try other.close()
        }
        let before = FileManager.default.contents(atPath: path)
        let error = #expect(throws: StoreError.self) { try TicketStore(path: path, dataDirectory: fixture.dataPath) }
        #expect(error?.description == "\(path) is not a Plaint database (no plaint schema); pass --db with a Plaint database or a new path")
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func durableModeSyncsAndStillFiles() throws {
        let fixture = StoreFixture()
        let store = try TicketStore(path: fixture.dbPath, dataDirectory: fixture.dataPath, durable: true)
        #expect(try store.connection.scalarInt("PRAGMA synchronous") == 2)
        #expect(try store.file(sampleComplaint()) == .opened(reference: "CMP-2026-000001"))
    }

    @Test func emptyExistingFileBecomesAPlaintDatabase() throws {
        let fixture = StoreFixture()
        _ = FileManager.default.createFile(atPath: fixture.dbPath, contents: Data())
        let store = try fixture.open()
        #expect(try store.schemaVersion == Schema.latestVersion)
    }

    @Test func databaseFromNewerPlaintIsRejected() throws {
        let fixture = StoreFixture()
        do {
            let store = try fixture.open()
            try store.connection.execute("INSERT INTO schema_migrations VALUES (\(Schema.latestVersion + 1), 'from the future', 0)")
            try store.close()
        }
        let error = #expect(throws: StoreError.self) { try fixture.open() }
        #expect(error?.kind == .newerSchema(found: Schema.latestVersion + 1, known: Schema.latestVersion))
        #expect(error?.description.contains("newer Plaint") == true)
        #expect(error?.description.contains("upgrade plaint") == true)
    }

    @Test func missingDirectorySaysWhatToCheck() throws {
        let fixture = StoreFixture()
        let path = fixture.directory + "/no/such/dir/plaint.sqlite"
        let error = #expect(throws: StoreError.self) { try TicketStore(path: path, dataDirectory: fixture.dataPath) }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("directory exists") == true)
    }

    @Test func sqliteErrorsCarryCodeAndSQL() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let error = #expect(throws: StoreError.self) { try store.connection.execute("SELECT * FROM no_such_table") }
        #expect(error?.kind == .sqlite)
        #expect(error?.sqliteCode == 1)
        #expect(error?.sql == "SELECT * FROM no_such_table")
        #expect(error?.description.contains("no such table: no_such_table") == true)
        #expect(error?.description.contains(fixture.dbPath) == true)
    }
}
