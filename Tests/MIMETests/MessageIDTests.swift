import Testing
@testable import MIME

struct MessageIDTests {
    @Test(arguments: [
        ("<abc@x.com>", ["abc@x.com"]),
        ("  <abc@x.com> (comment)", ["abc@x.com"]),
        ("<a@x> <b@y>\r\n <c@z>", ["a@x", "b@y", "c@z"]),
        ("abc@x.com", ["abc@x.com"]),
        ("<unterminated@x", ["unterminated@x"]),
        ("", []),
    ])
    func parses(raw: String, expected: [String]) {
        #expect(MessageIDParser.parse(Array(raw.utf8)) == expected)
    }
}
