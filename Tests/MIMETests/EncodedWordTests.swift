import Testing
@testable import MIME

struct EncodedWordTests {
    @Test(arguments: [
        ("=?utf-8?B?5oqV6K+J?=", "投诉"),
        ("=?UTF-8?Q?caf=C3=A9_au_lait?=", "café au lait"),
        ("=?gb2312?B?zbbL3w==?=", "投诉"),                                  // GBK bytes labelled gb2312
        ("=?utf-8?q?a?= =?utf-8?q?b?=", "ab"),                              // whitespace between words dropped
        ("=?utf-8?q?a?=\t  =?utf-8?q?b?=", "ab"),
        ("=?utf-8?B?5oo=?= =?utf-8?B?leiviQ==?=", "投诉"),                  // character split across words
        ("Re: =?utf-8?B?5oqV6K+J?= now", "Re: 投诉 now"),                    // spaces around kept
        ("=?utf-8?x?bad?=", "=?utf-8?x?bad?="),                             // unknown encoding left as text
        ("=?utf-8?q?unterminated", "=?utf-8?q?unterminated"),
        ("=?utf-8?q?with space?=", "=?utf-8?q?with space?="),
        ("=?iso-8859-1?q?caf=E9?=", "café"),
        ("=?utf-8*en?q?hi?=", "hi"),                                         // RFC 2231 language
        ("=?no-such-charset?q?plain?=", "plain"),                           // unknown charset falls back
        ("a=?utf-8?q?b?=c", "abc"),                                          // inside a token
        ("=?utf-8?q?a?==?utf-8?q?b?=", "ab"),                               // adjacent without space
        ("=?big5?B?p+u2RA==?=", "投訴"),
        ("=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=", "こんにちは"),
    ])
    func decodes(input: String, expected: String) {
        #expect(EncodedWord.decode(input) == expected)
    }

    @Test func raw8bitHeadersByBestGuess() {
        let gbk: [UInt8] = [0xCD, 0xB6, 0xCB, 0xDF]
        #expect(EncodedWord.decode(gbk, 0..<gbk.count) == "投诉")
        let latin: [UInt8] = Array("M".utf8) + [0xFC] + Array("ller".utf8)
        #expect(EncodedWord.decode(latin, 0..<latin.count) == "Müller")
        let utf8 = Array("投诉 café".utf8)
        #expect(EncodedWord.decode(utf8, 0..<utf8.count) == "投诉 café")
    }
}
