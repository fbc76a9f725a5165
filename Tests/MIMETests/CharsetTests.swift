import Testing
@testable import MIME

struct CharsetTests {
    /// Text per charset label; bytes are produced with iconv under the label's canonical name.
    @Test(arguments: [
        ("utf-8", "投诉 café"),
        ("us-ascii", "plain"),
        ("iso-8859-1", "café über"),
        ("iso-8859-2", "Zażółć gęślą"),
        ("iso-8859-5", "Жалоба"),
        ("iso-8859-7", "Παράπονο"),
        ("iso-8859-15", "prix 10 €"),
        ("windows-1250", "Stížnost"),
        ("windows-1251", "Жалоба клиента"),
        ("windows-1252", "“quoted” – café"),
        ("windows-1253", "Παράπονο"),
        ("windows-1254", "Şikâyet"),
        ("windows-1255", "תלונה"),
        ("windows-1256", "شكوى"),
        ("windows-1257", "Skundas ąčę"),
        ("windows-1258", "khiếu nại"),
        ("gb2312", "投诉服务"),
        ("gbk", "投诉 镕"),
        ("gb18030", "投诉 €"),
        ("big5", "投訴服務"),
        ("big5-hkscs", "投訴"),
        ("shift_jis", "苦情です"),
        ("euc-jp", "苦情です"),
        ("iso-2022-jp", "苦情です、よろしく"),
        ("euc-kr", "불만 사항"),
        ("ks_c_5601-1987", "불만 사항"),
        ("koi8-r", "Жалоба"),
        ("koi8-u", "Скарга їжак"),
        ("utf-7", "Hi 投诉"),
    ])
    func decodesCharset(label: String, text: String) throws {
        let name = try #require(Charset.canonicalName(label))
        let bytes = encode(text, name)
        #expect(Charset.decode(bytes, charset: label) == text)
    }

    @Test func gbkLiteralBytes() {
        #expect(Charset.decode([0xCD, 0xB6, 0xCB, 0xDF], charset: "GB2312") == "投诉")
        #expect(Charset.decode([0xCD, 0xB6, 0xCB, 0xDF], charset: "x-gbk") == "投诉")
    }

    @Test(arguments: [
        ("x-sjis", "CP932"), ("ks_c_5601-1987", "CP949"), ("x-gbk", "GB18030"), ("cp936", "GB18030"),
        ("cp1252", "CP1252"), ("latin1", "CP1252"), ("utf8", "UTF-8"), ("unicode-1-1-utf-7", "UTF-7"),
        ("\"UTF-8\"", "UTF-8"), (" Windows-1251 ", "CP1251"), ("iso_8859-2:1987", "ISO-8859-2"), ("gb2312", "GB18030"),
    ])
    func aliases(label: String, canonical: String) {
        #expect(Charset.canonicalName(label) == canonical)
    }

    @Test func invalidBytesBecomeReplacementAndDecodingGoesOn() {
        // GBK "投" + a lone invalid byte 0xFF + "诉"
        let r = Charset.decodeReporting([0xCD, 0xB6, 0xFF, 0xCB, 0xDF], charset: "gbk")
        #expect(r.text == "投\u{FFFD}诉")
        #expect(r.invalid)
        let u = Charset.decodeReporting([0x61, 0xC3, 0x62], charset: "utf-8")
        #expect(u.text == "a\u{FFFD}b")
        #expect(u.invalid)
    }

    @Test func truncatedMultibyteAtEnd() {
        #expect(Charset.decode([0x61, 0xCD], charset: "gbk") == "a\u{FFFD}")
    }

    @Test func unknownLabelsFallBack() {
        let r = Charset.decodeReporting(Array("投诉".utf8), charset: "x-no-such")
        #expect(r.text == "投诉")
        #expect(r.unknown)
        #expect(Charset.decode([0x63, 0x61, 0x66, 0xE9], charset: "x-no-such") == "café")
        #expect(Charset.decode([0x63, 0x61, 0x66, 0xE9], charset: nil) == "café")
    }

    @Test func mislabelledAsciiIsGuessed() {
        #expect(Charset.decode(Array("投诉".utf8), charset: "us-ascii") == "投诉")
    }

    @Test func bestGuessOrder() {
        #expect(Charset.decodeBestGuess(Array("投诉".utf8)) == "投诉")
        #expect(Charset.decodeBestGuess(encode("我要投诉你们的服务", "GB18030")) == "我要投诉你们的服务")
        #expect(Charset.decodeBestGuess(encode("Grüße aus Köln", "CP1252")) == "Grüße aus Köln")
    }

    @Test func wrongLabelsRepairedWhenTheBytesSayOtherwise() {
        #expect(Charset.decode(Array("café".utf8), charset: "iso-8859-1") == "café")      // UTF-8 labelled Latin-1
        #expect(Charset.decode(Array("投诉处理".utf8), charset: "gb2312") == "投诉处理")  // UTF-8 labelled GB2312
        let gbk = encode("请尽快处理我的投诉，谢谢", "GB18030")
        #expect(Charset.decode(gbk, charset: "utf-8") == "请尽快处理我的投诉，谢谢")         // GBK labelled UTF-8
        // Genuine UTF-8 with one bad byte keeps its text and a single replacement.
        #expect(Charset.decode(Array("投诉".utf8) + [0xFF] + Array("服务".utf8), charset: "utf-8") == "投诉\u{FFFD}服务")
    }
}
