import Testing
@testable import MailTransport

private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

struct IMAPResponseParserTests {
    struct LineCase: CustomTestStringConvertible, Sendable {
        var name: String
        var line: String
        var expected: IMAPResponse
        var testDescription: String { name }
    }

    static let lines: [LineCase] = [
        .init(name: "search", line: "* SEARCH 2 84 882", expected: .search([2, 84, 882])),
        .init(name: "empty search", line: "* SEARCH", expected: .search([])),
        .init(name: "lower-case search", line: "* search 5", expected: .search([5])),
        .init(name: "search with modseq", line: "* SEARCH 3 4 (MODSEQ 917162500)", expected: .search([3, 4])),
        .init(name: "exists", line: "* 23 EXISTS", expected: .exists(23)),
        .init(name: "recent", line: "* 5 RECENT", expected: .recent(5)),
        .init(name: "expunge", line: "* 44 EXPUNGE", expected: .expunge(44)),
        .init(name: "fetch all items", line: #"* 12 FETCH (UID 45 FLAGS (\Seen $PlaintFiled) RFC822.SIZE 3456)"#,
              expected: .fetch(sequence: 12, FetchAttributes(uid: 45, flags: [#"\Seen"#, "$PlaintFiled"], size: 3456))),
        .init(name: "fetch other order", line: #"* 1 FETCH (FLAGS () RFC822.SIZE 10 UID 7)"#,
              expected: .fetch(sequence: 1, FetchAttributes(uid: 7, flags: [], size: 10))),
        .init(name: "fetch flags only (unsolicited)", line: #"* 3 FETCH (FLAGS (\Deleted))"#,
              expected: .fetch(sequence: 3, FetchAttributes(uid: nil, flags: [#"\Deleted"#], size: nil))),
        .init(name: "fetch with modseq", line: #"* 2 FETCH (UID 9 MODSEQ (12) FLAGS (\Recent) RFC822.SIZE 1)"#,
              expected: .fetch(sequence: 2, FetchAttributes(uid: 9, flags: [#"\Recent"#], size: 1))),
        .init(name: "status atom", line: "* STATUS INBOX (MESSAGES 1 UIDNEXT 2 UIDVALIDITY 1795355592)",
              expected: .status(mailbox: "INBOX", items: ["MESSAGES": 1, "UIDNEXT": 2, "UIDVALIDITY": 1795355592])),
        .init(name: "status quoted with space", line: #"* STATUS "Sent Items" (uidnext 7 uidvalidity 3)"#,
              expected: .status(mailbox: "Sent Items", items: ["UIDNEXT": 7, "UIDVALIDITY": 3])),
        .init(name: "status quoted escape", line: #"* STATUS "a\"b" (UIDNEXT 1)"#,
              expected: .status(mailbox: #"a"b"#, items: ["UIDNEXT": 1])),
        .init(name: "ok uidvalidity", line: "* OK [UIDVALIDITY 3857529045] UIDs valid",
              expected: .condition(status: "OK", code: "UIDVALIDITY", argument: "3857529045", text: "UIDs valid")),
        .init(name: "ok permanentflags", line: #"* OK [PERMANENTFLAGS (\Deleted \Seen \*)] Limited"#,
              expected: .condition(status: "OK", code: "PERMANENTFLAGS", argument: #"(\Deleted \Seen \*)"#, text: "Limited")),
        .init(name: "bye", line: "* BYE Server shutting down", expected: .condition(status: "BYE", code: nil, argument: nil, text: "Server shutting down")),
        .init(name: "flags", line: #"* FLAGS (\Answered \Flagged \Deleted \Seen \Draft $PlaintFiled)"#,
              expected: .flags([#"\Answered"#, #"\Flagged"#, #"\Deleted"#, #"\Seen"#, #"\Draft"#, "$PlaintFiled"])),
        .init(name: "list is other", line: #"* LIST (\HasNoChildren) "/" INBOX"#, expected: .other(#"* LIST (\HasNoChildren) "/" INBOX"#)),
        .init(name: "tagged is other", line: "A003 OK done", expected: .other("A003 OK done")),
        .init(name: "garbage", line: "* 12", expected: .other("* 12")),
        .init(name: "fetch missing list", line: "* 12 FETCH", expected: .other("* 12 FETCH")),
        .init(name: "unclosed list", line: "* 1 FETCH (UID 4 FLAGS (\\Seen", expected: .fetch(sequence: 1, FetchAttributes(uid: 4, flags: ["\\Seen"], size: nil))),
        .init(name: "huge number", line: "* SEARCH 99999999999 3", expected: .search([3])),
        .init(name: "star only", line: "* ", expected: .other("* ")),
    ]

    @Test(arguments: lines)
    func parsesLine(_ c: LineCase) {
        #expect(IMAPResponseParser.parse(line: c.line) == c.expected)
    }

    @Test func searchFiltersTheStarQuirkAndUnsolicitedLines() {
        let out = bytes("* 4 EXISTS\r\n* 1 RECENT\r\n* SEARCH 17\r\n* 2 EXPUNGE\r\n")
        #expect(IMAPResponseParser.searchUIDs(in: out, from: 18) == [])
        #expect(IMAPResponseParser.searchUIDs(in: out, from: 17) == [17])
        let many = bytes("* SEARCH 9 3 5\r\n* 7 EXISTS\r\n* SEARCH 11\r\n")
        #expect(IMAPResponseParser.searchUIDs(in: many, from: 4) == [5, 9, 11])
    }

    @Test func searchAcceptsBareLFAndNoTrailingNewline() {
        #expect(IMAPResponseParser.searchUIDs(in: bytes("* SEARCH 1 2\n* SEARCH 3"), from: 1) == [1, 2, 3])
        #expect(IMAPResponseParser.searchUIDs(in: [], from: 1) == [])
    }

    @Test func listsMessagesIgnoringUnsolicitedAndOutOfRange() {
        let out = bytes("""
        * 3 EXISTS\r
        * 1 FETCH (UID 5 FLAGS (\\Seen) RFC822.SIZE 100)\r
        * 2 FETCH (FLAGS (\\Deleted))\r
        * 3 FETCH (UID 9 FLAGS () RFC822.SIZE 2000)\r
        * 1 RECENT\r
        * 3 FETCH (UID 9 FLAGS ($PlaintFiled))\r

        """)
        let list = IMAPResponseParser.messages(in: out, uids: 6...UInt32.max)
        #expect(list == [MessageInfo(uid: 9, size: 2000, flags: ["$PlaintFiled"])])
        let all = IMAPResponseParser.messages(in: out, uids: 1...UInt32.max)
        #expect(all.map(\.uid) == [5, 9])
        #expect(all[0].hasFlag("\\SEEN"))
    }

    @Test func statusPicksTheRightMailbox() {
        let out = bytes("* 9 EXISTS\r\n* STATUS Other (MESSAGES 1 UIDNEXT 2 UIDVALIDITY 3)\r\n* STATUS inbox (MESSAGES 4 UIDNEXT 5 UIDVALIDITY 6)\r\n")
        #expect(IMAPResponseParser.status(in: out, mailbox: "INBOX") == MailboxStatus(uidValidity: 6, uidNext: 5, messages: 4))
        #expect(IMAPResponseParser.status(in: out, mailbox: "Other") == MailboxStatus(uidValidity: 3, uidNext: 2, messages: 1))
        #expect(IMAPResponseParser.status(in: out, mailbox: "Missing") == nil)
        #expect(IMAPResponseParser.status(in: bytes("* STATUS X (MESSAGES 1)\r\n"), mailbox: "X") == nil)
    }

    @Test(arguments: [
        ("* 1 FETCH (UID 7 BODY[] {31457280}", 31457280 as Int?),
        ("* 1 FETCH (UID 7 BODY[HEADER] {0}", 0),
        ("* 1 FETCH (UID 7 BODY[] {12+}", nil),
        ("* 1 FETCH (UID 7 BODY[] \"\"", nil),
        ("* 1 FETCH (UID 7 BODY[] {}", nil),
        ("{99999999999999999999}", nil),
    ])
    func literalSize(_ line: String, _ expected: Int?) {
        #expect(IMAPResponseParser.literalSize(atEndOf: line) == expected)
    }

    @Test func uidValidityFromSelectLines() {
        #expect(IMAPResponseParser.uidValidity(inLine: "* OK [UIDVALIDITY 1795355592] UIDs valid") == 1795355592)
        #expect(IMAPResponseParser.uidValidity(inLine: "* OK [UIDNEXT 4] Predicted next UID") == nil)
        #expect(IMAPResponseParser.uidValidity(inLine: "* OK [UIDVALIDITY x] bad") == nil)
    }

    @Test func messageIDFromHeaderFields() {
        #expect(IMAPResponseParser.messageID(inHeader: bytes("Message-ID: <a@b>\r\n\r\n")) == "<a@b>")
        #expect(IMAPResponseParser.messageID(inHeader: bytes("message-id:\r\n <folded@x>  \r\n\r\n")) == "<folded@x>")
        #expect(IMAPResponseParser.messageID(inHeader: bytes("\r\n")) == nil)
        #expect(IMAPResponseParser.messageID(inHeader: bytes("Subject: x\r\nMessage-Id: <c@d>\r\nX: y\r\n")) == "<c@d>")
    }

    @Test func tokenizerNeverTrapsOnRandomBytes() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("* ()[]{}\"\\0123456789 UIDFETCHSEARCH\r\n".utf8)
        for _ in 0..<2000 {
            let n = Int.random(in: 0..<40, using: &rng)
            let line = String(decoding: (0..<n).map { _ in alphabet.randomElement(using: &rng)! }, as: UTF8.self)
            _ = IMAPResponseParser.parse(line: "* " + line)
            _ = IMAPResponseParser.responses(in: Array(line.utf8))
        }
    }
}
