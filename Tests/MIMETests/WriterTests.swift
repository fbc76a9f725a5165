import Foundation
import Testing
@testable import MIME

/// Helpers over rendered bytes.
private func lines(_ bytes: [UInt8]) -> [[UInt8]] {
    var result: [[UInt8]] = []
    var start = 0
    var i = 0
    while i + 1 < bytes.count {
        if bytes[i] == 0x0D, bytes[i + 1] == 0x0A { result.append(Array(bytes[start..<i])); i += 2; start = i } else { i += 1 }
    }
    if start < bytes.count { result.append(Array(bytes[start...])) }
    return result
}

private func headerBlock(_ bytes: [UInt8]) -> String {
    let s = String(decoding: bytes, as: UTF8.self)
    return String(s[..<(s.range(of: "\r\n\r\n")?.lowerBound ?? s.endIndex)])
}

/// Every line ends in CRLF, no bare CR or LF, no line over 998 octets.
private func expectWireForm(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(bytes.suffix(2) == [0x0D, 0x0A], sourceLocation: sourceLocation)
    for (i, b) in bytes.enumerated() {
        if b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D, "bare LF at \(i)", sourceLocation: sourceLocation) }
        if b == 0x0D { #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A, "bare CR at \(i)", sourceLocation: sourceLocation) }
    }
    #expect(lines(bytes).allSatisfy { $0.count <= 998 }, sourceLocation: sourceLocation)
}

private let fixedDate = Date(timeIntervalSince1970: 1_795_348_800)  // Sun, 22 Nov 2026 12:00:00 +0000
private let company = Address(name: "Complaints Desk", email: "complaints@company.example")

struct WriterRoundTripTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var name: String
        var subject: String
        var text: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "english", name: "Ann O'Neil", subject: "Re: Broken heater [CMP-2026-000123]",
             text: "Dear Ann,\n\nWe received your complaint and will answer within 2 working days.\n\n-- \nComplaints Desk\n"),
        Case(id: "chinese", name: "王小明", subject: "Re: 暖气坏了，三天没有修好 [CMP-2026-000124]",
             text: "王先生您好：\n\n我们已收到您的投诉，将在两个工作日内答复。\n\n投诉处理中心\n"),
        Case(id: "mixed", name: "José Müller \"JM\"", subject: "Re: Überweisung fehlgeschlagen – 退款 [CMP-2026-000125]",
             text: "Grüße,\nthe refund (退款) is on its way.\n" + Array(repeating: "long line", count: 40).joined(separator: " ") + "\n"),
    ]

    @Test(arguments: cases)
    func buildThenParseGivesTheSameMessage(_ c: Case) {
        let m = OutgoingMessage(from: company, to: [Address(name: c.name, email: "customer@example.com")],
                                subject: c.subject, text: c.text,
                                inReplyTo: "orig-1@mail.example.com", references: ["root@mail.example.com"],
                                headers: [("Auto-Submitted", "auto-replied")],
                                messageID: "reply-1@company.example", date: fixedDate)
        let bytes = m.bytes
        expectWireForm(bytes)
        let parsed = Message.parse(bytes)
        #expect(parsed.defects.isEmpty, "\(parsed.defects)")
        #expect(parsed.subject == c.subject)
        #expect(parsed.text == c.text.trimmingCharacters(in: .newlines))
        #expect(parsed.from == [Address(name: "Complaints Desk", email: "complaints@company.example")])
        #expect(parsed.to == [Address(name: c.name, email: "customer@example.com")])
        #expect(parsed.messageID == "reply-1@company.example")
        #expect(parsed.inReplyTo == ["orig-1@mail.example.com"])
        #expect(parsed.references == ["root@mail.example.com", "orig-1@mail.example.com"])
        #expect(parsed.header.first("Auto-Submitted") == "auto-replied")
        #expect(parsed.header.first("MIME-Version") == "1.0")
        #expect(parsed.date == fixedDate)
        // Headers are pure ASCII on the wire.
        #expect(headerBlock(bytes).utf8.allSatisfy { $0 < 0x80 })
    }

    @Test func chineseBodyIsBase64AndEnglishIs7bitOrQuotedPrintable() {
        func cte(_ text: String) -> String? {
            Message.parse(OutgoingMessage(from: company, to: [], subject: "x", text: text, date: fixedDate).bytes)
                .header.first("Content-Transfer-Encoding")
        }
        #expect(cte("我们已收到您的投诉，将在两个工作日内答复。") == "base64")
        #expect(cte("Plain short lines.\nSecond line.") == "7bit")
        #expect(cte("Café crème — 3 € please") == "quoted-printable")
        #expect(cte(String(repeating: "x", count: 2000)) == "quoted-printable")  // a 2000-byte line
    }

    @Test func htmlMakesMultipartAlternativeTextFirst() {
        let m = OutgoingMessage(from: company, to: [Address(email: "customer@example.com")],
                                subject: "Ihr Anliegen", text: "Hallo,\nwir kümmern uns.",
                                html: "<p>Hallo,<br>wir <b>kümmern</b> uns.</p>", date: fixedDate)
        let bytes = m.bytes
        expectWireForm(bytes)
        let parsed = Message.parse(bytes)
        #expect(parsed.body.contentType.mimeType == "multipart/alternative")
        #expect(parsed.text == "Hallo,\nwir kümmern uns.")
        #expect(parsed.html?.contains("<b>kümmern</b>") == true)
        guard case .multipart(let parts) = parsed.body.content else { Issue.record("not multipart"); return }
        #expect(parts.map(\.contentType.mimeType) == ["text/plain", "text/html"])
    }
}

struct WriterHeaderTests {
    @Test(arguments: ["Ann\r\nBcc: x@y", "Ann\nBcc: x@y", "Ann\rBcc: x@y", "Ann\u{0}\u{85}\u{2028}Bcc: x@y"])
    func headerInjectionInNameAndSubjectIsNeutralised(_ evil: String) {
        let m = OutgoingMessage(from: company, to: [Address(name: evil, email: "customer@example.com")],
                                subject: "Re: " + evil, text: "hi", headers: [("X-Customer-Ref", evil)],
                                messageID: "a@b", date: fixedDate)
        let bytes = m.bytes
        expectWireForm(bytes)
        let head = headerBlock(bytes)
        // No header line starts with Bcc, and every continuation line starts with a space.
        for l in head.components(separatedBy: "\r\n") {
            #expect(!l.lowercased().hasPrefix("bcc"))
        }
        let parsed = Message.parse(bytes)
        #expect(!parsed.header.contains("Bcc"))
        #expect(parsed.to.count == 1)
        #expect(parsed.to.first?.email == "customer@example.com")
        #expect(parsed.to.first?.name == "Ann Bcc: x@y")
        #expect(parsed.subject == "Re: Ann Bcc: x@y")
        #expect(parsed.header.first("X-Customer-Ref") == "Ann Bcc: x@y")
    }

    @Test func injectionThroughAddressesAndMessageIDsIsNeutralised() {
        let m = OutgoingMessage(from: company, to: [Address(email: "a@example.com>\r\nBcc: <x@y")],
                                subject: "s", text: "t", inReplyTo: "id@x>\r\nBcc: y@z",
                                references: ["r@x\r\nBcc: q@q"], messageID: "m@company.example", date: fixedDate)
        let parsed = Message.parse(m.bytes)
        #expect(!parsed.header.contains("Bcc"))
        #expect(parsed.to.count == 1)
        #expect(!headerBlock(m.bytes).contains("\r\nBcc"))
    }

    @Test func longSubjectsFoldAt78AndStayUnder998() {
        let subjects = [
            String(repeating: "complaint ", count: 300),
            String(repeating: "投诉", count: 600),
            String(repeating: "x", count: 3000),  // one word longer than a line: encoded and split
            "Re: " + String(repeating: "ü", count: 500),
        ]
        for s in subjects {
            let bytes = OutgoingMessage(from: company, to: [], subject: s, text: "t", date: fixedDate).bytes
            expectWireForm(bytes)
            for l in lines(Array(headerBlock(bytes).utf8)) {
                #expect(l.count <= 78, "header line of \(l.count) octets")
            }
            #expect(Message.parse(bytes).subject == HeaderEncoder.sanitize(s))
        }
    }

    @Test func manyRecipientsAndReferencesFold() {
        let to = (0..<60).map { Address(name: "Customer \($0)", email: "customer\($0)@example.com") }
        let refs = (0..<80).map { "ref\($0).\(String(repeating: "z", count: 30))@mail.example.com" }
        let bytes = OutgoingMessage(from: company, to: to, subject: "s", text: "t",
                                    inReplyTo: refs.last, references: refs, date: fixedDate).bytes
        expectWireForm(bytes)
        for l in lines(Array(headerBlock(bytes).utf8)) { #expect(l.count <= 78) }
        let parsed = Message.parse(bytes)
        #expect(parsed.to == to)
        #expect(parsed.references == refs)
        #expect(parsed.inReplyTo == [refs.last!])
    }

    @Test(arguments: [
        ("Ann Lee", "\"Ann Lee\" <a@example.com>"),
        ("Ann \"the\" Lee\\", "\"Ann \\\"the\\\" Lee\\\\\" <a@example.com>"),
        ("王小明", "=?UTF-8?B?546L5bCP5piO?= <a@example.com>"),
        ("", "<a@example.com>"),
    ])
    func addressForms(name: String, expected: String) {
        #expect(HeaderEncoder.field("To", addresses: [Address(name: name, email: "a@example.com")]) == "To: " + expected)
    }

    @Test func encodedWordsAreAtMost75CharactersAndSplitOnScalars() {
        let words = HeaderEncoder.encodedWords(String(repeating: "投诉😀é", count: 50), phrase: false)
        #expect(words.count > 1)
        for w in words { #expect(w.utf8.count <= 75) }
        #expect(EncodedWord.decode(words.joined(separator: " ")) == String(repeating: "投诉😀é", count: 50))
        let q = HeaderEncoder.encodedWords("Grüße an José_und=Co?", phrase: true)
        #expect(q.allSatisfy { $0.hasPrefix("=?UTF-8?Q?") })
        #expect(EncodedWord.decode(q.joined(separator: " ")) == "Grüße an José_und=Co?")
    }

    @Test func dates() {
        #expect(OutgoingMessage.rfc5322Date(fixedDate) == "Sun, 22 Nov 2026 12:00:00 +0000")
        #expect(OutgoingMessage.rfc5322Date(Date(timeIntervalSince1970: 0)) == "Thu, 01 Jan 1970 00:00:00 +0000")
        #expect(OutgoingMessage.rfc5322Date(Date(timeIntervalSince1970: 951_782_400)) == "Tue, 29 Feb 2000 00:00:00 +0000")
    }

    @Test func messageIDsAreUniqueAndInTheSendersDomain() {
        let g = MessageIDGenerator(forAddress: "complaints@company.example")
        let ids = (0..<1000).map { _ in g.next() }
        #expect(Set(ids).count == 1000)
        #expect(ids.allSatisfy { $0.hasSuffix("@company.example") && HeaderEncoder.cleanMessageID($0) == $0 })
        let m = OutgoingMessage(from: company, to: [], subject: "s", text: "t")
        #expect(m.messageID.hasSuffix("@company.example"))
        #expect(Message.parse(m.bytes).messageID == m.messageID)
    }

    @Test func threadingWithoutReferencesUsesInReplyTo() {
        let p = Message.parse(OutgoingMessage(from: company, to: [], subject: "s", text: "t",
                                              inReplyTo: "<orig@x>", date: fixedDate).bytes)
        #expect(p.inReplyTo == ["orig@x"])
        #expect(p.references == ["orig@x"])
        let none = Message.parse(OutgoingMessage(from: company, to: [], subject: "s", text: "t", date: fixedDate).bytes)
        #expect(!none.header.contains("In-Reply-To") && !none.header.contains("References"))
    }
}

struct WriterBodyTests {
    @Test(arguments: [
        "a\nb\r\nc\rd",
        "trailing space   \nand tab\t\nend",
        "=equals= and .dot\n.leading dot\nFrom the start\n",
        "Grüße " + String(repeating: "ä", count: 300),
        String(repeating: "投诉", count: 500),
        "control \u{1} char",
        "",
    ])
    func bodiesRoundTripInWireForm(_ text: String) {
        let (cte, bytes) = BodyEncoder.encode(text)
        expectWireForm(bytes)
        for l in lines(bytes) { #expect(l.count <= 76) }
        // Decode with the module's own parser.
        let msg = Array("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: \(cte.rawValue)\r\n\r\n".utf8) + bytes
        guard case .text(let decoded) = Message.parse(msg).body.content else { Issue.record("no text"); return }
        let expected = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        #expect(decoded.trimmingCharacters(in: .newlines) == expected.trimmingCharacters(in: .newlines))
        if cte == .quotedPrintable {
            let s = String(decoding: bytes, as: UTF8.self)
            #expect(!s.contains("\r\n.") && !s.contains("\r\nFrom "))
            #expect(!s.contains(" \r\n") && !s.contains("\t\r\n"))
        }
    }
}
