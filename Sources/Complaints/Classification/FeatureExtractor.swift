/// Turns normalized UTF-8 text (see `TextNormalizer`) into hashed n-gram features without building
/// strings: word unigrams, bigrams and 5-letter stems for Latin text (digits folded to `0`),
/// character unigrams and bigrams for Han text (no segmenter needed), `?` and `!` marks, and the
/// channel. Each feature is an FNV-1a hash reduced to one of `bucketCount` buckets.
enum FeatureExtractor {
    static let bucketBits = 18
    static let bucketCount = 1 << bucketBits
    static let bucketMask = UInt64(bucketCount - 1)
    /// Changes whenever the features of a text change; a model file records it (see `NaiveBayesModel`).
    static let version = 2

    @inline(__always) static func mix(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33
        x &*= 0xff51afd7ed558ccd
        x ^= x >> 33
        return x
    }

    @inline(__always) static func fnv(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100000001b3 }

    static let seed: UInt64 = 0xcbf29ce484222325

    /// Calls `emit(bucket, lower, upper)` for every feature of normalized UTF-8 `t`; `lower..<upper`
    /// are the feature's bytes. Stops, emitting nothing more, as soon as `done()` is true.
    @inline(__always)
    static func walk(_ t: UnsafeBufferPointer<UInt8>, salt: UInt64 = 0, until done: () -> Bool = { false },
                     _ emit: (UInt32, Int, Int) -> Void) {
        var word: UInt64 = seed
        var wordLen = 0
        var stem: UInt64 = 0
        var stemEnd = 0
        var wordStart = 0
        var prevWord: UInt64 = 0
        var prevWordStart = 0
        var prevHan: UInt32 = 0
        var prevHanIndex = 0

        @inline(__always) func bucket(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: mix(h ^ salt) & bucketMask) }

        @inline(__always) func endWord(at end: Int) {
            guard wordLen > 0 else { return }
            emit(bucket(word), wordStart, end)
            // A crude stem: the first five letters of a longer word ("charged", "charges" → "charg").
            if wordLen > 5 { emit(bucket(fnv(stem, 0x2A) ^ 0x3c6ef372), wordStart, stemEnd) }
            if prevWord != 0 { emit(bucket(fnv(prevWord &* 0x9E3779B97F4A7C15, UInt32(truncatingIfNeeded: word)) ^ 0x5bd1e995), prevWordStart, end) }
            prevWord = word
            prevWordStart = wordStart
            word = seed
            wordLen = 0
        }
        var i = 0
        let n = t.count
        while i < n {
            if done() { return }
            let (v, length) = TextNormalizer.decode(t, at: i)
            let next = i + length
            if (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v < 0x2000 && v != 0xD7 && v != 0xF7) {
                if wordLen == 0 { wordStart = i }
                word = fnv(word, v)
                wordLen += 1
                if wordLen == 5 { stem = word; stemEnd = next }
                prevHan = 0
            } else if v >= 0x30 && v <= 0x39 {
                if wordLen == 0 { wordStart = i }
                word = fnv(word, 0x30)
                wordLen += 1
                if wordLen == 5 { stem = word; stemEnd = next }
                prevHan = 0
            } else if v == 0x27 && wordLen > 0 {
                // apostrophe inside a word: "don't" == "dont"
            } else if TextNormalizer.isHan(v) {
                endWord(at: i)
                prevWord = 0
                emit(bucket(fnv(fnv(seed, 0x48), v)), i, next)
                if prevHan != 0 { emit(bucket(fnv(fnv(fnv(seed, 0x42), prevHan), v)), prevHanIndex, next) }
                prevHan = v
                prevHanIndex = i
            } else {
                endWord(at: i)
                prevHan = 0
                switch v {
                case 0x3F, 0x21:  // ? !
                    emit(bucket(fnv(fnv(seed, 0x50), v)), i, next)
                    prevWord = 0
                case 0x2E, 0x2C, 0x3B, 0x3A, 0x0A, 0x3001, 0x3002:
                    prevWord = 0
                default: break
                }
            }
            i = next
        }
        endWord(at: n)
    }

    /// Salt of the subject's own features: the subject line names the matter in few words, so its
    /// words count again as features of their own.
    static let subjectSalt: UInt64 = 0x5DEECE66D

    /// Feature buckets of normalized `text` (subject and body), of the normalized `subject` again in
    /// its own namespace, and of the channel; de-duplicated (the model counts presence, not
    /// frequency), in order of first occurrence.
    static func features(_ text: [UInt8], subject: [UInt8], channel: Channel?, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        text.withUnsafeBufferPointer { t in walk(t) { b, _, _ in out.append(b) } }
        if !subject.isEmpty { subject.withUnsafeBufferPointer { t in walk(t, salt: subjectSalt) { b, _, _ in out.append(b) } } }
        if let channel { out.append(channelBucket(channel)) }
        deduplicate(&out)
    }

    /// Removes repeated buckets, keeping first occurrences in order: an open-addressing set over the
    /// (already hashed) bucket numbers, linear in the number of features.
    static func deduplicate(_ out: inout [UInt32]) {
        let n = out.count
        guard n > 1 else { return }
        var capacity = 64
        while capacity < 2 * n { capacity <<= 1 }
        let mask = capacity - 1
        var w = 0
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { slots in
            slots.initialize(repeating: UInt32.max)  // no bucket is UInt32.max
            out.withUnsafeMutableBufferPointer { o in
                for r in 0..<n {
                    let b = o[r]
                    var i = Int(b &* 0x9E3779B1 >> 7) & mask
                    while true {
                        let s = slots[i]
                        if s == b { break }
                        if s == UInt32.max {
                            slots[i] = b
                            o[w] = b
                            w += 1
                            break
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
        out.removeLast(n - w)
    }

    static func channelBucket(_ channel: Channel) -> UInt32 {
        var h = fnv(seed, 0x43)
        for s in channel.rawValue.unicodeScalars { h = fnv(h, s.value) }
        return UInt32(truncatingIfNeeded: mix(h) & bucketMask)
    }

    /// The text of the given buckets in normalized `text` (first occurrence), for explanations; a
    /// word stem ends with `*` ("refun*"). The walk stops once every wanted bucket is named.
    static func names(of wanted: [UInt32], in text: [UInt8], subject: [UInt8] = [], channel: Channel?) -> [UInt32: String] {
        var names: [UInt32: String] = [:]
        guard !wanted.isEmpty else { return names }
        let distinct = Set(wanted).count
        // Bit `b % 64` of every wanted bucket `b`: turns most features away before any lookup.
        let filter = wanted.reduce(UInt64(0)) { $0 | 1 << ($1 & 63) }
        func isWanted(_ b: UInt32) -> Bool { filter >> (b & 63) & 1 != 0 && wanted.contains(b) }
        func name(_ t: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String {
            let stem = hi < t.count && t[hi - 1] < 0x80 && PhraseMatcher.isWordByte(t[hi]) && t[hi] != 0x27
            return String(decoding: t[lo..<hi], as: UTF8.self) + (stem ? "*" : "")
        }
        text.withUnsafeBufferPointer { t in
            walk(t, until: { names.count == distinct }) { b, lo, hi in
                if isWanted(b), names[b] == nil { names[b] = name(t, lo, hi) }
            }
        }
        subject.withUnsafeBufferPointer { t in
            walk(t, salt: subjectSalt, until: { names.count == distinct }) { b, lo, hi in
                if isWanted(b), names[b] == nil { names[b] = "subject:" + name(t, lo, hi) }
            }
        }
        if let channel, wanted.contains(channelBucket(channel)) { names[channelBucket(channel)] = "channel:\(channel.rawValue)" }
        return names
    }
}
