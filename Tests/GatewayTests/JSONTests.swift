import Testing
@testable import Gateway

struct JSONTests {
    @Test func roundTripKeepsKeyOrderAndUnicode() throws {
        let text = #"{"b":1,"a":[true,false,null],"s":"投诉 \"quoted\"\n","n":-2.5}"#
        let value = try JSONParser.parse(text)
        #expect(value.serialized == text)
        #expect(value["s"]?.stringValue == "投诉 \"quoted\"\n")
    }

    @Test func escapesControlCharacters() {
        #expect(JSONValue.string("a\u{01}b\tc").serialized == #""a\u0001b\tc""#)
    }

    @Test func surrogatePairsDecode() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#).stringValue == "😀")
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n  \"b\": \n}", 4, "expected a value"),
        ("{\"a\": 1,\n \"a\": 2}", 2, "duplicate key \"a\""),
        ("[1, 2", 1, "unexpected end of input"),
        ("{\"a\": \"x\n\"}", 1, "line break inside a string"),
        ("{} x", 1, "unexpected text after"),
    ])
    func errorsNameTheLine(text: String, line: Int, message: String) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            guard let e = error as? JSONSyntaxError else { return false }
            return e.line == line && e.message.contains(message)
        }
    }

    @Test func remembersTheLineOfEveryKey() throws {
        var parser = JSONParser("{\n\"imap\": {\n  \"url\": \"x\"\n}\n}")
        _ = try parser.parseDocument()
        #expect(parser.keyLines["imap.url"] == 3)
        #expect(parser.keyLines["imap"] == 2)
    }
}
