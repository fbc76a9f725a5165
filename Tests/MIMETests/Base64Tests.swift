import Testing
@testable import MIME

struct Base64Tests {
    @Test(arguments: [
        ("aGVsbG8gd29ybGQ=", "hello world"),
        ("aGVsbG8gd29ybGQ", "hello world"),          // missing padding
        ("aGVs\r\nbG8g\n d29y bGQ=", "hello world"),  // whitespace and line breaks
        ("aGVs*bG8g!d29ybGQ=", "hello world"),        // junk skipped
        ("aGk=aGk=", "hihi"),                         // concatenated padded blocks
        ("", ""),
    ])
    func decodes(input: String, expected: String) {
        #expect(String(decoding: Base64.decode(Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func reportsJunk() {
        var junk = false
        let b = Array("aGk*".utf8)
        _ = Base64.decode(b, 0..<b.count, junk: &junk)
        #expect(junk)
    }
}
