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
