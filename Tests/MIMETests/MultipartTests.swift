import Testing
@testable import MIME

struct MultipartTests {
    static let alternative = """
    From: Customer <c@example.com>
    Subject: Complaint
    MIME-Version: 1.0
    Content-Type: multipart/alternative; boundary="alt"

    This is the preamble.
    --alt
    Content-Type: text/plain; charset=utf-8
    Content-Transfer-Encoding: quoted-printable

    Plain caf=C3=A9 version.
    --alt
    Content-Type: text/html; charset=utf-8

    <p>HTML <b>version</b></p>
    --alt--
    This is the epilogue.
    """

    @Test func alternativePrefersPlain() {
        let m = parse(Self.alternative)
        #expect(m.text == "Plain café version.")
        #expect(m.html == "<p>HTML <b>version</b></p>")
        #expect(m.attachments.isEmpty)
        #expect(m.defects.isEmpty)
    }

    @Test func alternativeWithBlankPlainUsesHTML() {
        let m = parse("""
        Content-Type: multipart/alternative; boundary=b

        --b
        Content-Type: text/plain

        \u{20}
        --b
        Content-Type: text/html

        <div>Only in HTML &amp; more</div>
        --b--
        """)
        #expect(m.text == "Only in HTML & more")
    }

    @Test func nestedMixedRelatedAlternativeWithAttachments() throws {
        let m = parse("""
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: multipart/related; boundary="rel"

        --rel
        Content-Type: multipart/alternative; boundary="alt"

        --alt
        Content-Type: text/plain; charset=gbk
        Content-Transfer-Encoding: base64

        zbbL3w==
        --alt
        Content-Type: text/html; charset=utf-8

        <p>投诉 <img src="cid:img1@x"></p>
        --alt--
        --rel
        Content-Type: image/png
        Content-ID: <img1@x>
        Content-Disposition: inline
        Content-Transfer-Encoding: base64

        iVBORw0KGgo=
        --rel--
        --outer
        Content-Type: application/pdf; name="=?utf-8?B?5oqV6K+J?=.pdf"
        Content-Disposition: attachment
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --outer--
        """)
        #expect(m.text == "投诉")
        let a = m.attachments
        #expect(a.count == 2)
        let img = try #require(a.first)
        #expect(img.contentType == "image/png")
        #expect(img.isInline)
        #expect(img.contentID == "img1@x")
        #expect(img.filename == "attachment-1.png")
        #expect(img.bytes == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try #require(a.last)
        #expect(pdf.filename == "投诉.pdf")
        #expect(pdf.bytes == Array("%PDF-1.4\n".utf8))
        #expect(pdf.size == 9)
        #expect(pdf.sha256 == SHA256.hex(Array("%PDF-1.4\n".utf8)))
        #expect(!pdf.isInline)
        #expect(m.parts.count == 4)
    }

    @Test func mixedInlineTextPartsJoinedWithBlankLine() {
        let m = parse("""
        Content-Type: multipart/mixed; boundary=b

        --b
        Content-Type: text/plain

        First part.
        --b
        Content-Type: text/plain; name=notes.txt
        Content-Disposition: attachment; filename=notes.txt

        attached text
        --b
        Content-Type: text/plain
        Content-Disposition: inline

        Second part.
        --b--
        """)
        #expect(m.text == "First part.\n\nSecond part.")
        #expect(m.attachments.map(\.filename) == ["notes.txt"])
        #expect(m.attachments.first?.bytes == Array("attached text".utf8))
    }

    @Test func missingFinalBoundary() {
        let m = parse("""
        Content-Type: multipart/mixed; boundary=b

        --b
        Content-Type: text/plain

        Never closed.
        """)
        #expect(m.text == "Never closed.")
        #expect(m.defects.contains(.missingFinalBoundary))
    }

    @Test func boundaryLinesWithTrailingWhitespaceAndSimilarBoundaries() {
        let m = parse("""
        Content-Type: multipart/mixed; boundary="==P_0"

        --==P_0 \t
        Content-Type: multipart/alternative; boundary="==P_0_1"

        --==P_0_1
        Content-Type: text/plain

        inner
        --==P_0_1--
        --==P_0--\u{20}
        """)
        #expect(m.text == "inner")
        #expect(m.defects.isEmpty)
    }

    @Test func multipartWithoutBoundaryIsText() {
        let m = parse("Content-Type: multipart/mixed\n\nJust text really.")
        #expect(m.text == "Just text really.")
        #expect(m.defects.contains(.missingBoundary))
    }

    @Test func boundaryThatNeverAppears() {
        let m = parse("Content-Type: multipart/mixed; boundary=zzz\n\nText without parts.")
        #expect(m.text == "Text without parts.")
        #expect(m.defects.contains(.missingBoundary))
    }

    @Test func missingOrBrokenContentTypeDefaultsToTextPlain() {
        #expect(parse("Subject: x\n\nhello").body.contentType.mimeType == "text/plain")
        let m = parse("Content-Type: ;;;\n\nhello")
        #expect(m.body.contentType.mimeType == "text/plain")
        #expect(m.text == "hello")
    }

    @Test func partWithoutHeaders() {
        let m = parse("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nno header here\n--b--")
        #expect(m.text == "no header here")
    }

    @Test func embeddedMessageParsedButNotInTextOrAttachments() throws {
        let m = parse("""
        Subject: Fwd: complaint
        Content-Type: multipart/mixed; boundary=b

        --b
        Content-Type: text/plain

        See the attached complaint.
        --b
        Content-Type: message/rfc822
        Content-Disposition: attachment; filename="orig.eml"

        From: =?utf-8?B?5byg5LiJ?= <zhang@x.cn>
        Subject: =?utf-8?B?5oqV6K+J?=
        Content-Type: multipart/mixed; boundary=inner

        --inner
        Content-Type: text/plain; charset=utf-8

        原始投诉内容
        --inner
        Content-Type: image/jpeg; name=photo.jpg
        Content-Transfer-Encoding: base64

        /9j/
        --inner--
        --b--
        """)
        #expect(m.text == "See the attached complaint.")
        #expect(m.attachments.isEmpty)
        let inner = try #require(m.embeddedMessages.first)
        #expect(m.embeddedMessages.count == 1)
        #expect(inner.subject == "投诉")
        #expect(inner.from.first?.name == "张三")
        #expect(inner.text == "原始投诉内容")
        #expect(inner.attachments.map(\.filename) == ["photo.jpg"])
    }

    @Test func base64EncodedEmbeddedMessage() throws {
        let inner = "Subject: inner\r\n\r\ninner body"
        let b64 = "U3ViamVjdDogaW5uZXINCg0KaW5uZXIgYm9keQ=="
        #expect(String(decoding: Base64.decode(Array(b64.utf8)), as: UTF8.self) == inner)
        let m = parse("Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n\(b64)")
        let e = try #require(m.embeddedMessages.first)
        #expect(e.subject == "inner")
        #expect(e.text == "inner body")
    }

    @Test func digestDefaultsToMessageParts() {
        let m = parse("""
        Content-Type: multipart/digest; boundary=d

        --d

        Subject: one

        first
        --d

        Subject: two

        second
        --d--
        """)
        #expect(m.embeddedMessages.map(\.subject) == ["one", "two"])
    }

    @Test func deliveryStatusReport() {
        let m = parse("""
        Content-Type: multipart/report; report-type=delivery-status; boundary=r

        --r
        Content-Type: text/plain

        Delivery failed.
        --r
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.com
        Action: failed
        --r
        Content-Type: text/rfc822-headers

        Subject: original
        --r--
        """)
        #expect(m.text == "Delivery failed.")
        #expect(m.attachments.isEmpty)
        #expect(m.parts.map(\.contentType.mimeType) == ["text/plain", "message/delivery-status", "text/rfc822-headers"])
    }

    @Test func nonTextLeafIsAttachmentEvenWithoutDisposition() {
        let m = parse("""
        Content-Type: multipart/mixed; boundary=b

        --b
        Content-Type: text/plain

        Body
        --b
        Content-Type: application/octet-stream

        \u{01}\u{02}
        --b
        Content-Type: text/calendar

        BEGIN:VCALENDAR
        --b--
        """)
        #expect(m.text == "Body")
        #expect(m.attachments.map(\.filename) == ["attachment-1.bin", "attachment-2.ics"])
    }

    @Test func textPartWithoutCharsetUsesBestGuess() {
        let bytes = Array("Content-Type: text/plain\r\n\r\n".utf8) + encode("请尽快处理我的投诉", "GB18030")
        #expect(Message.parse(bytes).text == "请尽快处理我的投诉")
        let utf8 = Array("Subject: x\r\n\r\n投诉".utf8)
        #expect(Message.parse(utf8).text == "投诉")
    }

    @Test func gb2312LabelledGBKBody() {
        // 镕 exists in GBK but not GB2312.
        let bytes = Array("Content-Type: text/plain; charset=gb2312\r\n\r\n".utf8) + encode("朱镕基", "GBK")
        #expect(Message.parse(bytes).text == "朱镕基")
    }

    @Test func unknownCharsetRecordsDefect() {
        let m = parse("Content-Type: text/plain; charset=x-unknown-thing\n\nhello")
        #expect(m.text == "hello")
        #expect(m.defects.contains(.unknownCharset("x-unknown-thing")))
    }

    @Test func eightBitAndBinaryTransferEncodings() {
        for te in ["7bit", "8bit", "binary", "x-unknown"] {
            let m = parse("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: \(te)\n\ncafé")
            #expect(m.text == "café", "\(te)")
        }
    }

    @Test func htmlWithoutCharsetParameterUsesMetaCharset() {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body>投訴</body></html>"
        let bytes = Array("Content-Type: text/html\r\n\r\n".utf8) + encode(html, "BIG5-HKSCS")
        #expect(Message.parse(bytes).text == "投訴")
    }

    @Test func relatedImageWithContentIDIsInline() {
        let m = parse("""
        Content-Type: multipart/related; boundary=r

        --r
        Content-Type: text/html

        <img src="cid:logo">Hi
        --r
        Content-Type: image/gif
        Content-ID: <logo>
        Content-Transfer-Encoding: base64

        R0lGODlh
        --r--
        """)
        #expect(m.text == "Hi")
        #expect(m.attachments.map(\.isInline) == [true])
        #expect(m.attachments.map(\.contentID) == ["logo"])
    }

    @Test func utf16BodyWithCRLF() {
        let bytes = Array("Content-Type: text/plain; charset=utf-16\r\n\r\n".utf8) + encode("投诉\r\n第二行", "UTF-16")
        #expect(Message.parse(bytes).text == "投诉\n第二行")
    }

    @Test func misspelledTextSubtypeIsStillBody() {
        let m = parse("Content-Type: text/plian; charset=utf-8\n\nVoicemail broken.")
        #expect(m.text == "Voicemail broken.")
        #expect(m.attachments.isEmpty)
    }

    @Test func controlCharactersDroppedFromText() {
        let m = Message.parse(Array("Subject: x\r\n\r\nbad\u{0}bytes\u{7} here\rnext".utf8))
        #expect(m.text == "badbytes here\nnext")
    }

    @Test func namedInlineBodyIsReadWhenNothingElseIs() {
        let m = parse("""
        Content-Type: multipart/mixed; boundary=b

        --b
        Content-Type: text/plain; charset=utf-8; name="message.txt"
        Content-Disposition: inline; filename="message.txt"

        My only text.
        --b
        Content-Type: image/jpeg; name=a.jpg

        x
        --b--
        """)
        #expect(m.text == "My only text.")
        #expect(m.attachments.map(\.filename) == ["message.txt", "a.jpg"])
    }
}
