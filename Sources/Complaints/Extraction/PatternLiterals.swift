/// What a piece of a pattern can match, as far as literals go.
struct LiteralInfo {
    /// Every string the piece can match, when that set is small and known.
    var exact: Set<String>?
    /// Sets of strings such that every match contains one string of each set; empty when nothing is known.
    var match: [Set<String>] = []

    static let unknown = LiteralInfo(exact: nil)
    static let empty = LiteralInfo(exact: [""])
    static let digit = LiteralInfo(exact: nil, match: [[LiteralPrefilter.digit]])

    static let maxExact = 64
    /// At most this many sets are kept (each costs one pass over the text).
    static let maxSets = 3

    /// Every set this piece requires.
    var allRequired: [Set<String>] {
        if let exact { return exact.contains("") ? [] : [exact] }
        return match
    }

    /// The most selective single set this piece requires.
    var required: Set<String>? {
        allRequired.max { Self.score($0) < Self.score($1) }
    }

    static func concat(_ a: LiteralInfo, _ b: LiteralInfo) -> LiteralInfo {
        if let ea = a.exact, let eb = b.exact, ea.count * eb.count <= maxExact {
            var out = Set<String>()
            for x in ea { for y in eb { out.insert(x + y) } }
            return LiteralInfo(exact: out)
        }
        return all([a, b])
    }

    /// A sequence: every segment's sets are required (the most selective few are kept).
    static func all(_ parts: [LiteralInfo]) -> LiteralInfo {
        var sets: [Set<String>] = []
        for set in parts.flatMap(\.allRequired) where !sets.contains(set) { sets.append(set) }
        sets.sort { score($0) > score($1) }
        return LiteralInfo(exact: nil, match: Array(sets.prefix(maxSets)))
    }

    static func alternate(_ a: LiteralInfo, _ b: LiteralInfo) -> LiteralInfo {
        if let ea = a.exact, let eb = b.exact, ea.count + eb.count <= maxExact {
            return LiteralInfo(exact: ea.union(eb))
        }
        guard let ra = a.required, let rb = b.required else { return .unknown }
        return LiteralInfo(exact: nil, match: [ra.union(rb)])
    }

    static func repeated(_ x: LiteralInfo, min: Int, max: Int?) -> LiteralInfo {
        if min == 0 {
            if max == 1, let e = x.exact, e.count < maxExact { return LiteralInfo(exact: e.union([""])) }
            return .unknown
        }
        if min == 1 && max == 1 { return x }
        return LiteralInfo(exact: nil, match: x.allRequired)
    }

    /// How selective a set is: its most common literal as rare as possible, then fewer literals.
    static func score(_ set: Set<String>) -> Int {
        let commonest = set.map(rarity).min() ?? 0
        return commonest * 1_000 - set.count
    }

    /// Roughly how seldom a literal turns up in running text: letters, digits and spaces are
    /// everywhere (two letters such as "de" or "on" are in most lines of prose), while ASCII
    /// punctuation (":", "<", "@", "_") is rare there and counts as much as several letters.
    static func rarity(_ literal: String) -> Int {
        if literal == LiteralPrefilter.digit { return 1 }
        return literal.utf8.reduce(0) { sum, b in
            let common = b == 0x20 || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
            return sum + (b >= 0x80 ? 2 : common ? 1 : 4)
        }
    }
}

/// A recursive-descent reading of the ICU regex subset the extraction patterns use. Returns nil for
/// anything else (inline flags, named groups, \Q…\E, back-references, unknown escapes).
struct PatternLiterals {
    private let s: [Unicode.Scalar]
    private var i = 0
    /// Whether the pattern has anchors, word boundaries or lookarounds (then its exact strings are
    /// not the whole story: a text containing one may still not match).
    private(set) var hasAssertions = false
    private let caseInsensitive: Bool

    init(pattern: String, caseInsensitive: Bool) {
        self.s = Array(pattern.unicodeScalars)
        self.caseInsensitive = caseInsensitive
    }

    mutating func parse() -> LiteralInfo? {
        guard let info = alternation(), i == s.count else { return nil }
        return info
    }

    private var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

    private mutating func alternation() -> LiteralInfo? {
        guard var info = sequence() else { return nil }
        while peek == "|" {
            i += 1
            guard let next = sequence() else { return nil }
            info = .alternate(info, next)
        }
        return info
    }

    /// Adjacent pieces with known strings are joined into longer literals; the sequence then requires
    /// the most selective of its segments.
    private mutating func sequence() -> LiteralInfo? {
        var segments: [LiteralInfo] = []
        var run = LiteralInfo.empty
        while let c = peek, c != "|", c != ")" {
            guard let a = atom(), let q = quantified(a) else { return nil }
            if let e = q.exact, let r = run.exact, e.count * r.count <= LiteralInfo.maxExact {
                run = .concat(run, q)
            } else if q.exact != nil {
                segments.append(run)
                run = q
            } else {
                segments.append(run)
                segments.append(q)
                run = .empty
            }
        }
        segments.append(run)
        let meaningful = segments.filter { $0.exact != [""] }
        if meaningful.count <= 1 { return meaningful.first ?? .empty }
        return .all(meaningful)
    }

    private mutating func quantified(_ a: LiteralInfo) -> LiteralInfo? {
        var min = 1, max: Int? = 1
        switch peek {
        case "*": min = 0; max = nil; i += 1
        case "+": min = 1; max = nil; i += 1
        case "?": min = 0; max = 1; i += 1
        case "{":
            i += 1
            guard let lo = number() else { return nil }
            min = lo; max = lo
            if peek == "," {
                i += 1
                max = peek == "}" ? nil : number()
                if max == nil && peek != "}" { return nil }
            }
            guard peek == "}" else { return nil }
            i += 1
        default: return a
        }
        if peek == "?" || peek == "+" { i += 1 }  // lazy or possessive: the same strings
        if let c = peek, "*+?{".unicodeScalars.contains(c) { return nil }
        return .repeated(a, min: min, max: max)
    }

    private mutating func number() -> Int? {
        var n: Int?
        while let c = peek, c.properties.numericType == .decimal, c.isASCII {
            n = (n ?? 0) * 10 + Int(c.value - 48)
            i += 1
        }
        return n
    }

    private mutating func atom() -> LiteralInfo? {
        guard let c = peek else { return nil }
        i += 1
        switch c {
        case "(":
            var lookaround = false
            if peek == "?" {
                i += 1
                switch peek {
                case ":": i += 1
                case "=", "!": i += 1; lookaround = true
                case "<":
                    i += 1
                    guard peek == "=" || peek == "!" else { return nil }
                    i += 1; lookaround = true
                default: return nil
                }
            }
            guard let inner = alternation(), peek == ")" else { return nil }
            i += 1
            if lookaround { hasAssertions = true }
            return lookaround ? .empty : inner
        case "[":
            return characterClass()
        case ".": return .unknown
        case "^", "$": hasAssertions = true; return .empty
        case "\\": return escape()
        case "*", "+", "?", "{", ")", "|", "]", "}": return nil
        default: return literal(c)
        }
    }

    private mutating func escape() -> LiteralInfo? {
        guard let c = peek else { return nil }
        i += 1
        switch c {
        case "b", "B", "A", "z", "Z", "G": hasAssertions = true; return .empty
        case "d": return .digit
        case "s", "S", "D", "w", "W", "h", "H", "v", "V", "R", "X": return .unknown
        case "p", "P":
            guard peek == "{" else { return nil }
            while let d = peek, d != "}" { i += 1 }
            guard peek == "}" else { return nil }
            i += 1
            return .unknown
        case "t": return literal("\t")
        case "n": return literal("\n")
        case "r": return literal("\r")
        default:
            // Escaped punctuation stands for itself; escaped letters and digits mean something else.
            guard c.isASCII, !c.properties.isAlphabetic, c.properties.numericType == nil else { return nil }
            return literal(c)
        }
    }

    /// Reads a `[...]` set (nested sets, escapes and `\p{…}` included). A plain list of up to 16
    /// characters (`[:：]`) gives those characters; anything else (ranges, negation, classes) is unknown.
    /// Nil when the set does not end.
    private mutating func characterClass() -> LiteralInfo? {
        var depth = 1
        var plain = true
        var members: [Unicode.Scalar] = []
        if peek == "^" { i += 1; plain = false }
        if peek == "]" { return nil }
        while let c = peek {
            i += 1
            switch c {
            case "\\":
                guard let e = peek else { return nil }
                i += 1
                if e == "p" || e == "P", peek == "{" {
                    while let d = peek, d != "}" { i += 1 }
                    guard peek == "}" else { return nil }
                    i += 1
                }
                if e.isASCII, !e.properties.isAlphabetic, e.properties.numericType == nil { members.append(e) } else { plain = false }
            case "[": depth += 1; plain = false
            case "]":
                depth -= 1
                guard depth == 0 else { continue }
                // `[:Letter:]` is a property, not a list.
                guard plain, !members.isEmpty, members.count <= 16, !(members.first == ":" && members.last == ":") else { return .unknown }
                return members.map(literal).reduce(LiteralInfo(exact: []), LiteralInfo.alternate)
            case "-":
                // Literal only first or last ("[-=_]", "[.-]"); otherwise a range.
                if members.isEmpty || peek == "]" { members.append(c) } else { plain = false }
            case "&", "$", "{", "}": plain = false
            default: members.append(c)
            }
        }
        return nil
    }

    private func literal(_ c: Unicode.Scalar) -> LiteralInfo {
        guard caseInsensitive else { return LiteralInfo(exact: [String(c)]) }
        if c.isASCII {
            let folded = (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(c.value | 0x20)! : c
            return LiteralInfo(exact: [String(folded)])
        }
        // Only characters no other character folds to: caseless letters (CJK), punctuation, symbols, digits.
        switch c.properties.generalCategory {
        case .otherLetter, .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
             .otherSymbol, .spaceSeparator, .decimalNumber:
            return c.properties.changesWhenCaseMapped ? .unknown : LiteralInfo(exact: [String(c)])
        default:
            return .unknown
        }
    }
}
