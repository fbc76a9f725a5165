import Foundation
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

    /// Mail wraps base64 at any width and may break a group of four across lines: the decoder must
    /// give the same bytes whether a group of four arrives whole or split by line breaks and spaces.
    @Test func decodesTheSameBytesHoweverTheTextIsBroken() {
        // A fixed linear congruential sequence (Knuth's MMIX constants): a failure names a round that replays.
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for round in 0..<200 {
            let data = (0..<Int(next() % 300)).map { _ in UInt8(truncatingIfNeeded: next()) }
            let encoded = Array(Data(data).base64EncodedString().utf8)
            var broken: [UInt8] = []
            for c in encoded {
                switch next() % 9 {
                case 0: broken += Array("\r\n".utf8)
                case 1: broken.append(0x20)
                default: break
                }
                broken.append(c)
            }
            var junk = false
            #expect(Base64.decode(broken, 0..<broken.count, junk: &junk) == data, "round \(round)")
            #expect(!junk, "round \(round)")
            // A range inside a larger buffer decodes only its own bytes.
            let framed = Array("==xx".utf8) + broken + Array("!!".utf8)
            #expect(Base64.decode(framed, 4..<(4 + broken.count), junk: &junk) == data, "round \(round)")
        }
    }
}
