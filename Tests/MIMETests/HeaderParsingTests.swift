import Testing
@testable import MIME

struct HeaderParsingTests {
    @Test func foldingDuplicatesAndCaseInsensitiveLookup() {
        let m = parse("""
        Subject: a long
         subject line
        X-Tag: one
        x-tag: two
        From: Ann <ann@x.com>

        body
        """)
        #expect(m.subject == "a long subject line")
        #expect(m.header.values("X-TAG") == ["one", "two"])
        #expect(m.header.contains("from"))
        #expect(m.from == [Address(name: "Ann", email: "ann@x.com")])
    }

    @Test func rawKeepsBytesWithoutFoldingLineBreaks() throws {
        let m = parse("Subject: =?utf-8?q?caf=C3=A9?=\n\tnext\n\nx")
        let f = try #require(m.header.fields.first)
        #expect(f.raw == Array("=?utf-8?q?caf=C3=A9?=\tnext".utf8))
        #expect(f.value == "café next")
    }

    @Test func raw8bitSubjects() {
        let gbk = Array("Subject: ".utf8) + encode("我要投诉", "GB18030") + Array("\r\n\r\nx".utf8)
        #expect(Message.parse(gbk).subject == "我要投诉")
        let latin = Array("Subject: ".utf8) + encode("Réclamation reçue", "CP1252") + Array("\r\n\r\nx".utf8)
        #expect(Message.parse(latin).subject == "Réclamation reçue")
    }

    @Test func missingBlankLineEndsHeaderAtFirstNonField() {
        let m = parse("Subject: hi\nThis is the body, no blank line.\nMore.")
        #expect(m.subject == "hi")
        #expect(m.text == "This is the body, no blank line.\nMore.")
        #expect(m.defects.contains(.malformedHeaderLine(line: 2)))
    }

    @Test func noHeaderAtAll() {
        let m = parse("just some text\nand more")
        #expect(m.header.fields.isEmpty)
        #expect(m.text == "just some text\nand more")
        #expect(m.defects.contains(.noHeader))
    }

    @Test func mboxFromLineSkipped() {
        let m = parse("From someone@x.com Sun Nov 22 10:00:00 2026\nSubject: hi\n\nbody")
        #expect(m.subject == "hi")
        #expect(m.text == "body")
    }

    @Test func spaceBeforeColonTolerated() {
        #expect(parse("Subject : hello\n\nx").subject == "hello")
    }

    @Test func messageIDsAndReferences() {
        let m = parse("Message-ID: <id1@x.com>\nIn-Reply-To: <id0@x.com>\nReferences: <a@x>\n <id0@x.com>\n\nx")
        #expect(m.messageID == "id1@x.com")
        #expect(m.inReplyTo == ["id0@x.com"])
        #expect(m.references == ["a@x", "id0@x.com"])
    }

    @Test func encodedLineBreaksCannotForgeHeaderLines() {
        let m = parse("Subject: =?utf-8?Q?Complaint=0D=0ABcc:_victim@example.org?=\nX-Tab: a\u{1}b\n\nx")
        #expect(m.subject == "Complaint  Bcc: victim@example.org")
        #expect(m.header.first("X-Tab") == "a b")
    }
}
