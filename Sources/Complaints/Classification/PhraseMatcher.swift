/// Finds many phrases in one pass over normalized UTF-8 text, negation-aware (see `RuleSet`).
///
/// Patterns are indexed by a hash of their first three bytes (a two-byte pattern under every third
/// byte), so each text position compares only the few phrases that can start there instead of
/// calling `contains` per phrase, and each of those with one 8-byte comparison (more only for
/// longer phrases).
struct PhraseMatcher: Sendable {
    enum Role: Sendable, Equatable { case rule(Int), cue, pseudo }

    struct Pattern: Sendable {
        var bytes: [UInt8]
        var role: Role
        var phrase: String
        /// Ends with `*`: matches a word prefix.
        var prefix: Bool
        var latin: Bool
    }

    struct Hit: Sendable {
        var pattern: Int
        var start: Int
        var end: Int
    }

    /// One rule phrase found in a message.
    struct Finding: Sendable, Equatable {
        var rule: Int
        var phrase: String
        var negated: Bool
    }

    /// What `hits` needs of one pattern, in one record, so the scan touches no reference-counted storage.
    private struct Probe: Sendable {
        /// The pattern's first eight bytes (fewer if shorter), little-endian, and the mask of them.
        var head: UInt64
        var mask: UInt64
        /// Where the pattern's bytes start in `flat`.
        var flatStart: Int32
        var length: Int32
        var pattern: Int32
        /// A whole Latin word (not a prefix) ending in a word byte: no word byte may follow the match.
        var endsWord: Bool
    }

    private(set) var patterns: [Pattern] = []
    /// Bucket `k` (see `bucket`) is `probes[starts[k]..<starts[k + 1]]`, in pattern order.
    private var starts: [Int32]
    private let probes: [Probe]
    let windowWords: Int
    let windowChars: Int
    /// The longest pattern, in bytes.
    private let maxLength: Int
    /// Every pattern's bytes back to back, for patterns longer than a probe's head.
    private let flat: [UInt8]
    /// Per pattern, its rule index, or `cueRole` or `pseudoRole`: what `findings` asks of every hit,
    /// without copying a `Pattern` (and retaining its storage) per hit.
    private let roles: [Int32]
    private static let cueRole: Int32 = -1
    private static let pseudoRole: Int32 = -2

    init(rules: RuleSet) {
        var patterns: [Pattern] = []
        func add(_ phrase: String, _ role: Role) {
            var text = TextNormalizer.normalize(phrase).trimmingCharacters(in: .whitespaces)
            let prefix = text.hasSuffix("*")
            if prefix { text.removeLast() }
            let bytes = Array(text.utf8)
            guard bytes.count >= 2 else { return }
            patterns.append(Pattern(bytes: bytes, role: role, phrase: phrase, prefix: prefix, latin: bytes[0] < 0x80))
        }
        for (r, rule) in rules.rules.enumerated() { for p in rule.phrases { add(p, .rule(r)) } }
        for p in rules.negationCues { add(p, .cue) }
        for p in rules.pseudoNegations { add(p, .pseudo) }
        // Counting sort of pattern ids by bucket.
        let buckets = patterns.map { p in
            p.bytes.count > 2 ? [Self.bucket(p.bytes[0], p.bytes[1], p.bytes[2])]
                              : Set((0...255).map { Self.bucket(p.bytes[0], p.bytes[1], $0) }).sorted()
        }
        var counts = [Int32](repeating: 0, count: (1 << Self.bucketBits) + 1)
        for b in buckets.joined() { counts[b + 1] += 1 }
        for k in 1..<counts.count { counts[k] += counts[k - 1] }
        var fill = counts
        var probes = [Probe](repeating: Probe(head: 0, mask: 0, flatStart: 0, length: 0, pattern: 0, endsWord: false),
                             count: Int(counts[counts.count - 1]))
        var offset: Int32 = 0
        for (i, p) in patterns.enumerated() {
            var head: UInt64 = 0
            for (q, b) in p.bytes.prefix(8).enumerated() { head |= UInt64(b) << (8 * q) }
            let probe = Probe(head: head, mask: p.bytes.count >= 8 ? .max : (1 << (8 * p.bytes.count)) - 1, flatStart: offset,
                              length: Int32(p.bytes.count), pattern: Int32(i),
                              endsWord: p.latin && !p.prefix && Self.isWordByte(p.bytes[p.bytes.count - 1]))
            for k in buckets[i] {
                probes[Int(fill[k])] = probe
                fill[k] += 1
            }
            offset += Int32(p.bytes.count)
        }
        self.patterns = patterns
        self.starts = counts
        self.probes = probes
        self.windowWords = rules.windowWords
        self.windowChars = rules.windowChars
        self.maxLength = patterns.map(\.bytes.count).max() ?? 0
        self.flat = patterns.flatMap(\.bytes)
        self.roles = patterns.map { p in
            switch p.role {
            case .rule(let r): Int32(r)
            case .cue: Self.cueRole
            case .pseudo: Self.pseudoRole
            }
        }
    }

    private static let bucketBits = 14

    /// The bucket of patterns that may start with bytes `a`, `b`, `c` (`c` is 0 past the end of the text).
    @inline(__always) private static func bucket(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        Int(((UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)) &* 0x9E37_79B1) >> (32 - bucketBits))
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27
    }

    /// All occurrences of all patterns in `text` (normalized UTF-8), by start.
    func hits(in text: [UInt8]) -> [Hit] {
        var out: [Hit] = []
        let n = text.count
        guard n >= 2 else { return out }
        text.withUnsafeBufferPointer { t in
        flat.withUnsafeBufferPointer { flat in
        starts.withUnsafeBufferPointer { starts in
        probes.withUnsafeBufferPointer { probes in
            // Positions inside a character or a word are skipped: every pattern starting with a word
            // byte is Latin and must start a word, so no pattern starts after a word byte.
            var i = 0
            while i < n - 1 {
                let b0 = t[i]
                if b0 & 0xC0 == 0x80 { i += 1; continue }
                let k = Self.bucket(b0, t[i + 1], i + 2 < n ? t[i + 2] : 0)
                var j = Int(starts[k])
                let stop = Int(starts[k + 1])
                let head = j < stop ? Self.head(of: t, at: i) : 0
                while j < stop {
                    let p = probes[j]
                    j += 1
                    let m = Int(p.length)
                    guard i + m <= n, head & p.mask == p.head else { continue }
                    if m > 8 {
                        let f = Int(p.flatStart)
                        var q = 8
                        while q < m && t[i + q] == flat[f + q] { q += 1 }
                        guard q == m else { continue }
                    }
                    // A whole-word match must also end a word (its start does, see above).
                    if p.endsWord, i + m < n, Self.isWordByte(t[i + m]) { continue }
                    out.append(Hit(pattern: Int(p.pattern), start: i, end: i + m))
                }
                i += 1
                if Self.isWordByte(b0) { while i < n - 1 && Self.isWordByte(t[i]) { i += 1 } }
            }
        }}}}
        return out
    }

    /// The (up to) eight bytes of `t` from `i`, little-endian, zero past the end.
    @inline(__always) private static func head(of t: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        if i + 8 <= t.count { return UInt64(littleEndian: UnsafeRawBufferPointer(t).loadUnaligned(fromByteOffset: i, as: UInt64.self)) }
        var head: UInt64 = 0
        for q in i..<t.count { head |= UInt64(t[q]) << (8 * (q - i)) }
        return head
    }

    /// Rule phrases found in `text`, each marked negated or not; one finding per (rule, phrase).
    ///
    /// Linear in the text: hits arrive sorted by start and no pattern is longer than `maxLength`
    /// bytes, so containment is checked among the few hits that start within `maxLength` before a
    /// hit; a rule hit is negated by one of the last few active cues before it, and each cue's
    /// window is scanned once, up to the first clause break or until the window is exceeded (see
    /// `CueWindow`).
    func findings(in text: [UInt8]) -> [Finding] {
        let all = hits(in: text)
        guard !all.isEmpty else { return [] }
        /// True when a hit other than `h` that starts within `maxLength` before it contains it and
        /// is longer, and `accept` says it counts.
        func contained(_ index: Int, _ accept: (Int32) -> Bool) -> Bool {
            let h = all[index]
            var j = index - 1
            while j >= 0, all[j].start + maxLength >= h.start {
                let o = all[j]
                if o.end >= h.end, o.end - o.start > h.end - h.start, accept(roles[o.pattern]) { return true }
                j -= 1
            }
            j = index + 1
            while j < all.count, all[j].start == h.start {
                let o = all[j]
                if o.end >= h.end, o.end - o.start > h.end - h.start, accept(roles[o.pattern]) { return true }
                j += 1
            }
            return false
        }
        var out: [Finding] = []
        var slot = [Int32](repeating: -1, count: patterns.count)  // pattern id → index in `out`
        var recentCues: [CueWindow] = []  // the last few active cues, latest last
        for (index, h) in all.enumerated() {
            let role = roles[h.pattern]
            if role == Self.pseudoRole { continue }
            if role == Self.cueRole {
                // A cue inside a pseudo-negation ("not received") or inside a longer rule phrase ("不满意") is no cue.
                if !contained(index, { $0 != Self.cueRole }) {
                    if recentCues.count == 8 { recentCues.removeFirst() }
                    let latin = patterns[h.pattern].latin
                    recentCues.append(CueWindow(end: h.end, latin: latin, limit: latin ? windowWords : windowChars))
                }
                continue
            }
            // "个月了" inside "一个月了" is the same evidence: only the longest phrase of a rule counts.
            if contained(index, { $0 == role }) { continue }
            var negated = false
            for c in recentCues.indices.reversed() where recentCues[c].open && recentCues[c].end <= h.start {
                if recentCues[c].reaches(h.start, in: text) { negated = true; break }
            }
            let k = Int(slot[h.pattern])
            if k >= 0 {
                // Counted once: fires if any occurrence is not negated.
                if !negated { out[k].negated = false }
            } else {
                slot[h.pattern] = Int32(out.count)
                out.append(Finding(rule: Int(role), phrase: patterns[h.pattern].phrase, negated: negated))
            }
        }
        return out
    }

    /// Bit `c` is set for the ASCII clause breaks: . , ; ! ? : newline ( )
    private static let breakBits: UInt64 = 1 << 0x2E | 1 << 0x2C | 1 << 0x3B | 1 << 0x21 | 1 << 0x3F | 1 << 0x3A | 1 << 0x0A | 1 << 0x28 | 1 << 0x29

    /// The negation window after a cue: a phrase is within it when the gap from the cue holds no
    /// clause break and at most `limit` words (Latin cue) or characters (Chinese cue). Phrases come
    /// in text order and a gap that fails stays failed as it grows, so the scan resumes where the
    /// previous phrase left it: each byte after a cue is scanned at most once.
    private struct CueWindow {
        /// Where the cue ends.
        let end: Int
        private let latin: Bool
        private let limit: Int
        /// How far the gap has been scanned, and what it holds up to there.
        private var scanned: Int
        private var count = 0  // words, plus non-ASCII characters for a Chinese cue
        private var inWord = false
        /// False once the gap holds a clause break or exceeds the window: no later phrase is within it.
        private(set) var open: Bool

        init(end: Int, latin: Bool, limit: Int) {
            self.end = end
            self.latin = latin
            self.limit = limit
            self.scanned = end
            self.open = limit >= 0
        }

        /// True when a phrase starting at `b` is within the window; `b` is at least `end` and at
        /// least the `b` of any earlier call.
        mutating func reaches(_ b: Int, in t: [UInt8]) -> Bool {
            var i = scanned
            defer { scanned = i }
            while open && i < b {
                let c = t[i]
                if c < 0x80 {
                    if PhraseMatcher.isWordByte(c) {
                        if !inWord { count += 1 }
                        inWord = true
                    } else {
                        if c < 64 && PhraseMatcher.breakBits >> c & 1 != 0 { open = false }
                        inWord = false
                    }
                    i += 1
                } else {
                    if c == 0xE3 && i + 2 < b && t[i + 1] == 0x80 && (t[i + 2] == 0x81 || t[i + 2] == 0x82) { open = false }  // 、 。
                    inWord = false
                    if !latin { count += 1 }
                    i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                }
                if count > limit { open = false }
            }
            return open
        }
    }
}
