import Testing
@testable import MIME

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
