/// How alike two complaint texts are, by their character bigrams: pure functions, no I/O.
///
/// Text is lower-cased and cut into runs of letters and digits; each run contributes its adjacent
/// character pairs (a one-character run contributes itself). Bigrams never cross a run boundary, so
/// "line down" gives `li in ne do ow wn` and not `e ` or ` d`. Chinese needs no word segmenter: a run
/// of Han characters gives one bigram per adjacent pair (`断网` `网三` `三天`).
///
/// ```swift
/// Similarity.jaccard("Internet down since Monday", "internet is down since monday morning") // ≈ 0.7
/// ```
public enum Similarity {
    /// The distinct bigrams of `text`, each packed as two Unicode scalar values in one `UInt64`.
    public static func bigrams(_ text: String) -> Set<UInt64> {
        var out = Set<UInt64>()
        forEachBigram(text) { out.insert($0) }
        return out
    }

    /// The distinct bigrams of `text`, each hashed to 32 bits, sorted: a compact signature to keep and
    /// compare many times (`jaccard(signature:signature:)` merges two in linear time, without hashing).
    /// Half the size of the bigrams themselves (at most `maxScalars` values, 4 bytes each); a hash
    /// collision can only merge two bigrams, which moves the similarity by far less than any threshold.
    public static func signature(_ text: String) -> [UInt32] {
        // A text repeats its bigrams many times over: keep each hash once (an open-addressing table,
        // 0 marks an empty slot and is tracked apart), then sort only the distinct ones.
        var size = 16
        while size < 2 * min(text.utf8.count, maxScalars) { size <<= 1 }
        var slots = [UInt32](repeating: 0, count: size)
        var unique: [UInt32] = []
        var hasZero = false
        slots.withUnsafeMutableBufferPointer { slots in
            let mask = size - 1
            forEachBigram(text) { bigram in
                let h = hash32(bigram)
                guard h != 0 else { hasZero = true; return }
                var i = Int(h) & mask
                while true {
                    let slot = slots[i]
                    if slot == h { return }
                    if slot == 0 { slots[i] = h; unique.append(h); return }
                    i = (i &+ 1) & mask
                }
            }
        }
        if hasZero { unique.append(0) }
        unique.sort()
        return unique
    }

    /// Jaccard similarity of two signatures from `signature(_:)`.
    public static func jaccard(signature a: [UInt32], signature b: [UInt32]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        // Branch-free merge: which side advances is unpredictable, so it is added, not branched on
        // (batch detection compares each new ticket with up to `candidateLimit` recent ones).
        let shared = a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var i = 0, j = 0, shared = 0
                while i < a.count && j < b.count {
                    let x = a[i], y = b[j]
                    shared &+= x == y ? 1 : 0
                    i &+= x <= y ? 1 : 0
                    j &+= y <= x ? 1 : 0
                }
                return shared
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// A packed bigram mixed down to 32 bits (the splitmix64 finaliser: every input bit moves the result).
    static func hash32(_ bigram: UInt64) -> UInt32 {
        var z = bigram &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt32(truncatingIfNeeded: z ^ (z >> 31))
    }

    /// Bigram counts of `text` (for cosine similarity).
    public static func bigramCounts(_ text: String) -> [UInt64: Int] {
        var out: [UInt64: Int] = [:]
        forEachBigram(text) { out[$0, default: 0] += 1 }
        return out
    }

    /// |A ∩ B| / |A ∪ B| over the bigram sets, 0...1; 0 when either text has no letters or digits.
    public static func jaccard(_ a: String, _ b: String) -> Double {
        jaccard(bigrams(a), bigrams(b))
    }

    /// Jaccard similarity of two precomputed bigram sets (compute each text's set once when comparing many).
    public static func jaccard(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for x in small where large.contains(x) { shared += 1 }
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// Cosine of the bigram count vectors, 0...1; 0 when either text has no letters or digits.
    public static func cosine(_ a: String, _ b: String) -> Double {
        let x = bigramCounts(a), y = bigramCounts(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var dot = 0.0
        for (k, n) in x { if let m = y[k] { dot += Double(n * m) } }
        let nx = x.values.reduce(0.0) { $0 + Double($1 * $1) }
        let ny = y.values.reduce(0.0) { $0 + Double($1 * $1) }
        return dot / (nx.squareRoot() * ny.squareRoot())
    }

    /// Only the first this many characters of a text are compared (a long message's opening says what
    /// it is about; comparing whole 50 kB bodies against hundreds of recent tickets would slow intake).
    public static let maxScalars = 2_000

    /// Calls `body` with every bigram of the first `maxScalars` characters of `text`, in order.
    static func forEachBigram(_ text: String, _ body: (UInt64) -> Void) {
        var previous: UInt32?
        var runLength = 0
        var seen = 0
        func endRun() {
            if runLength == 1, let previous { body(UInt64(previous) << 32) }
            previous = nil
            runLength = 0
        }
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > maxScalars { break }
            let v = scalar.value
            let value: UInt32
            if v < 0x80 {
                // ASCII fast path: letters (lower-cased) and digits.
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { value = v }
                else if (0x41...0x5A).contains(v) { value = v + 0x20 }
                else { endRun(); continue }
            } else {
                let p = scalar.properties
                guard p.isAlphabetic || p.numericType != nil else { endRun(); continue }
                value = p.changesWhenLowercased ? (p.lowercaseMapping.unicodeScalars.first?.value ?? v) : v
            }
            if let previous { body(UInt64(previous) << 32 | UInt64(value)) }
            previous = value
            runLength += 1
        }
        endRun()
    }
}
