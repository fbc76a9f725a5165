/// Encodes a UTF-8 text body for the wire (RFC 2045 §6): CRLF line ends, lines ≤ 998 octets.
///
/// - Pure ASCII with short lines: `7bit`, as is.
/// - Mostly ASCII (≥ 2/3 of the bytes): `quoted-printable`, soft breaks at 76.
/// - Otherwise (e.g. Chinese): `base64`, 76-character lines.
///
///     let (cte, bytes) = BodyEncoder.encode("您好，\n我们已收到您的投诉。")
///     // cte == "base64"
public enum BodyEncoder {
    public enum TransferEncoding: String, Sendable {
        case sevenBit = "7bit"
        case quotedPrintable = "quoted-printable"
        case base64 = "base64"
    }

    /// The body in CRLF form, encoded; always ends with CRLF.
    public static func encode(_ text: String) -> (TransferEncoding, [UInt8]) {
        let raw = normalizedLines(text)
        let nonASCII = raw.lazy.filter { $0 >= 0x80 }.count
        let hasControl = raw.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A) || $0 == 0x7F }
        if nonASCII == 0 && !hasControl && maxLineLength(raw) <= 76 && !hasTrailingSpace(raw) {
            return (.sevenBit, raw)
        }
        if nonASCII * 3 > raw.count {
            return (.base64, base64Lines(raw))
        }
        return (.quotedPrintable, quotedPrintable(raw))
    }

    /// Text with every line end (CRLF, bare CR, bare LF) as CRLF and a final CRLF.
    static func normalizedLines(_ text: String) -> [UInt8] {
        let src = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(src.count + src.count / 30 + 2)
        var i = 0
        while i < src.count {
            let b = src[i]
            if b == 0x0D {
                out += [0x0D, 0x0A]
                if i + 1 < src.count, src[i + 1] == 0x0A { i += 1 }
            } else if b == 0x0A {
                out += [0x0D, 0x0A]
            } else {
                out.append(b)
            }
            i += 1
        }
        if out.count < 2 || out[out.count - 2] != 0x0D || out[out.count - 1] != 0x0A { out += [0x0D, 0x0A] }
        return out
    }

    private static func maxLineLength(_ crlf: [UInt8]) -> Int {
        var longest = 0, current = 0
        for b in crlf {
            if b == 0x0A { longest = max(longest, current - 1); current = 0 } else { current += 1 }
        }
        return max(longest, current)
    }

    private static func hasTrailingSpace(_ crlf: [UInt8]) -> Bool {
        var i = 1
        while i < crlf.count {
            if crlf[i] == 0x0D, crlf[i - 1] == 0x20 || crlf[i - 1] == 0x09 { return true }
            i += 1
        }
        return false
    }

    // MARK: Quoted-printable (RFC 2045 §6.7)

    /// Quoted-printable of CRLF text: line ends stay hard breaks, soft breaks keep lines ≤ 76,
    /// `=`, 8-bit bytes, controls and trailing whitespace are escaped; a leading `.` or `From `
    /// is escaped too, so no relay can alter the line.
    static func quotedPrintable(_ crlf: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(crlf.count * 3 / 2)
        var lineStart = 0
        var i = 0
        while i <= crlf.count {
            guard i == crlf.count || (crlf[i] == 0x0D && i + 1 < crlf.count && crlf[i + 1] == 0x0A) else { i += 1; continue }
            let line = crlf[lineStart..<i]
            var column = 0
            for (k, b) in zip(line.indices, line) {
                let isLast = k == line.index(before: line.endIndex)
                var token: [UInt8]
                let atStart = column == 0
                let mustEscape = b == UInt8(ascii: "=") || b >= 0x7F || (b < 0x20 && b != 0x09)
                    || ((b == 0x20 || b == 0x09) && isLast)
                    || (atStart && b == UInt8(ascii: "."))
                    || (atStart && b == UInt8(ascii: "F") && line[k...].starts(with: Array("From ".utf8)))
                if mustEscape { token = [UInt8(ascii: "="), hex[Int(b >> 4)], hex[Int(b & 0xF)]] } else { token = [b] }
                // Keep a UTF-8 sequence on one line: break before a lead byte if the whole sequence won't fit.
                var need = token.count
                if b >= 0xC0 {
                    let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    need = 3 * len
                }
                if column + need > (isLast ? 76 : 75) {
                    out += [UInt8(ascii: "="), 0x0D, 0x0A]
                    column = 0
                    if b == UInt8(ascii: ".") || (b == UInt8(ascii: "F") && line[k...].starts(with: Array("From ".utf8))) {
                        token = [UInt8(ascii: "="), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                    }
                }
                out += token
                column += token.count
            }
            if i == crlf.count { break }
            out += [0x0D, 0x0A]
            i += 2
            lineStart = i
            if i == crlf.count { break }
        }
        return out
    }

    // MARK: Base64 (RFC 2045 §6.8)

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Base64 without line breaks.
    public static func base64(_ bytes: [UInt8]) -> String {
        String(decoding: base64Bytes(bytes), as: UTF8.self)
    }

    static func base64Bytes(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], alphabet[Int(n & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = UInt32(bytes[i]) << 16
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], UInt8(ascii: "="), UInt8(ascii: "=")]
        } else if rest == 2 {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], UInt8(ascii: "=")]
        }
        return out
    }

    /// Base64 in lines of 76 characters, each ending in CRLF.
    static func base64Lines(_ bytes: [UInt8]) -> [UInt8] {
        let flat = base64Bytes(bytes)
        var out: [UInt8] = []
        out.reserveCapacity(flat.count + flat.count / 38 + 2)
        var i = 0
        while i < flat.count {
            let end = min(i + 76, flat.count)
            out += flat[i..<end]
            out += [0x0D, 0x0A]
            i = end
        }
        return out
    }
}
