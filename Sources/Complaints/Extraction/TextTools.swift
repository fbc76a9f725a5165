import Foundation
import Synchronization

/// Small string helpers shared by the extraction pieces: line splitting, whitespace normalisation
/// and regular-expression matching (Foundation's ICU engine, case-insensitive by default).
enum TextTools {
    /// Splits on CRLF, CR, LF, U+2028 and U+2029 (a Swift `Character` treats CRLF as one), each line
    /// cleaned. One pass over the UTF-8 bytes: this runs on every line of every message.
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        eachLine(text) { out.append($0); return true }
        return out
    }

    /// The first `limit` lines of `lines(text)`, without splitting the rest.
    static func lines(_ text: String, limit: Int) -> [String] {
        var out: [String] = []
        guard limit > 0 else { return out }
        eachLine(text) { out.append($0); return out.count < limit }
        return out
    }

    /// The first `count` lines of `lines(text)` that satisfy `keep`, without splitting the rest.
    static func firstLines(_ text: String, count: Int, where keep: (String) -> Bool) -> [String] {
        var out: [String] = []
        guard count > 0 else { return out }
        eachLine(text) { line in
            if keep(line) { out.append(line) }
            return out.count < count
        }
        return out
    }

    /// Calls `body` with each cleaned line in order until it returns false.
    static func eachLine(_ text: String, _ body: (String) -> Bool) {
        var text = text
        text.withUTF8 { buf in
            var start = 0, i = 0
            var nonASCII = false
            let n = buf.count
            while i < n {
                let b = buf[i]
                if b == 0x0A || b == 0x0D {
                    guard body(line(buf, start, i, nonASCII: nonASCII)) else { return }
                    i += b == 0x0D && i + 1 < n && buf[i + 1] == 0x0A ? 2 : 1
                    start = i
                    nonASCII = false
                } else if b == 0xE2, i + 2 < n, buf[i + 1] == 0x80, buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9 {
                    guard body(line(buf, start, i, nonASCII: nonASCII)) else { return }
                    i += 3
                    start = i
                    nonASCII = false
                } else {
                    if b >= 0x80 { nonASCII = true }
                    i += 1
                }
            }
            _ = body(line(buf, start, n, nonASCII: nonASCII))
        }
    }

    /// One cleaned line from `buf[start..<end]`; an ASCII line is only trimmed, without building a
    /// string first.
    private static func line(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, nonASCII: Bool) -> String {
        guard !nonASCII else { return cleanLine(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<end]), as: UTF8.self)) }
        var e = end
        // Character.isWhitespace on ASCII: tab, LF, VT, FF, CR, space.
        while e > start, buf[e - 1] == 0x20 || (buf[e - 1] >= 0x09 && buf[e - 1] <= 0x0D) { e -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: buf[start..<e]), as: UTF8.self)
    }

    /// Non-breaking and ideographic spaces to plain ones, zero-width characters and soft hyphens
    /// dropped, trailing whitespace trimmed.
    static func cleanLine(_ line: String) -> String {
        // Every character to change is encoded with one of these UTF-8 lead bytes; most lines have none.
        guard containsByte(line, where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xE3 || $0 == 0xEF }) else {
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
        // Nearly every line ends in an ASCII character that is not white space: nothing to trim (no
        // grapheme cluster ending in one can start with white space; only CR LF joins such bytes).
        if let last = s.utf8.last, last < 0x80, last != 0x20, !(0x09...0x0D).contains(last) { return s }
        var end = s.endIndex
        while end > s.startIndex {
            let before = s.index(before: end)
            if s[before].isWhitespace { end = before } else { break }
        }
        return String(s[s.startIndex..<end])
    }

    /// `s.trimmingCharacters(in: .whitespacesAndNewlines)` without the trip through NSString; the set is
    /// Foundation's (which includes U+200B), checked scalar by scalar like Foundation does.
    static func trim(_ s: String) -> String {
        let u = s.unicodeScalars
        var start = u.startIndex, end = u.endIndex
        while start < end, isTrimmable(u[start]) { u.formIndex(after: &start) }
        while end > start {
            let before = u.index(before: end)
            guard isTrimmable(u[before]) else { break }
            end = before
        }
        if start == u.startIndex && end == u.endIndex { return s }
        return String(u[start..<end])
    }

    /// Foundation's `CharacterSet.whitespacesAndNewlines`.
    @inline(__always) static func isTrimmable(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

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

    /// Whether `s` may hold a digit as ICU's `\d` sees it: an ASCII digit, or any non-ASCII character
    /// (other scripts have digits of their own). Phone and account numbers need one, and most lines
    /// of prose have none.
    static func mayHoldDigit(_ s: String) -> Bool {
        containsByte(s) { ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }
    }

    /// Whether any UTF-8 byte of `s` passes `test`, on the string's own storage when it is contiguous.
    static func containsByte(_ s: String, where test: (UInt8) -> Bool) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? s.utf8.contains(where: test)
    }

    /// Calls `body` with the UTF-8 bytes of `text`: its own storage, or a copy when it is not contiguous.
    static func withUTF8<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// `s.count < limit` without breaking a long line into characters: fewer bytes than `limit` decide
    /// it at once, an all-ASCII string is counted by its bytes (only CR LF makes two bytes one
    /// character), and otherwise counting stops at `limit`.
    static func isShorter(_ s: String, than limit: Int) -> Bool {
        if s.utf8.count < limit { return true }
        let ascii = s.utf8.withContiguousStorageIfAvailable { b -> Int? in
            var n = b.count
            var previous: UInt8 = 0
            for byte in b {
                if byte >= 0x80 { return nil }
                if byte == 0x0A && previous == 0x0D { n -= 1 }
                previous = byte
            }
            return n
        }
        if let ascii, let n = ascii { return n < limit }
        var n = 0
        for _ in s {
            n += 1
            if n >= limit { return false }
        }
        return true
    }

    /// Heuristics look at most this many UTF-8 bytes of one string (a 2 MB line must not make matching slow).
    static let matchLimit = 16_384

    static func bounded(_ s: String) -> String {
        s.utf8.count > matchLimit ? String(decoding: s.utf8.prefix(matchLimit), as: UTF8.self) : s
    }

    /// A pattern compiled once, with the literal prefilter that lets most texts skip ICU entirely.
    struct CompiledPattern: Sendable {
        let pattern: String
        let regex: NSRegularExpression
        let prefilter: LiteralPrefilter?
    }

    /// A pattern compiled once and held by the code that uses it (`static let` beside the rule), for
    /// the rules tried on every line: the shared cache costs a lock and a hash per call, which on short
    /// lines cost more than the prefilter scan itself.
    final class Pattern: Sendable {
        let compiled: CompiledPattern?

        init(_ pattern: String, caseInsensitive: Bool = true) {
            compiled = TextTools.compiled(pattern, caseInsensitive: caseInsensitive)
        }
    }

    private struct PatternCache {
        /// By the pattern's storage address: the patterns are literals and `static let`s, so this
        /// avoids hashing (and Unicode-normalising) a long pattern on every call. The entry keeps its
        /// string alive, so the address cannot be reused by another string while it is cached.
        var byAddress: [AddressKey: CompiledPattern] = [:]
        var byText: [String: CompiledPattern] = [:]
        var byTextCaseSensitive: [String: CompiledPattern] = [:]
    }

    private struct AddressKey: Hashable {
        let address: UInt
        let count: Int
        let caseInsensitive: Bool
    }

    /// Every pattern compiled once per process. Foundation's `range(of:options: .regularExpression)`
    /// compiles again on almost every call (its cache is tiny) and the compiled ICU objects pile up:
    /// measured at ~140 ms and ~0.27 MB per message before this cache (BENCHMARKS.md).
    private static let cache = Mutex(PatternCache())
    private static let addressCacheLimit = 4_096

    /// `pattern` compiled, or nil if it is not a valid ICU regex (a bug: patterns are literals).
    static func compiled(_ pattern: String, caseInsensitive: Bool = true) -> CompiledPattern? {
        // Small strings live inline (no stable address): the text lookup is cheap for them.
        let address = pattern.utf8.count > 15
            ? pattern.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) } ?? nil : nil
        let key = address.map { AddressKey(address: $0, count: pattern.utf8.count, caseInsensitive: caseInsensitive) }
        let found = cache.withLock { c -> CompiledPattern? in
            if let key, let hit = c.byAddress[key], hit.pattern == pattern { return hit }
            let hit = caseInsensitive ? c.byText[pattern] : c.byTextCaseSensitive[pattern]
            if let hit, let key, c.byAddress.count < addressCacheLimit { c.byAddress[key] = hit }
            return hit
        }
        if let found { return found }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else {
            assertionFailure("invalid pattern \(pattern)")
            return nil
        }
        let entry = CompiledPattern(pattern: pattern, regex: regex,
                                    prefilter: LiteralPrefilter(pattern: pattern, caseInsensitive: caseInsensitive))
        cache.withLock { c in
            if caseInsensitive { c.byText[pattern] = entry } else { c.byTextCaseSensitive[pattern] = entry }
            if let key, c.byAddress.count < addressCacheLimit { c.byAddress[key] = entry }
        }
        return entry
    }

    /// The compiled pattern when it may match `s`; nil when it cannot (or is invalid).
    private static func candidate(_ s: String, _ pattern: String, caseInsensitive: Bool) -> NSRegularExpression? {
        guard let c = compiled(pattern, caseInsensitive: caseInsensitive) else { return nil }
        if let p = c.prefilter, !p.mayMatch(s) { return nil }
        return c.regex
    }

    /// The range of the first match of `pattern` in `s` (all of `s`, not bounded).
    static func firstRange(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> Range<String.Index>? {
        guard let regex = candidate(s, pattern, caseInsensitive: caseInsensitive),
              let m = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return Range(m.range, in: s)
    }

    /// `s` with every match of `pattern` replaced by `template` (`$1` refers to groups).
    static func replacing(_ s: String, _ pattern: String, with template: String, caseInsensitive: Bool = false) -> String {
        guard let regex = candidate(s, pattern, caseInsensitive: caseInsensitive) else { return s }
        return regex.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: template)
    }

    /// The byte range of the first occurrence of `needle`'s exact UTF-8 bytes in `haystack`, as string
    /// indices (Foundation's `range(of:)` folds character clusters and is far slower).
    static func byteRange(of needle: String, in haystack: String) -> Range<String.Index>? {
        guard let offset = firstByteOffset(of: needle, in: haystack, foldASCII: false) else { return nil }
        let lower = haystack.utf8.index(haystack.utf8.startIndex, offsetBy: offset)
        return lower..<haystack.utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether `needle` occurs in `haystack` ignoring ASCII case: a cheap test that must pass before a
    /// case-insensitive or case-sensitive regex for the same literal can match.
    static func containsIgnoringASCIICase(_ haystack: String, _ needle: String) -> Bool {
        firstByteOffset(of: needle, in: haystack, foldASCII: true) != nil
    }

    /// Byte search (needles are short names and phrases), optionally folding ASCII case: `memchr` for
    /// the first byte, then a compare.
    private static func firstByteOffset(of needle: String, in haystack: String, foldASCII: Bool) -> Int? {
        var needle = needle, haystack = haystack
        return needle.withUTF8 { n -> Int? in
            haystack.withUTF8 { h -> Int? in
                guard !n.isEmpty else { return 0 }
                guard n.count <= h.count, let base = h.baseAddress, let nBase = n.baseAddress else { return nil }
                let last = h.count - n.count
                if !foldASCII {
                    var i = 0
                    while i <= last {
                        guard let found = memchr(base + i, Int32(n[0]), last - i + 1) else { return nil }
                        i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                        if memcmp(base + i, nBase, n.count) == 0 { return i }
                        i += 1
                    }
                    return nil
                }
                @inline(__always) func fold(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
                let first = fold(n[0])
                var i = 0
                while i <= last {
                    if fold(h[i]) == first {
                        var j = 1
                        while j < n.count && fold(h[i + j]) == fold(n[j]) { j += 1 }
                        if j == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Whether `pattern` (ICU regex) matches anywhere in `s` (its first `matchLimit` bytes).
    static func matches(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> Bool {
        compiled(pattern, caseInsensitive: caseInsensitive).map { matches(s, $0) } ?? false
    }

    /// `matches(_:_:)` with a pattern held by its call site: no cache look-up.
    static func matches(_ s: String, _ pattern: Pattern) -> Bool {
        pattern.compiled.map { matches(s, $0) } ?? false
    }

    private static func matches(_ s: String, _ c: CompiledPattern) -> Bool {
        let s = bounded(s)
        if let p = c.prefilter {
            // A pattern that is only a list of literals is answered by the byte scan alone.
            if let answer = p.decides(s) { return answer }
            if !p.mayMatch(s) { return false }
        }
        return c.regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// The first match of `pattern` in `s`.
    static func firstMatch(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> String? {
        let s = bounded(s)
        return firstRange(s, pattern, caseInsensitive: caseInsensitive).map { String(s[$0]) }
    }

    /// The given capture group of the first match of `pattern` in `s`.
    static func capture(_ s: String, _ pattern: String, group: Int = 1, caseInsensitive: Bool = true) -> String? {
        compiled(pattern, caseInsensitive: caseInsensitive).flatMap { capture(s, $0, group: group) }
    }

    /// `capture(_:_:group:)` with a pattern held by its call site.
    static func capture(_ s: String, _ pattern: Pattern, group: Int = 1) -> String? {
        pattern.compiled.flatMap { capture(s, $0, group: group) }
    }

    private static func capture(_ s: String, _ c: CompiledPattern, group: Int) -> String? {
        let s = bounded(s)
        if let p = c.prefilter, !p.mayMatch(s) { return nil }
        guard let m = c.regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)),
              group < m.numberOfRanges, let r = Range(m.range(at: group), in: s) else { return nil }
        return String(s[r])
    }

    /// Every match of `pattern` in `s`, in order.
    static func allMatches(_ s: String, _ pattern: String, caseInsensitive: Bool = true) -> [String] {
        let s = bounded(s)
        guard let regex = candidate(s, pattern, caseInsensitive: caseInsensitive) else { return [] }
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

