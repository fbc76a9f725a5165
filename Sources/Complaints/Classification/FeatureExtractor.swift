/// Turns normalized text into hashed n-gram features without building strings: word unigrams and
/// bigrams for Latin text (digits folded to `0`), character unigrams and bigrams for Han text (no
/// segmenter needed), `?` and `!` marks, and the channel. Each feature is an FNV-1a hash reduced to
/// one of `bucketCount` buckets.
enum FeatureExtractor {
    static let bucketBits = 18
    static let bucketCount = 1 << bucketBits
    static let bucketMask = UInt64(bucketCount - 1)

    @inline(__always) static func mix(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33
        x &*= 0xff51afd7ed558ccd
        x ^= x >> 33
        return x
    }

    @inline(__always) static func fnv(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100000001b3 }

    static let seed: UInt64 = 0xcbf29ce484222325

    /// Calls `emit(bucket, lower, upper)` for every feature; `lower..<upper` is the feature's text.
    @inline(__always)
    static func walk(_ text: String, salt: UInt64 = 0, _ emit: (UInt32, String.Index, String.Index) -> Void) {
        let scalars = text.unicodeScalars
        var word: UInt64 = seed
        var wordLen = 0
        var stem: UInt64 = 0
        var wordStart = scalars.startIndex
        var prevWord: UInt64 = 0
        var prevWordStart = scalars.startIndex
        var prevHan: UInt32 = 0
        var prevHanIndex = scalars.startIndex

        func bucket(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: mix(h ^ salt) & bucketMask) }

        var i = scalars.startIndex
        func endWord(at end: String.Index) {
            guard wordLen > 0 else { return }
            emit(bucket(word), wordStart, end)
            // A crude stem: the first five letters of a longer word ("charged", "charges" → "charg").
            if wordLen > 5 { emit(bucket(fnv(stem, 0x2A) ^ 0x3c6ef372), wordStart, end) }
            if prevWord != 0 { emit(bucket(fnv(prevWord &* 0x9E3779B97F4A7C15, UInt32(truncatingIfNeeded: word)) ^ 0x5bd1e995), prevWordStart, end) }
            prevWord = word
            prevWordStart = wordStart
            word = seed
            wordLen = 0
        }
        while i < scalars.endIndex {
            let v = scalars[i].value
            let next = scalars.index(after: i)
            if (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v < 0x2000 && v != 0xD7 && v != 0xF7) {
                if wordLen == 0 { wordStart = i }
                word = fnv(word, v)
                wordLen += 1
                if wordLen == 5 { stem = word }
                prevHan = 0
            } else if v >= 0x30 && v <= 0x39 {
                if wordLen == 0 { wordStart = i }
                word = fnv(word, 0x30)
                wordLen += 1
                if wordLen == 5 { stem = word }
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
        endWord(at: scalars.endIndex)
    }

    /// Feature buckets of normalized `text` plus the channel, sorted and de-duplicated
    /// (the model counts presence, not frequency).
    static func features(_ text: String, channel: Channel?, into out: inout [UInt32]) {
        features(text, subject: "", channel: channel, into: &out)
    }

    /// Salt of the subject's own features: the subject line names the matter in few words, so its
    /// words count again as features of their own.
    static let subjectSalt: UInt64 = 0x5DEECE66D

    /// Feature buckets of normalized `text` (subject and body), of the normalized `subject` again in
    /// its own namespace, and of the channel; sorted and de-duplicated.
    static func features(_ text: String, subject: String, channel: Channel?, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        walk(text) { b, _, _ in out.append(b) }
        if !subject.isEmpty { walk(subject, salt: subjectSalt) { b, _, _ in out.append(b) } }
        if let channel { out.append(channelBucket(channel)) }
        out.sort()
        var w = 0
        for r in 0..<out.count where r == 0 || out[r] != out[r - 1] {
            out[w] = out[r]
            w += 1
        }
        out.removeLast(out.count - w)
    }

    static func channelBucket(_ channel: Channel) -> UInt32 {
        var h = fnv(seed, 0x43)
        for s in channel.rawValue.unicodeScalars { h = fnv(h, s.value) }
        return UInt32(truncatingIfNeeded: mix(h) & bucketMask)
    }

    /// The text of the given buckets in `text` (first occurrence), for explanations.
    static func names(of wanted: [UInt32], in text: String, subject: String = "", channel: Channel?) -> [UInt32: String] {
        var names: [UInt32: String] = [:]
        walk(text) { b, lo, hi in
            if names[b] == nil, wanted.contains(b) { names[b] = String(text.unicodeScalars[lo..<hi]) }
        }
        walk(subject, salt: subjectSalt) { b, lo, hi in
            if names[b] == nil, wanted.contains(b) { names[b] = "subject:" + String(subject.unicodeScalars[lo..<hi]) }
        }
        if let channel, wanted.contains(channelBucket(channel)) { names[channelBucket(channel)] = "channel:\(channel.rawValue)" }
        return names
    }
}
