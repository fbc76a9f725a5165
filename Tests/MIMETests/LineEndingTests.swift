import Testing
@testable import MIME

/// The same message with CRLF and with bare LF line ends must read the same.
struct LineEndingTests {
    static let samples: [String] = [
        MultipartTests.alternative,
        "Subject: =?utf-8?q?a?=\n =?utf-8?q?b?=\nTo: A <a@x.com>,\n B <b@x.com>\n\nline 1\nline 2\n",
        """
        Content-Type: multipart/mixed; boundary=b

        --b
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: quoted-printable

        soft=
        break and =E6=8A=95=E8=AF=89
        second line
        --b
        Content-Type: application/pdf; name=a.pdf
        Content-Transfer-Encoding: base64

        JVBE
        Ri0x
        --b--
        """,
    ]

    @Test(arguments: samples.indices)
    func crlfAndLFReadTheSame(index: Int) {
        let crlf = parse(Self.samples[index], crlf: true)
        let lf = parse(Self.samples[index], crlf: false)
        #expect(crlf.text == lf.text)
        #expect(!crlf.text.contains("\r"))
        #expect(crlf.subject == lf.subject)
        #expect(crlf.to == lf.to)
        #expect(crlf.attachments == lf.attachments)
        #expect(crlf.defects == lf.defects)
    }

    @Test func qpTextAcrossLineEnds() {
        #expect(parse(Self.samples[2]).text == "softbreak and 投诉\nsecond line")
    }
}
