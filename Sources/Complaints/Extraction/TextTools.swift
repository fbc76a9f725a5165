import Foundation

/// Small string helpers shared by the extraction pieces: line splitting, whitespace normalisation
/// and regular-expression matching (Foundation's ICU engine, case-insensitive by default).
enum TextTools {
    /// Splits on CRLF, CR and LF (a Swift `Character` treats CRLF as one, so normalise first).
    static func lines(_ text: String) -> [String] {
        var s = text.replacingOccurrences(of: "\r\n", with: "\n")
        s = s.replacingOccurrences(of: "\r", with: "\n")
        s = s.replacingOccurrences(of: "\u{2028}", with: "\n").replacingOccurrences(of: "\u{2029}", with: "\n")
        return s.components(separatedBy: "\n").map(cleanLine)
    }

    /// Non-breaking and zero-width spaces to plain ones, trailing whitespace trimmed.
    static func cleanLine(_ line: String) -> String {
        var s = line
        if s.contains("\u{00A0}") || s.contains("\u{3000}") {
            s = s.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{3000}", with: " ")
        }
        for zw in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{00AD}"] where s.contains(zw) {
            s = s.replacingOccurrences(of: zw, with: "")
        }
        return trimTrailing(s)
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

    /// Whether `pattern` (ICU regex) matches anywhere in `s` (its first `matchLimit` bytes).
    static func matches(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> Bool {
        var options: String.CompareOptions = [.regularExpression]
        if caseInsensitive { options.insert(.caseInsensitive) }
        return bounded(s).range(of: pattern, options: options) != nil
    }

    /// The first match of `pattern` in `s`.
    static func firstMatch(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> String? {
        let s = bounded(s)
        var options: String.CompareOptions = [.regularExpression]
        if caseInsensitive { options.insert(.caseInsensitive) }
        return s.range(of: pattern, options: options).map { String(s[$0]) }
    }

    /// The given capture group of the first match of `pattern` in `s`.
    static func capture(_ s: String, _ pattern: String, group: Int = 1, caseInsensitive: Bool = true) -> String? {
        let s = bounded(s)
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else {
            return nil
        }
        let ns = s as NSString
        guard let m = regex.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)),
              group < m.numberOfRanges else { return nil }
        let r = m.range(at: group)
        guard r.location != NSNotFound else { return nil }
        return ns.substring(with: r)
    }

    /// Every match of `pattern` in `s`, in order.
    static func allMatches(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> [String] {
        let s = bounded(s)
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else {
            return []
        }
        let ns = s as NSString
        return regex.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
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
