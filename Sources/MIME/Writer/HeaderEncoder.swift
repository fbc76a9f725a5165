/// Writes header fields safely (RFC 5322 §2.2, §3; RFC 2047 encoded words).
///
/// Every value passes through `sanitize` first: CR, LF and other control characters (C0, DEL,
/// C1, U+2028/U+2029) become spaces, so customer-controlled text can never start a header line of
/// its own. Non-ASCII text becomes RFC 2047 encoded words (Q when mostly ASCII, else B), each at
/// most 75 characters and split only between Unicode scalars. Lines are folded at 78 characters
/// where possible and never exceed 998 octets.
///
///     HeaderEncoder.field("Subject", unstructured: "Re: 投诉 [CMP-2026-000123]")
///     // "Subject: =?UTF-8?B?UmU6IOaKleiviSBbQ01QLTIwMjYtMDAwMTIzXQ==?="
public enum HeaderEncoder {
    /// Preferred line length (RFC 5322 §2.1.1 "SHOULD be no more than 78").
    public static let foldWidth = 78
    /// Hard limit per line without CRLF (RFC 5322 §2.1.1 "MUST be no more than 998").
    public static let maxLineLength = 998
    /// Longest encoded word (RFC 2047 §2).
    static let maxEncodedWord = 75

    // MARK: Sanitising

    /// Replaces CR, LF, NUL and every other control character with a space, collapses runs of
    /// whitespace and trims: the result is safe to put on one header line.
    public static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            let v = s.value
            let isControl = v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            if isControl || s == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(s)
        }
        return String(out)
    }

    static func isPrintableASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    // MARK: Fields

    /// `Name: value` for free text (Subject, Comments, extension fields), folded, without the final CRLF.
    /// Text that is non-ASCII, contains `=?`, or has a word too long to fold is encoded (RFC 2047).
    public static func field(_ name: String, unstructured value: String) -> String {
        let clean = sanitize(value)
        let words = clean.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let needsEncoding = !isPrintableASCII(clean) || clean.contains("=?")
            || words.contains { $0.utf8.count > foldWidth - name.utf8.count - 2 }
        if !needsEncoding { return fold(name, words) }
        return fold(name, encodedWords(clean, phrase: false))
    }

    /// `Name: a, "B" <b@x>` for address fields, folded after commas.
    public static func field(_ name: String, addresses: [Address]) -> String {
        var tokens: [String] = []
        for (i, a) in addresses.enumerated() {
            var parts = mailboxTokens(a)
            if i < addresses.count - 1 { parts[parts.count - 1] += "," }
            tokens += parts
        }
        return fold(name, tokens)
    }

    /// `Name: <id1> <id2>` for Message-ID, In-Reply-To and References.
    public static func field(_ name: String, messageIDs: [String]) -> String {
        fold(name, messageIDs.compactMap(cleanMessageID).map { "<\($0)>" })
    }

    /// A mailbox as header tokens: `"Ann Lee" <ann@example.com>`, encoded words for a non-ASCII
    /// name, or the bare address when there is no name.
    static func mailboxTokens(_ a: Address) -> [String] {
        let email = "<" + cleanEmail(a.email) + ">"
        let name = sanitize(a.name ?? "")
        if name.isEmpty { return [email] }
        if isPrintableASCII(name) && !name.contains("=?") && name.utf8.count < 200 {
            var q = "\""
            for c in name.unicodeScalars {
                if c == "\"" || c == "\\" { q += "\\" }
                q.unicodeScalars.append(c)
            }
            return [q + "\"", email]
        }
        return encodedWords(name, phrase: true) + [email]
    }

    /// An address reduced to characters that cannot break the header: no whitespace, controls,
    /// brackets, commas, quotes or semicolons; at most 254 octets.
    public static func cleanEmail(_ email: String) -> String {
        var out = String.UnicodeScalarView()
        for s in email.unicodeScalars {
            let v = s.value
            if v <= 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 { continue }
            if "<>()[],;:\"\\".unicodeScalars.contains(s) { continue }
            out.append(s)
        }
        return String(String(out).utf8.prefix(254)) ?? String(out.prefix(254))
    }

    /// A message identifier without brackets, whitespace or controls; nil when nothing usable
    /// remains or it is too long for one header line.
    public static func cleanMessageID(_ id: String) -> String? {
        var out = String.UnicodeScalarView()
        for s in id.unicodeScalars where s.value > 0x20 && s.value < 0x7F && s != "<" && s != ">" {
            out.append(s)
        }
        let r = String(out)
        return r.isEmpty || r.utf8.count > 900 ? nil : r
    }

    // MARK: Folding

    /// Joins tokens with spaces, breaking the line (CRLF + space) before a token that would pass
    /// 78 characters (even the first one, leaving `Name:` alone on its line). Tokens are at most
    /// ~900 octets, so no line exceeds 998.
    static func fold(_ name: String, _ tokens: [String]) -> String {
        var out = name + ":"
        var lineLength = out.utf8.count
        for t in tokens {
            let n = t.utf8.count
            if lineLength + 1 + n > foldWidth && (lineLength > name.utf8.count + 1 || 1 + n <= foldWidth) {
                out += "\r\n " + t
                lineLength = 1 + n
            } else {
                out += " " + t
                lineLength += 1 + n
            }
        }
        return out
    }

    // MARK: Encoded words (RFC 2047)

    /// `=?UTF-8?Q?…?=` or `=?UTF-8?B?…?=` words covering `text`; Q when at least ~2/3 of the bytes
    /// are ASCII. In a phrase (display name) Q encodes everything but letters, digits and `!*+-/`
    /// (RFC 2047 §5(3)).
    static func encodedWords(_ text: String, phrase: Bool) -> [String] {
        let bytes = Array(text.utf8)
        let nonASCII = bytes.lazy.filter { $0 >= 0x80 }.count
        let useQ = nonASCII * 3 <= bytes.count
        let prefix = useQ ? "=?UTF-8?Q?" : "=?UTF-8?B?"
        let room = maxEncodedWord - prefix.utf8.count - 2
        var words: [String] = []
        var chunk: [UInt8] = []
        var chunkCost = 0
        for scalar in text.unicodeScalars {
            let encoded = Array(String(scalar).utf8)
            let newCost: Int
            if useQ {
                newCost = chunkCost + encoded.reduce(0) { $0 + qLength($1, phrase: phrase) }
            } else {
                newCost = (chunk.count + encoded.count + 2) / 3 * 4
            }
            if newCost > room && !chunk.isEmpty {
                words.append(prefix + encode(chunk, q: useQ, phrase: phrase) + "?=")
                chunk = []
                chunkCost = 0
            }
            chunk += encoded
            chunkCost = useQ ? chunk.reduce(0) { $0 + qLength($1, phrase: phrase) } : 0
        }
        if !chunk.isEmpty { words.append(prefix + encode(chunk, q: useQ, phrase: phrase) + "?=") }
        return words
    }

    private static func qSafe(_ b: UInt8, phrase: Bool) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "*"),
             UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"):
            return true
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "'"), UInt8(ascii: "#"),
             UInt8(ascii: "&"), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "@"):
            return !phrase
        default:
            return false
        }
    }

    private static func qLength(_ b: UInt8, phrase: Bool) -> Int {
        b == 0x20 || qSafe(b, phrase: phrase) ? 1 : 3
    }

    private static func encode(_ bytes: [UInt8], q: Bool, phrase: Bool) -> String {
        guard q else { return BodyEncoder.base64(bytes) }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in bytes {
            if b == 0x20 { out.append(UInt8(ascii: "_")) }
            else if qSafe(b, phrase: phrase) { out.append(b) }
            else { out += [UInt8(ascii: "="), hex[Int(b >> 4)], hex[Int(b & 0xF)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
