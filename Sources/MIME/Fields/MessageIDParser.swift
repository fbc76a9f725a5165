/// `Message-ID`, `In-Reply-To` and `References` (RFC 5322 §3.6.4), lenient about missing brackets.
enum MessageIDParser {
    /// Identifiers without angle brackets, in order. Without brackets, whitespace-separated words
    /// containing `@` are taken (or the whole value when it is one word).
    static func parse(_ raw: [UInt8]) -> [String] {
        var ids: [String] = []
        var i = 0
        let end = raw.count
        var sawBracket = false
        while i < end {
            let b = raw[i]
            if b == ASCII.lparen { // comment
                var depth = 1
                i += 1
                while i < end, depth > 0 {
                    if raw[i] == ASCII.lparen { depth += 1 } else if raw[i] == ASCII.rparen { depth -= 1 }
                    i += 1
                }
                continue
            }
            if b == ASCII.lt {
                sawBracket = true
                let start = i + 1
                i += 1
                while i < end, raw[i] != ASCII.gt, raw[i] != ASCII.lt { i += 1 }
                let id = String(decoding: raw[start..<i].filter { !ASCII.isSpace($0) }, as: UTF8.self)
                if !id.isEmpty { ids.append(id) }
                if i < end, raw[i] == ASCII.gt { i += 1 }
                continue
            }
            i += 1
        }
        if sawBracket { return ids }
        let words = String(decoding: raw, as: UTF8.self)
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" || $0 == "\n" })
        if words.count == 1 { return [String(words[0])] }
        return words.filter { $0.contains("@") }.map(String.init)
    }
}
