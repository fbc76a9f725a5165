/// Several `LiteralSet`s searched in one pass over the bytes: the loop tests the union of their pair
/// tables, and only where that flags a position does it ask the sets it concerns. A text checked against
/// several rules (the five request kinds, the signature, disclaimer and footer rules) is read once instead
/// of once per rule.
final class LiteralSetGroup: Sendable {
    let sets: [LiteralSet]
    private let union: [UInt64]

    init(_ sets: [LiteralSet]) {
        precondition(sets.count <= 64, "a group answers for at most 64 sets")
        self.sets = sets
        var union = [UInt64](repeating: 0, count: LiteralSet.pairWords)
        for set in sets {
            for w in union.indices { union[w] |= set.pairs[w] }
        }
        self.union = union
    }

    /// Each set's `search` outcome for `text`, in order.
    func search(_ text: String) -> [LiteralSet.Outcome] { TextTools.withUTF8(text, search) }

    func search(_ h: UnsafeBufferPointer<UInt8>) -> [LiteralSet.Outcome] {
        var tables: [LiteralSet.Tables] = []
        tables.reserveCapacity(sets.count)
        return withTables(from: 0, &tables) { tables in
            union.withUnsafeBufferPointer { union in scan(h, tables, union) }
        }
    }

    /// Every member's tables at once (each valid only inside its own closure, so they nest).
    private func withTables<R>(from k: Int, _ tables: inout [LiteralSet.Tables],
                               _ body: ([LiteralSet.Tables]) -> R) -> R {
        guard k < sets.count else { return body(tables) }
        return sets[k].withTables { t in
            tables.append(t)
            return withTables(from: k + 1, &tables, body)
        }
    }

    private func scan(_ h: UnsafeBufferPointer<UInt8>, _ tables: [LiteralSet.Tables],
                      _ union: UnsafeBufferPointer<UInt64>) -> [LiteralSet.Outcome] {
        var outcomes = [LiteralSet.Outcome](repeating: .absent, count: sets.count)
        let n = h.count
        guard n > 0 else { return outcomes }
        var open: UInt64 = sets.count == 64 ? ~0 : (1 << UInt64(sets.count)) - 1  // the sets not decided yet
        tables.withUnsafeBufferPointer { tables in
            /// Asks the open sets that flag position `i` (every open set at the last byte).
            func look(at i: Int) {
                var pending = open
                while pending != 0 {
                    let k = pending.trailingZeroBitCount
                    pending &= pending &- 1
                    guard i + 1 == n || tables[k].flags(h[i], h[i + 1]) else { continue }
                    if let outcome = LiteralSet.look(at: i, h, tables[k]) {
                        outcomes[k] = outcome
                        open &= ~(1 << UInt64(k))
                    }
                }
            }
            var next = h[0]
            var i = 0
            while i < n - 1 {
                let current = next
                next = h[i + 1]
                if LiteralSet.marks(union, current, next) {
                    look(at: i)
                    if open == 0 { return }
                }
                i += 1
            }
            look(at: n - 1)
        }
        return outcomes
    }
}

/// Which of several patterns can match a text, from one pass: each pattern is represented by its most
/// selective literal set (as in `PatternGate`), and one that cannot match is answered without ICU.
///
///     static let requests = PatternGroup(phrases.map(\.pattern))
///     let possible = requests.possible(in: text)   // [false, true, false, false, true]
struct PatternGroup: Sendable {
    /// Per pattern, its set's index in `group`, or nil when the pattern has no filter (always possible).
    private let member: [Int?]
    private let group: LiteralSetGroup

    init(_ patterns: [String], caseInsensitive: Bool = true) {
        var sets: [LiteralSet] = []
        member = patterns.map { p in
            guard let filter = LiteralPrefilter(pattern: p, caseInsensitive: caseInsensitive), let first = filter.sets.first
            else { return nil }
            sets.append(first)
            return sets.count - 1
        }
        group = LiteralSetGroup(sets)
    }

    /// Per pattern: false only when it cannot match `text` (nor any part of it, such as a line).
    func possible(in text: String) -> [Bool] {
        let outcomes = group.search(text)
        return member.map { k in k.map { outcomes[$0] != .absent } ?? true }
    }
}
