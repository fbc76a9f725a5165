/// Finds many phrases in one pass over normalized UTF-8 text, negation-aware (see `RuleSet`).
///
/// Patterns are indexed by their first two bytes (a 64 Ki-entry table), so each text position
/// compares only the few phrases that can start there instead of calling `contains` per phrase.
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

    private(set) var patterns: [Pattern] = []
    private var starts: [Int32]
    private var order: [Int32]
    let windowWords: Int
    let windowChars: Int

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
        // Counting sort of pattern ids by their 2-byte key.
        var counts = [Int32](repeating: 0, count: 65537)
        for p in patterns { counts[Self.key(p.bytes[0], p.bytes[1]) + 1] += 1 }
        for k in 1..<counts.count { counts[k] += counts[k - 1] }
        var fill = counts
        var order = [Int32](repeating: 0, count: patterns.count)
        for (i, p) in patterns.enumerated() {
            let k = Self.key(p.bytes[0], p.bytes[1])
            order[Int(fill[k])] = Int32(i)
            fill[k] += 1
        }
        self.patterns = patterns
        self.starts = counts
        self.order = order
        self.windowWords = rules.windowWords
        self.windowChars = rules.windowChars
    }

    @inline(__always) private static func key(_ a: UInt8, _ b: UInt8) -> Int { Int(a) << 8 | Int(b) }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27
    }

    /// All occurrences of all patterns in `text` (normalized UTF-8).
    func hits(in text: [UInt8]) -> [Hit] {
        var out: [Hit] = []
        let n = text.count
        guard n >= 2 else { return out }
        text.withUnsafeBufferPointer { t in
            for i in 0..<(n - 1) {
                let b0 = t[i]
                if b0 & 0xC0 == 0x80 { continue }
                let k = Self.key(b0, t[i + 1])
                var j = Int(starts[k])
                let stop = Int(starts[k + 1])
                while j < stop {
                    let pid = Int(order[j])
                    j += 1
                    let p = patterns[pid]
                    let m = p.bytes.count
                    guard i + m <= n else { continue }
                    var same = true
                    var q = 2
                    while q < m { if t[i + q] != p.bytes[q] { same = false; break }; q += 1 }
                    guard same else { continue }
                    if p.latin {
                        if i > 0, Self.isWordByte(t[i - 1]), Self.isWordByte(p.bytes[0]) { continue }
                        if !p.prefix, i + m < n, Self.isWordByte(t[i + m]), Self.isWordByte(p.bytes[m - 1]) { continue }
                    }
                    out.append(Hit(pattern: pid, start: i, end: i + m))
                }
            }
        }
        return out
    }

    /// Rule phrases found in `text`, each marked negated or not; one finding per (rule, phrase).
    func findings(in text: [UInt8]) -> [Finding] {
        let all = hits(in: text)
        var cues: [Hit] = []
        var pseudo: [Hit] = []
        var ruleHits: [Hit] = []
        for h in all {
            switch patterns[h.pattern].role {
            case .cue: cues.append(h)
            case .pseudo: pseudo.append(h)
            case .rule: ruleHits.append(h)
            }
        }
        let active = cues.filter { c in
            !pseudo.contains { $0.start <= c.start && c.end <= $0.end }
                && !ruleHits.contains { $0.start <= c.start && c.end <= $0.end && $0.end - $0.start > c.end - c.start }
        }
        var out: [Finding] = []
        for h in ruleHits {
            guard case .rule(let r) = patterns[h.pattern].role else { continue }
            // "个月了" inside "一个月了" is the same evidence: only the longest phrase of a rule counts.
            let shadowed = ruleHits.contains { o in
                o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start && patterns[o.pattern].role == .rule(r)
            }
            if shadowed { continue }
            let negated = active.contains { c in c.end <= h.start && withinWindow(text, from: c.end, to: h.start, latinCue: patterns[c.pattern].latin) }
            let phrase = patterns[h.pattern].phrase
            if let k = out.firstIndex(where: { $0.rule == r && $0.phrase == phrase }) {
                // Counted once: fires if any occurrence is not negated.
                if !negated { out[k].negated = false }
            } else {
                out.append(Finding(rule: r, phrase: phrase, negated: negated))
            }
        }
        return out
    }

    /// True when the gap holds no clause break and at most the window of words (Latin cue) or
    /// characters (Chinese cue).
    private func withinWindow(_ t: [UInt8], from a: Int, to b: Int, latinCue: Bool) -> Bool {
        var words = 0
        var chars = 0
        var inWord = false
        var i = a
        while i < b {
            let c = t[i]
            switch c {
            case 0x2E, 0x2C, 0x3B, 0x21, 0x3F, 0x3A, 0x0A, 0x28, 0x29:  // . , ; ! ? : newline ( )
                return false
            case 0xE3 where i + 2 < b && t[i + 1] == 0x80 && (t[i + 2] == 0x81 || t[i + 2] == 0x82):  // 、 。
                return false
            default: break
            }
            if c < 0x80 {
                if Self.isWordByte(c) {
                    if !inWord { words += 1; chars += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
                i += 1
            } else {
                inWord = false
                chars += 1
                i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            }
        }
        return latinCue ? words <= windowWords : chars <= windowChars
    }
}
