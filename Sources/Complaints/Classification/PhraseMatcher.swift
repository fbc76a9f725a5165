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
    /// The longest pattern, in bytes.
    private let maxLength: Int
    /// Every pattern's bytes back to back (`flatStart[p]`, `patterns[p].bytes.count` long), and per
    /// pattern the checks `hits` needs, so the scan touches no reference-counted storage.
    private let flat: [UInt8]
    private let flatStart: [Int32]
    private let lengths: [Int32]
    /// Bit 0: Latin (whole-word match); bit 1: prefix; bit 2: first byte is a word byte; bit 3: last byte is.
    private let checks: [UInt8]
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
        self.maxLength = patterns.map(\.bytes.count).max() ?? 0
        self.flat = patterns.flatMap(\.bytes)
        var offset: Int32 = 0
        var flatStart: [Int32] = []
        for p in patterns { flatStart.append(offset); offset += Int32(p.bytes.count) }
        self.flatStart = flatStart
        self.lengths = patterns.map { Int32($0.bytes.count) }
        self.checks = patterns.map { p in
            (p.latin ? 1 : 0) | (p.prefix ? 2 : 0) | (Self.isWordByte(p.bytes[0]) ? 4 : 0) | (Self.isWordByte(p.bytes[p.bytes.count - 1]) ? 8 : 0)
        }
        self.roles = patterns.map { p in
            switch p.role {
            case .rule(let r): Int32(r)
            case .cue: Self.cueRole
            case .pseudo: Self.pseudoRole
            }
        }
    }

    @inline(__always) private static func key(_ a: UInt8, _ b: UInt8) -> Int { Int(a) << 8 | Int(b) }

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
        order.withUnsafeBufferPointer { order in
        flatStart.withUnsafeBufferPointer { flatStart in
        lengths.withUnsafeBufferPointer { lengths in
        checks.withUnsafeBufferPointer { checks in
            for i in 0..<(n - 1) {
                let b0 = t[i]
                if b0 & 0xC0 == 0x80 { continue }
                // Every pattern starting with a word byte is Latin and must start a word.
                if i > 0, Self.isWordByte(b0), Self.isWordByte(t[i - 1]) { continue }
                let k = Self.key(b0, t[i + 1])
                var j = Int(starts[k])
                let stop = Int(starts[k + 1])
                while j < stop {
                    let pid = Int(order[j])
                    j += 1
                    let m = Int(lengths[pid])
                    guard i + m <= n else { continue }
                    let f = Int(flatStart[pid])
                    var q = 2
                    while q < m && t[i + q] == flat[f + q] { q += 1 }
                    guard q == m else { continue }
                    let c = checks[pid]
                    if c & 1 != 0 {
                        if i > 0, c & 4 != 0, Self.isWordByte(t[i - 1]) { continue }
                        if c & 2 == 0, i + m < n, c & 8 != 0, Self.isWordByte(t[i + m]) { continue }
                    }
                    out.append(Hit(pattern: pid, start: i, end: i + m))
                }
            }
        }}}}}}}
        return out
    }

    /// Rule phrases found in `text`, each marked negated or not; one finding per (rule, phrase).
    ///
    /// Linear in the text: hits arrive sorted by start and no pattern is longer than `maxLength`
    /// bytes, so containment is checked among the few hits that start within `maxLength` before a
    /// hit; a rule hit is negated by one of the last few active cues before it, and the window scan
    /// stops at the first clause break or once the window is exceeded. A cue whose window fails
    /// rules out every earlier-ending cue of its script (their gap holds the same words and more),
    /// and a clause break every earlier-ending cue, so those are not scanned again.
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
        var recentCues: [Hit] = []  // the last few active cues, latest last
        for (index, h) in all.enumerated() {
            let role = roles[h.pattern]
            if role == Self.pseudoRole { continue }
            if role == Self.cueRole {
                // A cue inside a pseudo-negation ("not received") or inside a longer rule phrase ("不满意") is no cue.
                if !contained(index, { $0 != Self.cueRole }) {
                    if recentCues.count == 8 { recentCues.removeFirst() }
                    recentCues.append(h)
                }
                continue
            }
            // "个月了" inside "一个月了" is the same evidence: only the longest phrase of a rule counts.
            if contained(index, { $0 == role }) { continue }
            var negated = false
            var failedLatin = -1  // cues ending at or before these offsets are known not to reach `h`
            var failedHan = -1
            for c in recentCues.reversed() where c.end <= h.start {
                let latin = checks[c.pattern] & 1 != 0
                if c.end <= (latin ? failedLatin : failedHan) { continue }
                let gap = self.gap(text, from: c.end, to: h.start, latinCue: latin)
                if gap == .within { negated = true; break }
                if gap == .broken || latin { failedLatin = max(failedLatin, c.end) }
                if gap == .broken || !latin { failedHan = max(failedHan, c.end) }
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

    /// What lies between a negation cue and a phrase.
    private enum Gap { case within, tooLong, broken }

    /// `.broken` when the gap holds a clause break, `.tooLong` when it holds more than the window of
    /// words (Latin cue) or characters (Chinese cue), and `.within` otherwise; the scan stops at the
    /// first break or once the window is exceeded.
    private func gap(_ t: [UInt8], from a: Int, to b: Int, latinCue: Bool) -> Gap {
        let limit = latinCue ? windowWords : windowChars
        var count = 0  // words, plus non-ASCII characters for a Chinese cue
        var inWord = false
        var i = a
        while i < b {
            let c = t[i]
            switch c {
            case 0x2E, 0x2C, 0x3B, 0x21, 0x3F, 0x3A, 0x0A, 0x28, 0x29:  // . , ; ! ? : newline ( )
                return .broken
            case 0xE3 where i + 2 < b && t[i + 1] == 0x80 && (t[i + 2] == 0x81 || t[i + 2] == 0x82):  // 、 。
                return .broken
            default: break
            }
            if c < 0x80 {
                if Self.isWordByte(c) {
                    if !inWord { count += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
                i += 1
            } else {
                inWord = false
                if !latinCue { count += 1 }
                i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            }
            if count > limit { return .tooLong }
        }
        return count <= limit ? .within : .tooLong
    }
}
