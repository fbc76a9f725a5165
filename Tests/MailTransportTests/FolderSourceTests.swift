import Foundation
import Testing
@testable import MailTransport

/// The folder source hands every byte of a file to the pipeline, and says why when it cannot.
struct FolderSourceTests {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-folder-\(UUID().uuidString)").path

    @Test func filesAreReadByteForByte() throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // CRLF, bare LF, NUL and high bytes, past one read buffer; and an empty file.
        var big: [UInt8] = Array("Subject: x\r\n\r\n".utf8)
        for i in 0..<300_000 { big.append(UInt8(truncatingIfNeeded: i &* 31)) }
        _ = FileManager.default.createFile(atPath: dir + "/a.eml", contents: Data(big))
        _ = FileManager.default.createFile(atPath: dir + "/b.eml", contents: Data())
        let source = try FolderSource(path: dir)
        #expect(source.files.map { ($0 as NSString).lastPathComponent } == ["a.eml", "b.eml"])
        #expect(try source.message(at: 0).bytes == big)
        #expect(try source.message(at: 1).bytes == [])
        #expect(try source.message(at: 0).origin == "folder:" + dir + "/a.eml")
    }

    @Test func aFileThatVanishedAfterListingIsNamedWithTheReason() throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/gone.eml", contents: Data("Subject: x\r\n\r\nhi\r\n".utf8))
        let source = try FolderSource(path: dir)
        try FileManager.default.removeItem(atPath: dir + "/gone.eml")
        do {
            _ = try source.message(at: 0)
            Issue.record("a missing file was read")
        } catch {
            #expect(error.path == dir + "/gone.eml")
            #expect(error.description.contains("No such file or directory"), "\(error.description)")
        }
    }
}
