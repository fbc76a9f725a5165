import Foundation
import Testing
@testable import MIME

/// Every sample message under `Fixtures/mail` parses, and reads the same with CRLF and bare LF.
struct FixtureCorpusTests {
    static let fixtures: [URL] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/mail")
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return e.compactMap { $0 as? URL }.filter { $0.pathExtension == "eml" }.sorted { $0.path < $1.path }
    }()

    @Test func corpusIsPresent() {
        #expect(Self.fixtures.count > 0)
    }

    @Test func everyFixtureReadsTheSameInBothLineEndings() throws {
        for url in Self.fixtures {
            let raw = try [UInt8](Data(contentsOf: url))
            var lf = raw
            ASCII.stripCRBeforeLF(&lf)
            var crlf: [UInt8] = []
            crlf.reserveCapacity(lf.count + lf.count / 16)
            for b in lf {
                if b == ASCII.lf { crlf.append(ASCII.cr) }
                crlf.append(b)
            }
            let a = Message.parse(lf), b = Message.parse(crlf)
            let name = url.lastPathComponent
            #expect(a.text == b.text, "\(name)")
            #expect(a.subject == b.subject, "\(name)")
            #expect(a.from == b.from, "\(name)")
            #expect(a.attachments.map(\.filename) == b.attachments.map(\.filename), "\(name)")
            #expect(a.embeddedMessages.map(\.text) == b.embeddedMessages.map(\.text), "\(name)")
            #expect(!a.text.contains("\r"), "\(name)")
        }
    }
}
