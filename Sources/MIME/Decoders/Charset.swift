#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Charset decoding to Swift strings through glibc iconv (RFC 2046 §4.1.2, RFC 2978 labels).
///
/// Decoding never fails: bytes invalid in the charset become U+FFFD and decoding goes on with the
/// next byte; unknown labels fall back to UTF-8 when the bytes are valid UTF-8, else windows-1252.
/// One `iconv_t` is opened per call (nothing global), which costs a few microseconds.
public enum Charset {
    /// Decodes bytes in the named charset (aliases handled; unknown labels fall back with U+FFFD).
    ///
    ///     Charset.decode([0xCD, 0xB6, 0xCB, 0xDF], charset: "gb2312") // "投诉"
    public static func decode(_ bytes: [UInt8], charset: String?) -> String {
        decodeReporting(bytes, charset: charset).text
    }

    /// The canonical name used for a label (`"x-sjis"` → `"CP932"`), or nil for an unknown label.
    /// Labels are matched case-insensitively, ignoring quotes, blanks and an RFC 2231 `*language`.
    public static func canonicalName(_ label: String) -> String? {
        switch kind(of: normalize(label)) {
        case .utf8: "UTF-8"
        case .ascii: "US-ASCII"
        case .windows1252: "CP1252"
        case .iconv(let name): name
        case .unknown: nil
        }
    }

    /// Decodes 8-bit text of unknown charset by best guess: UTF-8 if valid, else GB18030 when the
    /// bytes look like double-byte Chinese, else windows-1252.
    public static func decodeBestGuess(_ bytes: [UInt8]) -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        if looksLikeGB(bytes), let s = iconvDecode(bytes, from: "GB18030"), !s.invalid { return s.text }
        return windows1252(bytes)
    }

    /// Whether the label names a UTF-16 or UTF-32 encoding (CR and LF are not single bytes).
    static func isWide(_ label: String) -> Bool {
        if case .iconv(let name) = kind(of: normalize(label)) { return isWideName(name) }
        return false
    }

    private static func isWideName(_ name: String) -> Bool {
        name.hasPrefix("UTF-16") || name.hasPrefix("UTF-32") || name.hasPrefix("UCS") || name == "UNICODE"
    }

    struct Result {
        var text: String
        /// The label was not recognised (a fallback was used).
        var unknown = false
        /// Some bytes were invalid in the charset and were replaced.
        var invalid = false
    }

    static func decodeReporting(_ bytes: [UInt8], charset: String?) -> Result {
        let k: Kind = charset.map { kind(of: normalize($0)) } ?? .unknown
        switch k {
        case .utf8:
            var slice = bytes[...]
            if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
            if let s = String(validating: slice, as: UTF8.self) { return Result(text: s) }
            let repaired = String(decoding: slice, as: UTF8.self)
            // Mostly invalid: a legacy charset labelled UTF-8 (common with Chinese mailers).
            let high = slice.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
            let bad = repaired.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
            if bad * 8 > high, looksLikeGB(Array(slice)), let gb = iconvDecode(Array(slice), from: "GB18030"), !gb.invalid {
                return Result(text: gb.text, invalid: true)
            }
            return Result(text: repaired, invalid: true)
        case .ascii:
            // Mislabelled 8-bit text is common: guess rather than replace.
            return Result(text: decodeBestGuess(bytes))
        case .windows1252:
            // UTF-8 labelled Latin-1 is common; real Latin-1 text is almost never valid multibyte UTF-8.
            if hasMultibyteUTF8(bytes), let s = String(validating: bytes, as: UTF8.self) { return Result(text: s) }
            return Result(text: windows1252(bytes))
        case .iconv(let name):
            // Valid UTF-8 with a few multibyte characters is UTF-8 whatever the label says
            // (legacy double-byte text is almost never valid UTF-8 beyond a character or two).
            let high = bytes.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
            let asUTF8 = !isWideName(name) && high > 0 ? String(validating: bytes, as: UTF8.self) : nil
            if let r = iconvDecode(bytes, from: name) {
                if let asUTF8, high >= 6 || r.invalid { return Result(text: asUTF8) }
                return Result(text: r.text, invalid: r.invalid)
            }
            return Result(text: decodeBestGuess(bytes), unknown: true)
        case .unknown:
            return Result(text: decodeBestGuess(bytes), unknown: charset != nil)
        }
    }

    /// Whether any byte could start a UTF-8 multibyte sequence.
    private static func hasMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= 0xC2 }
    }

    enum Kind: Equatable {
        case utf8, ascii, windows1252, unknown
        case iconv(String)
    }

    static func normalize(_ label: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(label.utf8.count)
        for b in label.utf8 {
            if b == UInt8(ascii: "*") { break } // RFC 2231 language suffix
            if b == ASCII.quote || b == UInt8(ascii: "'") || ASCII.isSpace(b) { continue }
            out.append(ASCII.lower(b))
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func kind(of n: String) -> Kind {
        if let k = aliases[n] { return k }
        // iso-8859-N / iso8859-N / iso_8859-N
        for prefix in ["iso-8859-", "iso8859-", "iso_8859-", "iso8859_", "iso-8859_", "iso8859"] where n.hasPrefix(prefix) {
            var num = n.dropFirst(prefix.count)
            if let colon = num.firstIndex(of: ":") { num = num[..<colon] } // iso_8859-1:1987
            if num.hasSuffix("-i") || num.hasSuffix("-e") { num = num.dropLast(2) }
            guard let v = Int(num), (1...16).contains(v), v != 12 else { return .unknown }
            return v == 1 ? .windows1252 : .iconv("ISO-8859-\(v)")
        }
        for prefix in ["windows-", "cp", "x-cp", "win", "ms-", "cp-"] where n.hasPrefix(prefix) {
            if let v = Int(n.dropFirst(prefix.count)) {
                if v == 1252 { return .windows1252 }
                if (1250...1258).contains(v) { return .iconv("CP\(v)") }
                if v == 874 { return .iconv("CP874") }
                if v == 936 { return .iconv("GB18030") }
                if v == 932 { return .iconv("CP932") }
                if v == 949 { return .iconv("CP949") }
                if v == 950 { return .iconv("CP950") }
                if v == 1200 { return .iconv("UTF-16LE") }
                if v == 1201 { return .iconv("UTF-16BE") }
                if v == 65001 { return .utf8 }
                if v == 20936 { return .iconv("GB18030") }
                if v == 866 { return .iconv("CP866") }
            }
        }
        if n.isEmpty { return .unknown }
        // Anything else iconv knows by that name (checked when decoding).
        return .iconv(n.uppercased())
    }

    static let aliases: [String: Kind] = {
        var t: [String: Kind] = [:]
        func add(_ k: Kind, _ names: String...) { for n in names { t[n] = k } }
        add(.utf8, "utf-8", "utf8", "unicode-1-1-utf-8", "unicode-2-0-utf-8", "x-unicode20utf8", "x-utf-8", "utf-8-sig")
        add(.ascii, "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us", "csascii", "iso-ir-6", "ansi_x3.4-1986", "646", "x-ascii", "7bit", "8bit", "default")
        add(.windows1252, "iso-8859-1", "latin1", "latin-1", "l1", "iso8859-1", "iso_8859-1", "cp819", "ibm819",
            "iso-ir-100", "csisolatin1", "windows-1252", "cp1252", "x-cp1252", "iso-8859-1-windows-3.1-latin-1", "x-ansi", "ansi", "iso_8859-1:1987")
        add(.iconv("GB18030"), "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb18030", "euc-cn", "x-euc-cn",
            "euccn", "csgb2312", "chinese", "gb_2312-80", "gb_2312", "gb2312-80", "iso-ir-58", "x-gb2312", "gb231280", "x-mac-chinesesimp", "hz-gb-2312")
        add(.iconv("BIG5-HKSCS"), "big5", "x-big5", "csbig5", "cn-big5", "big-5", "big5-hkscs", "big5hkscs", "x-x-big5", "big5_hkscs")
        add(.iconv("CP950"), "cp950", "x-cp950", "ms950", "windows-950")
        add(.iconv("CP932"), "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cp932",
            "ms932", "x-ms-cp932", "shiftjis", "s-jis", "x-shift_jis", "csWindows31J".lowercased())
        add(.iconv("EUC-JP"), "euc-jp", "x-euc-jp", "eucjp", "cseucpkdfmtjapanese", "x-euc")
        add(.iconv("ISO-2022-JP-2"), "iso-2022-jp", "csiso2022jp", "iso-2022-jp-2", "iso2022jp", "jis", "iso-2022-jp-1", "x-iso-2022-jp")
        add(.iconv("CP949"), "euc-kr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "ksc_5601", "korean", "csksc56011987",
            "cp949", "uhc", "windows-949", "x-windows-949", "euckr", "iso-ir-149", "ks_c_5601-1989", "x-euc-kr", "csEUCKR".lowercased())
        add(.iconv("ISO-2022-KR"), "iso-2022-kr", "csiso2022kr")
        add(.iconv("KOI8-R"), "koi8-r", "koi8r", "cskoi8r", "koi", "koi8")
        add(.iconv("KOI8-U"), "koi8-u", "koi8u", "koi8-ru")
        add(.iconv("UTF-7"), "utf-7", "utf7", "unicode-1-1-utf-7", "x-unicode-2-0-utf-7", "csunicode11utf7", "unicode-2-0-utf-7")
        add(.iconv("UTF-16"), "utf-16", "utf16", "unicode", "ucs-2", "iso-10646-ucs-2")
        add(.iconv("UTF-16LE"), "utf-16le", "utf-16-le")
        add(.iconv("UTF-16BE"), "utf-16be", "unicodefeff", "utf-16-be")
        add(.iconv("UTF-32"), "utf-32", "ucs-4")
        add(.iconv("TIS-620"), "tis-620", "tis620", "iso-8859-11", "windows-874")
        add(.iconv("CP866"), "ibm866", "cp866", "866", "csibm866")
        add(.iconv("MACINTOSH"), "macintosh", "mac", "x-mac-roman", "macroman", "csmacintosh")
        add(.iconv("ISO-8859-15"), "latin9", "latin-9", "l9")
        add(.iconv("ISO-8859-2"), "latin2", "l2", "csisolatin2")
        return t
    }()

    // MARK: - Decoders

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// windows-1252 (the WHATWG reading of ISO-8859-1): total, every byte maps to a character.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 4)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
                continue
            }
            let scalar = (b >= 0x80 && b < 0xA0) ? cp1252High[Int(b - 0x80)] : UInt32(b)
            appendUTF8(scalar, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | (v >> 12) & 0x3F))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// Double-byte Chinese has (almost) every lead byte followed by another 8-bit byte; Latin text
    /// has isolated 8-bit bytes between ASCII ones.
    static func looksLikeGB(_ bytes: [UInt8]) -> Bool {
        var total = 0, good = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            total += 1
            if i + 1 < n {
                let t = bytes[i + 1]
                if t >= 0x80 { good += 1; i += 2; continue }
                if t >= 0x30 && t <= 0x39 { good += 1; i += 4; continue } // GB18030 four-byte
            }
            i += 2
        }
        return total > 0 && good * 5 >= total * 4
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Converts with iconv in chunks; invalid bytes become U+FFFD. Nil when iconv lacks the charset.
    static func iconvDecode(_ bytes: [UInt8], from name: String) -> (text: String, invalid: Bool)? {
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        if bytes.isEmpty { return ("", false) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 3 / 2 + 16)
        var invalid = false
        let chunkSize = min(65536, max(256, bytes.count * 3 + 16))
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        bytes.withUnsafeBufferPointer { inBuf in
            chunk.withUnsafeMutableBufferPointer { outBuf in
                let outBase = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var flushed = false
                while !flushed {
                    var outPtr: UnsafeMutablePointer<CChar>? = outBase
                    var outLeft = outBuf.count
                    let r: Int
                    if inLeft == 0 {
                        r = iconv(cd, nil, nil, &outPtr, &outLeft) // flush shift state (ISO-2022-JP)
                        if r != -1 || errno != E2BIG { flushed = true }
                        out.append(contentsOf: UnsafeBufferPointer(start: outBuf.baseAddress, count: outBuf.count - outLeft))
                        continue
                    }
                    r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    let err = errno
                    out.append(contentsOf: UnsafeBufferPointer(start: outBuf.baseAddress, count: outBuf.count - outLeft))
                    if r == -1 {
                        switch err {
                        case E2BIG:
                            continue
                        case EINVAL: // incomplete sequence at the end
                            out.append(contentsOf: replacement)
                            invalid = true
                            inLeft = 0
                        default: // EILSEQ: skip one byte
                            out.append(contentsOf: replacement)
                            invalid = true
                            inPtr = inPtr.map { $0 + 1 }
                            inLeft -= 1
                        }
                    }
                }
            }
        }
        // Drop a leading BOM that some converters (UTF-16/32) keep.
        if out.starts(with: [0xEF, 0xBB, 0xBF]) { out.removeFirst(3) }
        return (String(decoding: out, as: UTF8.self), invalid)
    }
}
