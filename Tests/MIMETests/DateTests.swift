import Foundation
import Testing
@testable import MIME

struct DateTests {
    @Test(arguments: [
        ("Sun, 22 Nov 2026 14:05:00 +0000", 1_795_356_300),
        ("Sun, 22 Nov 2026 22:05:00 +0800", 1_795_356_300),
        ("22 Nov 2026 09:05:00 -0500", 1_795_356_300),
        ("Sun, 22 Nov 2026 09:05:00 EST", 1_795_356_300),
        ("Sun, 22 Nov 2026 14:05:00 GMT (UTC)", 1_795_356_300),
        ("Sun, 22 Nov 26 14:05:00 +0000", 1_795_356_300),
        ("Sun,22 Nov 2026 14:05 +0000", 1_795_356_300),
        ("2026-11-22T14:05:00Z", 1_795_356_300),
        ("2026-11-22T22:05:00+08:00", 1_795_356_300),
        ("Nov 22 2026 14:05:00 +0000", 1_795_356_300),
    ])
    func parses(raw: String, epoch: Int) throws {
        let d = try #require(DateParser.parse(raw))
        #expect(Int(d.timeIntervalSince1970) == epoch)
    }

    @Test(arguments: ["", "yesterday", "32 Foo 2026", "Sun, 22 Nov 2026 25:00:00 +0000"])
    func rejects(raw: String) {
        #expect(DateParser.parse(raw) == nil)
    }

    @Test func messageDate() {
        #expect(parse("Date: Sun, 22 Nov 2026 14:05:00 +0000\n\nx").date == Date(timeIntervalSince1970: 1_795_356_300))
    }
}
