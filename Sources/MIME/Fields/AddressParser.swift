/// Address lists of `From`, `To`, `Cc`, `Reply-To`… (RFC 5322 §3.4, obsolete forms of §4.4).
///
/// Accepts display names (atoms, quoted strings with escapes, RFC 2047 encoded words, raw 8-bit),
/// comments (`a@b (John)` names the mailbox when there is no display name), groups
/// (`Team: a@x, b@y;`), bare addresses, `Name a@b` without brackets, a missing `>`, source routes
/// (`<@relay:a@b>`) and `mailto:`. Unterminated quotes and comments run to the end of the value.
enum AddressParser {
    static func parse(_ raw: [UInt8]) -> [Address] {
        var result: [Address] = []
        var name: [UInt8] = []
        var angle: [UInt8]? = nil
        var comment: [UInt8]? = nil
        var group: String? = nil
        let end = raw.count
        var i = 0

        func finish() {
            defer { name.removeAll(keepingCapacity: true); angle = nil; comment = nil }
            let commentText = comment.map { clean(EncodedWord.decode($0, 0..<$0.count)) }
            if let a = angle {
                let email = cleanEmail(a)
                var display = clean(EncodedWord.decode(name, 0..<name.count))
                if display.isEmpty { display = commentText ?? "" }
                if email.isEmpty && display.isEmpty { return }
                result.append(Address(name: display.isEmpty ? nil : display, email: email, group: group))
                return
            }
            let text = clean(EncodedWord.decode(name, 0..<name.count))
            if text.isEmpty { return }
            let words = text.split(separator: " ")
            if let at = words.lastIndex(where: { $0.contains("@") }) {
                let email = cleanEmail(Array(words[at].utf8))
                var rest = words
                rest.remove(at: at)
                var display = clean(rest.joined(separator: " "))
                if display.isEmpty { display = commentText ?? "" }
                result.append(Address(name: display.isEmpty ? nil : display, email: email, group: group))
            } else if words.count == 1 {
                result.append(Address(name: (commentText?.isEmpty ?? true) ? nil : commentText, email: text, group: group))
            } else {
                result.append(Address(name: text, email: "", group: group))
            }
        }

        while i < end {
            let b = raw[i]
            switch b {
            case ASCII.quote:
                i += 1
                while i < end, raw[i] != ASCII.quote {
                    if raw[i] == ASCII.backslash, i + 1 < end { i += 1 }
                    name.append(raw[i])
                    i += 1
                }
                i += 1
            case ASCII.lparen:
                var depth = 1
                let start = i + 1
                i += 1
                while i < end, depth > 0 {
                    if raw[i] == ASCII.backslash { i += 1 } else if raw[i] == ASCII.lparen { depth += 1 } else if raw[i] == ASCII.rparen { depth -= 1 }
                    i += 1
                }
                let stop = min(end, depth == 0 ? i - 1 : end)
                if comment == nil, start < stop { comment = Array(raw[start..<stop]) }
                name.append(ASCII.space)
            case ASCII.lt:
                let start = i + 1
                i += 1
                while i < end, raw[i] != ASCII.gt, raw[i] != ASCII.comma { i += 1 }
                if angle == nil { angle = Array(raw[start..<min(i, end)]) }
                if i < end, raw[i] == ASCII.gt { i += 1 }
            case ASCII.comma:
                finish()
                i += 1
            case ASCII.colon where angle == nil && group == nil && !name.contains(ASCII.at):
                group = clean(EncodedWord.decode(name, 0..<name.count))
                name.removeAll(keepingCapacity: true)
                comment = nil
                i += 1
            case ASCII.semicolon where group != nil:
                finish()
                group = nil
                i += 1
            default:
                name.append(b)
                i += 1
            }
        }
        finish()
        return result
    }

    /// Collapses whitespace runs, trims, and strips stray surrounding quotes.
    static func clean(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var space = false
        for ch in s.unicodeScalars {
            if ch == " " || ch == "\t" || ch == "\r" || ch == "\n" {
                space = !out.isEmpty
                continue
            }
            if space { out.unicodeScalars.append(" "); space = false }
            out.unicodeScalars.append(ch)
        }
        while out.count >= 2, let f = out.first, let l = out.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            out = String(out.dropFirst().dropLast()).trimmingSpaces()
        }
        return out
    }

    /// Trims, drops a source route (`@a,@b:`) and `mailto:`, removes inner whitespace.
    static func cleanEmail(_ bytes: [UInt8]) -> String {
        var s = String(decoding: bytes.filter { !ASCII.isSpace($0) && $0 != ASCII.lt && $0 != ASCII.gt }, as: UTF8.self)
        if s.hasPrefix("@"), let colon = s.firstIndex(of: ":") { s = String(s[s.index(after: colon)...]) }
        if s.lowercased().hasPrefix("mailto:") { s = String(s.dropFirst(7)) }
        return s
    }
}

extension String {
    func trimmingSpaces() -> String {
        let u = utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, ASCII.isSpace(u[lo]) { lo = u.index(after: lo) }
        while hi > lo, ASCII.isSpace(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        return String(self[lo..<hi])
    }
}
