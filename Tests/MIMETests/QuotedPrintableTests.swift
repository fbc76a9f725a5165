import Testing
@testable import MIME

struct QuotedPrintableTests {
    @Test(arguments: [
        ("caf=C3=A9", "café"),
        ("caf=c3=a9", "café"),                        // lowercase hex
        ("soft=\r\nbreak", "softbreak"),
        ("soft=\nbreak", "softbreak"),                // bare LF soft break
        ("soft=  \r\nbreak", "softbreak"),            // blanks after the soft break
        ("100=% sure =XY", "100=% sure =XY"),         // invalid escapes kept literally
        ("trailing   \r\nline", "trailing\r\nline"),  // trailing blanks dropped
        ("a = b", "a = b"),
        ("end=", "end"),
    ])
    func decodes(input: String, expected: String) {
        #expect(String(decoding: QuotedPrintable.decode(Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func qEncodingUnderscoreIsSpace() {
        #expect(QuotedPrintable.decodeQ(Array("a_b=5Fc".utf8)[...]) == Array("a b_c".utf8))
    }
}
