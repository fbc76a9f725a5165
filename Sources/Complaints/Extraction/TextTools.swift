import Foundation
import Synchronization

/// Small string helpers shared by the extraction pieces: line splitting, whitespace normalisation
/// and regular-expression matching (Foundation's ICU engine, case-insensitive by default).
enum TextTools {
    /// Splits on CRLF, CR, LF, U+2028 and U+2029 (a Swift `Character` treats CRLF as one), each line
    /// cleaned. One pass over the scalars: this runs on every line of every message.
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for u in text.unicodeScalars {
            if u == "\n", afterCR { afterCR = false; continue }
            afterCR = u == "\r"
            if u == "\n" || u == "\r" || u == "\u{2028}" || u == "\u{2029}" {
                out.append(cleanLine(String(current)))
                current = String.UnicodeScalarView()
            } else {
                current.append(u)
            }
        }
        out.append(cleanLine(String(current)))
        return out
    }

    /// Non-breaking and ideographic spaces to plain ones, zero-width characters and soft hyphens
    /// dropped, trailing whitespace trimmed.
    static func cleanLine(_ line: String) -> String {
        // Every character to change is encoded with one of these UTF-8 lead bytes; most lines have none.
        guard line.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xE3 || $0 == 0xEF }) else {
            return trimTrailing(line)
        }
        var scalars = String.UnicodeScalarView()
        for u in line.unicodeScalars {
            switch u {
            case "\u{00A0}", "\u{3000}": scalars.append(" ")
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{00AD}": continue
            default: scalars.append(u)
            }
        }
        return trimTrailing(String(scalars))
    }

    static func trimTrailing(_ s: String) -> String {
        var end = s.endIndex
        while end > s.startIndex {
            let before = s.index(before: end)
            if s[before].isWhitespace { end = before } else { break }
        }
        return String(s[s.startIndex..<end])
    }

    static func trim(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    static func isBlank(_ s: String) -> Bool { s.allSatisfy(\.isWhitespace) }

    /// Lines joined after trimming trailing space, runs of blank lines collapsed to one, outer blank lines dropped.
    static func normalize(_ lines: [String]) -> String {
        var out: [String] = []
        var pendingBlank = false
        for raw in lines {
            let line = cleanLine(raw)
            if isBlank(line) {
                pendingBlank = !out.isEmpty
                continue
            }
            if pendingBlank { out.append("") }
            pendingBlank = false
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    static func normalize(_ text: String) -> String { normalize(lines(text)) }

    /// Heuristics look at most this many UTF-8 bytes of one string (a 2 MB line must not make matching slow).
    static let matchLimit = 16_384

    static func bounded(_ s: String) -> String {
        s.utf8.count > matchLimit ? String(decoding: s.utf8.prefix(matchLimit), as: UTF8.self) : s
    }

    /// Every pattern compiled once per process. Foundation's `range(of:options: .regularExpression)`
    /// compiles again on almost every call (its cache is tiny) and the compiled ICU objects pile up:
    /// measured at ~140 ms and ~0.27 MB per message before this cache (BENCHMARKS.md).
    private static let compiled = Mutex<[String: NSRegularExpression]>([:])

    /// The compiled form of `pattern`, or nil if it is not a valid ICU regex (a bug: patterns are literals).
    static func regex(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression? {
        let key = (caseInsensitive ? "i " : "s ") + pattern
        if let cached = compiled.withLock({ $0[key] }) { return cached }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else {
            assertionFailure("invalid pattern \(pattern)")
            return nil
        }
        compiled.withLock { $0[key] = regex }
        return regex
    }

    /// The range of the first match of `pattern` in `s` (all of `s`, not bounded).
    static func firstRange(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> Range<String.Index>? {
        guard let regex = regex(pattern, caseInsensitive: caseInsensitive),
              let m = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return Range(m.range, in: s)
    }

    /// `s` with every match of `pattern` replaced by `template` (`$1` refers to groups).
    static func replacing(_ s: String, _ pattern: String, with template: String, caseInsensitive: Bool = false) -> String {
        guard let regex = regex(pattern, caseInsensitive: caseInsensitive) else { return s }
        return regex.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: template)
    }

    /// The byte range of the first occurrence of `needle`'s exact UTF-8 bytes in `haystack`, as string
    /// indices (Foundation's `range(of:)` folds character clusters and is far slower).
    static func byteRange(of needle: String, in haystack: String) -> Range<String.Index>? {
        guard let offset = firstByteOffset(of: Array(needle.utf8), in: haystack, foldASCII: false) else { return nil }
        let lower = haystack.utf8.index(haystack.utf8.startIndex, offsetBy: offset)
        return lower..<haystack.utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether `needle` occurs in `haystack` ignoring ASCII case: a cheap test that must pass before a
    /// case-insensitive or case-sensitive regex for the same literal can match.
    static func containsIgnoringASCIICase(_ haystack: String, _ needle: String) -> Bool {
        firstByteOffset(of: Array(needle.utf8), in: haystack, foldASCII: true) != nil
    }

    /// Naive byte search (needles are short names and phrases), optionally folding ASCII case.
    private static func firstByteOffset(of needle: [UInt8], in haystack: String, foldASCII: Bool) -> Int? {
        @inline(__always) func fold(_ b: UInt8) -> UInt8 { foldASCII && b >= 65 && b <= 90 ? b | 0x20 : b }
        let n = needle.map(fold)
        guard let first = n.first else { return 0 }
        var hay = haystack
        return hay.withUTF8 { h -> Int? in
            guard n.count <= h.count else { return nil }
            var i = 0
            while i <= h.count - n.count {
                if fold(h[i]) == first {
                    var j = 1
                    while j < n.count && fold(h[i + j]) == n[j] { j += 1 }
                    if j == n.count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    /// Whether `pattern` (ICU regex) matches anywhere in `s` (its first `matchLimit` bytes).
    static func matches(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> Bool {
        firstRange(bounded(s), pattern, caseInsensitive: caseInsensitive) != nil
    }

    /// The first match of `pattern` in `s`.
    static func firstMatch(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> String? {
        let s = bounded(s)
        return firstRange(s, pattern, caseInsensitive: caseInsensitive).map { String(s[$0]) }
    }

    /// The given capture group of the first match of `pattern` in `s`.
    static func capture(_ s: String, _ pattern: String, group: Int = 1, caseInsensitive: Bool = true) -> String? {
        let s = bounded(s)
        guard let regex = regex(pattern, caseInsensitive: caseInsensitive),
              let m = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)),
              group < m.numberOfRanges, let r = Range(m.range(at: group), in: s) else { return nil }
        return String(s[r])
    }

    /// Every match of `pattern` in `s`, in order.
    static func allMatches(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> [String] {
        let s = bounded(s)
        guard let regex = regex(pattern, caseInsensitive: caseInsensitive) else { return [] }
        return regex.matches(in: s, range: NSRange(s.startIndex..., in: s)).compactMap { Range($0.range, in: s).map { String(s[$0]) } }
    }

    /// Whether the character is a CJK ideograph, kana or CJK punctuation.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2FFFF, 0xF900...0xFAFF, 0x3040...0x30FF: true
        default: false
        }
    }

    /// Lowercased domain of an address, nil without `@`.
    static func domain(of email: String) -> String? {
        guard let at = email.lastIndex(of: "@") else { return nil }
        let d = email[email.index(after: at)...].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " >.;,"))
        return d.isEmpty ? nil : d
    }

    static func localPart(of email: String) -> String {
        guard let at = email.lastIndex(of: "@") else { return email.lowercased() }
        return email[..<at].lowercased()
    }

    /// `domain` equals `suffix` or is a subdomain of it.
    static func domain(_ domain: String, isUnder suffix: String) -> Bool {
        let d = domain.lowercased(), s = suffix.lowercased()
        return d == s || d.hasSuffix("." + s)
    }

    /// Strips one level of `>` quoting (`> `, `>`).
    static func unquote(_ line: String) -> String {
        var s = Substring(line)
        while let f = s.first, f == " " { s = s.dropFirst() }
        guard s.first == ">" else { return line }
        s = s.dropFirst()
        if s.first == " " { s = s.dropFirst() }
        return String(s)
    }

    static func isQuoted(_ line: String) -> Bool {
        line.drop(while: { $0 == " " }).first == ">"
    }
}
