/// A cheap necessary condition for an ICU regex: a few sets of literal strings such that every match
/// contains one string of each set. When a text misses a set the regex cannot match and is not run.
/// The sets are derived from the pattern itself (`PatternLiterals`, a simplified form of Russ Cox's
/// "required substrings" analysis), so adding a pattern needs no hand-written filter.
///
/// Conservative by construction: a construct the analysis does not understand gives no filter (the
/// regex always runs). Case-insensitive patterns fold ASCII only; a non-ASCII literal counts only when
/// no other character folds to it, and a text holding one of the few characters whose case folding
/// yields ASCII letters (`ß`, `ſ`, the Kelvin sign, `ﬁ`…) always runs the regex. `\d` counts as a
/// literal "digit" that any ASCII digit or any non-ASCII character (a digit of another script) meets.
///
/// A class, like `LiteralSet`: both are shared by every message and thread, and copying a struct
/// would retain each of its tables.
final class LiteralPrefilter: Sendable {
    /// Stands for `\d` in a literal set.
    static let digit = "\u{0}d"

    let caseInsensitive: Bool
    /// Every set must be met; the most selective first.
    let sets: [LiteralSet]
    /// The same sets as strings.
    let required: [Set<String>]
    /// The pattern is nothing but an alternation of these literals (no anchors, classes or
    /// repetition), so finding one of them *is* a match.
    let isExact: Bool

    init?(pattern: String, caseInsensitive: Bool) {
        var parser = PatternLiterals(pattern: pattern, caseInsensitive: caseInsensitive)
        guard let info = parser.parse() else { return nil }
        let required = info.allRequired.filter { !$0.isEmpty && !$0.contains("") }
        guard !required.isEmpty else { return nil }
        self.caseInsensitive = caseInsensitive
        self.required = required.sorted { LiteralInfo.score($0) > LiteralInfo.score($1) }
        self.sets = self.required.map { LiteralSet($0, caseInsensitive: caseInsensitive) }
        isExact = !parser.hasAssertions && info.exact != nil && sets.count == 1
    }

    /// False only when no match of the pattern is possible in `text`.
    func mayMatch(_ text: String) -> Bool {
        TextTools.withUTF8(text) { h in sets.allSatisfy { $0.search(h) != .absent } }
    }

    /// For an exact filter, whether the pattern matches `text`; nil when only the regex can tell
    /// (a character with a non-ASCII case folding is present) or the filter is not exact.
    func decides(_ text: String) -> Bool? {
        guard isExact else { return nil }
        switch TextTools.withUTF8(text, sets[0].search) {
        case .absent: return false
        case .found: return true
        case .unsure: return nil
        }
    }
}

/// One pass that rules out a whole list of patterns at once (the ten attribution-line patterns are
/// tried on every line): the union of each pattern's most selective set. No gate when one of the
/// patterns has no filter.
struct PatternGate: Sendable {
    private let set: LiteralSet?

    init(_ patterns: [String], caseInsensitive: Bool = true) {
        var union = Set<String>()
        for p in patterns {
            guard let first = LiteralPrefilter(pattern: p, caseInsensitive: caseInsensitive)?.required.first else {
                set = nil
                return
            }
            union.formUnion(first)
        }
        set = LiteralSet(union, caseInsensitive: caseInsensitive)
    }

    /// False only when none of the patterns can match `text`.
    func mayMatchAny(_ text: String) -> Bool {
        guard let set else { return true }
        return set.search(text) != .absent
    }
}

/// Literal strings searched together in one pass over the bytes.
final class LiteralSet: Sendable {
    /// The hot tables are flat, so a scan touches no nested array (their reference counts are shared
    /// by every thread that reads mail): the literals' UTF-8 bytes (lowercase ASCII when
    /// case-insensitive; none contains another), ordered by first byte, where
    /// each literal starts (`starts[k] ..< starts[k + 1]` is the k-th), and which of them start with
    /// byte b (`byFirstByte[b] ..< byFirstByte[b + 1]`).
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let byFirstByte: [Int32]
    /// Per first byte, the (folded) second bytes its literals continue with, as a 64-bit set of
    /// `byte & 63` (all bits for a one-byte literal): most positions that start like a literal are
    /// ruled out with one test.
    private let secondBytes: [UInt64]
    /// What each raw byte means (see `scan(at:)`).
    private let roles: [UInt8]
    /// Which pairs of adjacent raw bytes need a closer look, one bit each, indexed by
    /// `first << 7 | second & 0x7F`: the pair a literal starts with (in every case, when
    /// case-insensitive), and every pair whose first byte has a role of its own (a digit, a possible
    /// non-ASCII digit, a fold lead, a one-byte literal). Most positions of prose are ruled out by one
    /// well-predicted bit test on the bytes as they are (no folding in the loop); testing the first
    /// byte's role alone passed most letters of English and mispredicted often.
    let pairs: [UInt64]
    /// The byte as compared: ASCII upper case folded when case-insensitive.
    let fold: [UInt8]

    private static let startsLiteral: UInt8 = 1, digitFound: UInt8 = 2, unsure: UInt8 = 4, foldLead: UInt8 = 8
    /// 2^15 bits: `pairKey` keeps the first byte and the low seven bits of the second.
    static let pairWords = 512

    @inline(__always) static func pairKey(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first) << 7 | Int(second & 0x7F)
    }

    /// Whether a pair table (`pairs`, or a union of them) marks the pair (`first`, `second`).
    @inline(__always) static func marks(_ table: UnsafeBufferPointer<UInt64>, _ first: UInt8, _ second: UInt8) -> Bool {
        let key = pairKey(first, second)
        return table[key >> 6] & (1 << UInt64(key & 63)) != 0
    }
    /// Lead bytes of the characters whose case folding contains ASCII letters.
    private static let foldLeads: Set<UInt8> = [0xC3, 0xC4, 0xC5, 0xC7, 0xE1, 0xE2, 0xEF]

    init(_ set: Set<String>, caseInsensitive: Bool) {
        let digits = set.contains(LiteralPrefilter.digit)
        // A literal containing another one is redundant: the shorter one is found first.
        // Held as compared: ASCII upper case folded when case-insensitive.
        let sorted = set.filter { $0 != LiteralPrefilter.digit }
            .map { Array($0.utf8).map { b in caseInsensitive && b >= 0x41 && b <= 0x5A ? b | 0x20 : b } }
            .sorted { $0.count < $1.count }
        var kept: [[UInt8]] = []
        for l in sorted where !kept.contains(where: { Self.contains(l, $0) }) { kept.append(l) }
        let ordered = kept.enumerated().sorted { ($0.element[0], $0.offset) < ($1.element[0], $1.offset) }.map(\.element)
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        var byFirstByte = [Int32](repeating: 0, count: 257)
        var secondBytes = [UInt64](repeating: 0, count: 256)
        for l in ordered {
            bytes += l
            starts.append(Int32(bytes.count))
            byFirstByte[Int(l[0]) + 1] += 1
            secondBytes[Int(l[0])] |= l.count > 1 ? 1 << UInt64(l[1] & 63) : ~0
        }
        for b in 0..<256 { byFirstByte[b + 1] += byFirstByte[b] }
        var fold = [UInt8](repeating: 0, count: 256)
        var roles = [UInt8](repeating: 0, count: 256)
        for value in 0..<256 {
            let b = UInt8(value)
            let folded: UInt8 = caseInsensitive && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            fold[value] = folded
            var role: UInt8 = secondBytes[Int(folded)] == 0 ? 0 : Self.startsLiteral
            if digits && b >= 0x30 && b <= 0x39 { role |= Self.digitFound }
            // Any non-ASCII byte may belong to a digit of another script.
            if digits && b >= 0x80 { role |= Self.unsure }
            if caseInsensitive && Self.foldLeads.contains(b) { role |= Self.foldLead }
            roles[value] = role
        }
        // Marked by folded pairs first, then spread to the raw bytes that fold to them: a raw pair is
        // marked when its folded pair is (the low seven bits of the second byte stand for both an ASCII
        // byte and a non-ASCII one: either one's mark counts).
        var folded = [UInt64](repeating: 0, count: Self.pairWords)
        func mark(_ first: UInt8, _ second: UInt8) {
            let key = Self.pairKey(first, second)
            folded[key >> 6] |= 1 << UInt64(key & 63)
        }
        func isMarked(_ first: UInt8, _ second: UInt8) -> Bool {
            let key = Self.pairKey(first, second)
            return folded[key >> 6] & (1 << UInt64(key & 63)) != 0
        }
        for value in 0..<256 where roles[value] & (Self.digitFound | Self.unsure | Self.foldLead) != 0 {
            for second in 0..<128 { mark(UInt8(value), UInt8(second)) }
        }
        for l in ordered {
            if l.count == 1 {
                for second in 0..<128 { mark(l[0], UInt8(second)) }
            } else {
                mark(l[0], l[1])
            }
        }
        var pairs = [UInt64](repeating: 0, count: Self.pairWords)
        for first in 0..<256 {
            for low in 0..<128 {
                let ascii = fold[low], other = UInt8(low | 0x80)
                guard isMarked(fold[first], ascii) || isMarked(fold[first], other) else { continue }
                let key = Self.pairKey(UInt8(first), UInt8(low))
                pairs[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        self.pairs = pairs
        self.bytes = bytes
        self.starts = starts
        self.byFirstByte = byFirstByte
        self.secondBytes = secondBytes
        self.roles = roles
        self.fold = fold
    }

    private static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        for i in 0...(hay.count - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
        return false
    }

    enum Outcome { case absent, found, unsure }

    /// `search` over the UTF-8 of `text`.
    func search(_ text: String) -> Outcome { TextTools.withUTF8(text, search) }

    /// `.found` when a literal occurs, `.unsure` at a character the ASCII folding cannot judge (or a
    /// possible non-ASCII digit), `.absent` otherwise.
    func search(_ h: UnsafeBufferPointer<UInt8>) -> Outcome {
        withTables { scan(h, $0) }
    }

    /// Calls `body` with the hot tables' storage (valid only inside `body`).
    func withTables<R>(_ body: (Tables) -> R) -> R {
        roles.withUnsafeBufferPointer { roles in
            fold.withUnsafeBufferPointer { fold in
                secondBytes.withUnsafeBufferPointer { second in
                    bytes.withUnsafeBufferPointer { bytes in
                        starts.withUnsafeBufferPointer { starts in
                            byFirstByte.withUnsafeBufferPointer { first in
                                pairs.withUnsafeBufferPointer { pairs in
                                    body(Tables(roles: roles, fold: fold, second: second, bytes: bytes, starts: starts,
                                                first: first, pairs: pairs))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    struct Tables {
        var roles, fold: UnsafeBufferPointer<UInt8>
        var second: UnsafeBufferPointer<UInt64>
        var bytes: UnsafeBufferPointer<UInt8>
        var starts, first: UnsafeBufferPointer<Int32>
        var pairs: UnsafeBufferPointer<UInt64>

        /// Whether the pair of raw bytes at a position needs a closer look (`look(at:_:_:)`).
        @inline(__always) func flags(_ first: UInt8, _ second: UInt8) -> Bool { LiteralSet.marks(pairs, first, second) }
    }

    private func scan(_ h: UnsafeBufferPointer<UInt8>, _ t: Tables) -> Outcome {
        let n = h.count
        guard n > 0 else { return .absent }
        var next = h[0]
        var i = 0
        while i < n - 1 {
            let current = next
            next = h[i + 1]
            if t.flags(current, next), let outcome = Self.look(at: i, h, t) { return outcome }
            i += 1
        }
        return Self.look(at: n - 1, h, t) ?? .absent
    }

    /// The closer look at a position the pair table flagged: `.found` when a literal (or a digit)
    /// starts at `i`, `.unsure` at a character the ASCII folding cannot judge, nil otherwise.
    @inline(__always) static func look(at i: Int, _ h: UnsafeBufferPointer<UInt8>, _ t: Tables) -> Outcome? {
        let n = h.count
        let b = h[i]
        let role = t.roles[Int(b)]
        guard role != 0 else { return nil }
        if role & (digitFound | unsure | foldLead) != 0 {
            if role & digitFound != 0 { return .found }
            if role & unsure != 0 { return .unsure }
            if foldsToASCII(h, at: i) { return .unsure }
        }
        if role & startsLiteral != 0 {
            let f = Int(t.fold[Int(b)])
            let next: UInt64 = i + 1 < n ? 1 << UInt64(t.fold[Int(h[i + 1])] & 63) : ~0
            if t.second[f] & next != 0 {
                for k in Int(t.first[f])..<Int(t.first[f + 1]) where matches(t, k, h, i) { return .found }
            }
        }
        return nil
    }

    /// Whether literal `k` (its first byte already matched) occurs at `at`.
    @inline(__always) private static func matches(_ t: Tables, _ k: Int, _ h: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        let lo = Int(t.starts[k]), hi = Int(t.starts[k + 1])
        guard at + (hi - lo) <= h.count else { return false }
        var j = 1
        while lo + j < hi {
            if t.fold[Int(h[at + j])] != t.bytes[lo + j] { return false }
            j += 1
        }
        return true
    }

    /// Whether the character at `i` is one whose full case folding contains ASCII letters
    /// (U+00DF, U+0130, U+0149, U+017F, U+01F0, U+1E96–U+1E9F, U+212A, U+FB00–U+FB06).
    private static func foldsToASCII(_ h: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        func byte(_ k: Int) -> UInt8 { i + k < h.count ? h[i + k] : 0 }
        switch h[i] {
        case 0xC3: return byte(1) == 0x9F
        case 0xC4: return byte(1) == 0xB0
        case 0xC5: return byte(1) == 0x89 || byte(1) == 0xBF
        case 0xC7: return byte(1) == 0xB0
        case 0xE1: return byte(1) == 0xBA && (0x96...0x9F).contains(byte(2))
        case 0xE2: return byte(1) == 0x84 && byte(2) == 0xAA
        case 0xEF: return byte(1) == 0xAC && (0x80...0x86).contains(byte(2))
        default: return false
        }
    }
}
