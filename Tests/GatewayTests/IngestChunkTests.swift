import Foundation
import Testing
@testable import Gateway

/// `plaint ingest` reads the next chunk while it files the current one, and bounds chunks by count
/// (200) and bytes (4 MB): a folder spanning several chunks must still be filed whole, once, in order.
struct IngestChunkTests {
    @Test func folderOfSeveralChunksIsFiledOnceInFileOrder() throws {
        let w = CorrectionAndClassifierCLITests.Workspace()
        let folder = w.dir + "/mail"
        // 230 small messages (past the 200-message bound) with three 1.5 MB ones among them (past the
        // byte bound), each from its own sender so none is a repeat of another.
        var names: [String] = []
        for i in 0..<230 {
            let name = String(format: "%04d.eml", i)
            let padding = [40, 41, 42].contains(i) ? "\r\n" + String(repeating: "Detail line of the long report.\r\n", count: 47_000) : ""
            let raw = "From: Customer \(i) <c\(i)@example.org>\r\nTo: complaints@company.example\r\n"
                + "Subject: Order \(i) arrived broken\r\nMessage-ID: <chunk-\(i)@example.org>\r\n"
                + "Date: Sun, 22 Nov 2026 12:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "My order number \(1000 + i) arrived broken. Please replace it.\(padding)\r\n"
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(raw.utf8))
            names.append(name)
        }
        let first = w.run(["ingest", folder])
        #expect(first.code == .ok, "\(first.err)")
        let lines = first.out.split(separator: "\n").filter { $0.hasSuffix(".eml") }
        #expect(lines.count == 230)
        #expect(lines.allSatisfy { $0.contains(" opened ") }, "\(lines.filter { !$0.contains(" opened ") }.prefix(3))")
        #expect(lines.map { String($0.split(separator: "/").last ?? "") } == names, "lines are not in file order")
        #expect(Set(lines.map { $0.split(separator: " ").first ?? "" }).count == 230, "a reference was given twice")

        let again = w.run(["ingest", folder])
        #expect(again.code == .ok)
        #expect(again.out.contains("230 already filed"), "\(again.out.split(separator: "\n").last ?? "")")
    }
}
