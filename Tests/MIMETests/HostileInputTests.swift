import Foundation
import Testing
@testable import MIME

/// Hostile and broken input: always a message, quickly, with defects recorded.
struct HostileInputTests {
    /// Runs `body` and checks it finished within `seconds` (debug build, shared machine: generous).
    private func timed<T>(_ seconds: Double, _ body: () -> T) -> T {
        let start = Date()
        let r = body()
        #expect(Date().timeIntervalSince(start) < seconds)
        return r
    }

    @Test func emptyInput() {
        let m = Message.parse([])
        #expect(m.defects.contains(.emptyInput))
        #expect(m.text == "")
        #expect(m.rawSize == 0)
    }

    @Test func binaryGarbage() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let bytes = (0..<Int.random(in: 1...4096, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let m = Message.parse(bytes)
            _ = m.text; _ = m.attachments; _ = m.from; _ = m.date; _ = m.html
            #expect(m.rawSize == bytes.count)
        }
    }

    @Test func deepNestingIsLimited() {
        var text = ""
        for d in 0..<150 { text += "Content-Type: multipart/mixed; boundary=b\(d)\n\n--b\(d)\n" }
        text += "Content-Type: text/plain\n\ndeep\n"
        let m = timed(5) { parse(text) }
        #expect(m.defects.contains(.nestingTooDeep(limit: 100)))
        var limits = Limits()
        limits.maxNesting = 200
        let full = Message.parse(mail(text), limits: limits)
        #expect(full.text == "deep")
    }

    @Test func deepMessageNesting() {
        let text = String(repeating: "Content-Type: message/rfc822\n\n", count: 300) + "Subject: x\n\nbottom"
        let m = timed(5) { parse(text) }
        #expect(m.defects.contains(.nestingTooDeep(limit: 100)))
    }

    @Test func hugeSingleLineBody() {
        var bytes = Array("Subject: big\r\nContent-Type: text/plain\r\n\r\n".utf8)
        bytes.append(contentsOf: [UInt8](repeating: UInt8(ascii: "x"), count: 20_000_000))
        let m = timed(20) { Message.parse(bytes) }
        #expect(m.subject == "big")
        #expect(m.text.utf8.count == 20_000_000)
    }

    @Test func hugeSingleLineInMultipartAndHeader() {
        var bytes = Array("Subject: ".utf8)
        bytes.append(contentsOf: [UInt8](repeating: UInt8(ascii: "="), count: 5_000_000)) // "=?" scanning stays linear
        bytes.append(contentsOf: Array("?\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n".utf8))
        bytes.append(contentsOf: [UInt8](repeating: UInt8(ascii: "-"), count: 10_000_000)) // many near-boundary dashes
        let m = timed(20) { Message.parse(bytes) }
        #expect(m.subject?.utf8.count == 5_000_001)
        #expect(m.defects.contains(.missingFinalBoundary))
    }

    @Test func tenThousandHeaders() {
        var text = ""
        for i in 0..<10_500 { text += "X-H\(i): v\(i)\n" }
        text += "Subject: last\n\nbody"
        let m = timed(10) { parse(text) }
        #expect(m.header.fields.count == 10_000)
        #expect(m.defects.contains(.tooManyHeaders(limit: 10_000)))
        #expect(m.text == "body")
    }

    @Test(arguments: [
        "Subject: =?utf-8?B?unterminated\n\nx",
        "From: \"never closed <a@b.com>\n\nx",
        "From: (never closed comment\n\nx",
        "Content-Type: text/plain; charset=\"unterminated\n\nx",
        "Content-Type: multipart/mixed; boundary=\"\"\n\nx",
        "Content-Type: message/rfc822\n\n",
        "Content-Type: multipart/mixed; boundary=b\n\n--b--\n",
        "Content-Transfer-Encoding: base64\n\n====",
        "Content-Transfer-Encoding: quoted-printable\n\n=",
        "\n\n\n",
        ":\n\n",
        " folded first line\n\nx",
        "\r\r\r\r",
    ])
    func unterminatedAndDegenerateInput(text: String) {
        let m = parse(text)
        _ = m.text; _ = m.attachments; _ = m.from; _ = m.embeddedMessages
        #expect(m.rawSize == mail(text).count)
    }

    @Test func manyBoundariesLinear() {
        var text = "Content-Type: multipart/mixed; boundary=b\n\n"
        for i in 0..<20_000 { text += "--b\nContent-Type: text/plain\n\np\(i)\n" }
        text += "--b--\n"
        let m = timed(10) { parse(text) }
        guard case .multipart(let parts) = m.body.content else { Issue.record("not multipart"); return }
        #expect(parts.count == 20_000)
    }

    @Test func partTooLargeIsTruncated() {
        var limits = Limits()
        limits.maxPartBytes = 10
        let m = Message.parse(mail("Content-Type: application/pdf\n\n0123456789abcdef"), limits: limits)
        #expect(m.attachments.first?.size == 10)
        #expect(m.defects.contains(.partTooLarge(limit: 10)))
    }
}
