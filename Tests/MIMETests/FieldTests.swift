import Foundation
import Testing
@testable import MIME

struct ContentTypeTests {
    @Test(arguments: [
        ("text/plain; charset=\"utf-8\"", "text/plain", "charset", "utf-8"),
        ("TEXT/HTML; CHARSET=GBK", "text/html", "charset", "GBK"),
        ("multipart/mixed;\r\n boundary=\"----=_Part_1\"", "multipart/mixed", "boundary", "----=_Part_1"),
        ("multipart/alternative; boundary=abc123 ", "multipart/alternative", "boundary", "abc123"),
        ("text/plain; charset=us-ascii (Plain text)", "text/plain", "charset", "us-ascii"),
        ("text", "text/plain", "charset", nil),
        ("application/pdf; name=\"a \\\"b\\\".pdf\"", "application/pdf", "name", "a \"b\".pdf"),
        ("application/pdf; name=my report.pdf", "application/pdf", "name", "my report.pdf"),
        ("application/pdf; name=\"=?utf-8?B?5oqV6K+J?=.pdf\"", "application/pdf", "name", "投诉.pdf"),
        ("application/pdf; name*=utf-8''%E6%8A%95%E8%AF%89.pdf", "application/pdf", "name", "投诉.pdf"),
        ("application/pdf; name*0*=utf-8'zh'%E6%8A%95; name*1*=%E8%AF%89; name*2=.pdf", "application/pdf", "name", "投诉.pdf"),
        ("application/pdf; name*1=\"b.pdf\"; name*0=\"a\"", "application/pdf", "name", "ab.pdf"),
        ("application/pdf; name*=gb2312''%CD%B6%CB%DF.pdf", "application/pdf", "name", "投诉.pdf"),
        ("application/pdf; name=\"plain.pdf\"; name*=utf-8''better.pdf", "application/pdf", "name", "better.pdf"),
        ("text/plain; name=\"unterminated", "text/plain", "name", "unterminated"),
    ] as [(String, String, String, String?)])
    func parses(raw: String, mime: String, param: String, value: String?) throws {
        let ct = try #require(ContentTypeParser.parse(Array(raw.utf8)))
        #expect(ct.mimeType == mime)
        #expect(ct.parameters[param] == value)
    }

    @Test(arguments: ["", "   ", "/plain", "garbage;;;"])
    func unreadableYieldsNil(raw: String) {
        #expect(ContentTypeParser.parse(Array(raw.utf8)) == nil)
    }

    @Test func rawEightBitFilename() {
        let raw = Array("attachment; filename=\"".utf8) + [0xCD, 0xB6, 0xCB, 0xDF] + Array(".doc\"".utf8)
        let d = ContentTypeParser.parseDisposition(raw)
        #expect(d.type == "attachment")
        #expect(d.parameters["filename"] == "投诉.doc")
    }
}

struct AddressTests {
    @Test(arguments: [
        ("a@b.com", [Address(email: "a@b.com")]),
        ("<a@b.com>", [Address(email: "a@b.com")]),
        ("John Doe <john@x.com>", [Address(name: "John Doe", email: "john@x.com")]),
        ("\"Doe, John\" <john@x.com>, jane@y.org", [Address(name: "Doe, John", email: "john@x.com"), Address(email: "jane@y.org")]),
        ("\"Say \\\"hi\\\"\" <h@x.com>", [Address(name: "Say \"hi\"", email: "h@x.com")]),
        ("=?utf-8?B?5byg5LiJ?= <zhang@x.cn>", [Address(name: "张三", email: "zhang@x.cn")]),
        ("\"=?utf-8?B?5byg5LiJ?=\" <zhang@x.cn>", [Address(name: "张三", email: "zhang@x.cn")]),
        ("john@x.com (John Doe)", [Address(name: "John Doe", email: "john@x.com")]),
        ("John (the boss) <j@x.com>", [Address(name: "John", email: "j@x.com")]),
        ("Team: a@x.com, B <b@x.com>;", [Address(email: "a@x.com", group: "Team"), Address(name: "B", email: "b@x.com", group: "Team")]),
        ("undisclosed-recipients:;", []),
        ("Name <a@b.com", [Address(name: "Name", email: "a@b.com")]),
        ("Name <a@b.com, c@d.com", [Address(name: "Name", email: "a@b.com"), Address(email: "c@d.com")]),
        ("<@relay.net:a@b.com>", [Address(email: "a@b.com")]),
        ("Name a@b.com", [Address(name: "Name", email: "a@b.com")]),
        ("<mailto:a@b.com>", [Address(email: "a@b.com")]),
        ("MAILER-DAEMON", [Address(email: "MAILER-DAEMON")]),
        ("\"unterminated <a@b.com>", [Address(name: "unterminated", email: "a@b.com")]),
        (", , a@b.com,,", [Address(email: "a@b.com")]),
    ])
    func parses(raw: String, expected: [Address]) {
        #expect(AddressParser.parse(Array(raw.utf8)) == expected)
    }

    @Test func unterminatedCommentRunsToTheEnd() {
        let a = AddressParser.parse(Array("John <j@x.com> (unterminated, comment".utf8))
        #expect(a == [Address(name: "John", email: "j@x.com")])
    }

    @Test func rawEightBitDisplayName() {
        let raw: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD] + Array(" <zhang@x.cn>".utf8) // GBK 张三
        #expect(AddressParser.parse(raw) == [Address(name: "张三", email: "zhang@x.cn")])
    }

    @Test func headerAddressesAcrossDuplicateFields() {
        let m = parse("To: a@x.com\nTO: B <b@x.com>\nSubject: x\n\nbody")
        #expect(m.to.map(\.email) == ["a@x.com", "b@x.com"])
    }
}

struct MessageIDTests {
    @Test(arguments: [
        ("<abc@x.com>", ["abc@x.com"]),
        ("  <abc@x.com> (comment)", ["abc@x.com"]),
        ("<a@x> <b@y>\r\n <c@z>", ["a@x", "b@y", "c@z"]),
        ("abc@x.com", ["abc@x.com"]),
        ("<unterminated@x", ["unterminated@x"]),
        ("", []),
    ])
    func parses(raw: String, expected: [String]) {
        #expect(MessageIDParser.parse(Array(raw.utf8)) == expected)
    }
}

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
