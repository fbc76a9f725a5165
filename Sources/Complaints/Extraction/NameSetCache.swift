import Synchronization

/// The outside bodies' names of a configuration as one `LiteralSet`, built once per distinct list:
/// a letterhead line is checked against all of them in one pass, and the per-name rules run only
/// when one may be there (most lines name no body).
///
/// Lists are recognised by their storage (a configuration's arrays keep the same buffers until they
/// are changed); each entry keeps its arrays alive, so a buffer cannot be reused by another list
/// while it is cached.
enum NameSetCache {
    private struct Entry {
        let lists: [[String]]
        let set: LiteralSet
    }

    private static let cache = Mutex<[[UInt]: Entry]>([:])
    private static let limit = 64

    /// One set of every name in `lists` (case-insensitive: a superset of `ChannelDetector.containsName`).
    static func set(for lists: [[String]]) -> LiteralSet {
        let key = lists.map { list in list.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } } + lists.map { UInt($0.count) }
        if let hit = cache.withLock({ $0[key] }), hit.lists == lists { return hit.set }
        let set = LiteralSet(Set(lists.joined().filter { !$0.isEmpty }), caseInsensitive: true)
        cache.withLock { c in
            if c.count >= limit { c.removeAll() }
            c[key] = Entry(lists: lists, set: set)
        }
        return set
    }
}
