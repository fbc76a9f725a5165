/// HTML to readable plain text, for HTML-only mail.
///
/// Block elements (`p`, `div`, `br`, `h1`–`h6`, `tr`, `li`, `blockquote`…) become line breaks,
/// lists become `- item` / `1. item`, table cells are separated by ` | ` and rows by lines,
/// entities are decoded, `script`/`style`/`head`/comments are dropped, whitespace is collapsed
/// (except in `pre`) and there is at most one blank line in a row. Quoted history
/// (`<blockquote>`, Gmail's `div.gmail_quote`, Yahoo's `div.yahoo_quoted`) is kept with each
/// line prefixed by `> `, so callers can strip it like plain-text quotes. Linear time.
public enum HTMLText {
    /// Converts HTML (already decoded to a string) to text.
    ///
    ///     HTMLText.convert("<p>Hello&nbsp;<b>world</b></p><ul><li>a</li></ul>") // "Hello world\n- a"
    public static func convert(_ html: String) -> String {
        var w = HTMLTextWriter()
        w.run(Array(html.utf8))
        return w.finish()
    }
}

extension HTMLText {
    /// The charset named by a `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` in
    /// the first 4 KB (HTML Living Standard §4.2.5.4), for HTML parts sent without a charset parameter.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096)
        let needle = Array("charset=".utf8)
        var i = head.startIndex
        while i + needle.count < head.endIndex {
            if ASCII.lower(head[i]) == UInt8(ascii: "c"), ASCII.hasPrefix(bytes, at: i, needle, caseInsensitive: true) {
                var j = i + needle.count
                while j < head.endIndex, head[j] == ASCII.quote || head[j] == UInt8(ascii: "'") || head[j] == ASCII.space { j += 1 }
                let start = j
                while j < head.endIndex, head[j] > 32, head[j] < 127, head[j] != ASCII.quote, head[j] != UInt8(ascii: "'"),
                      head[j] != ASCII.semicolon, head[j] != ASCII.gt, head[j] != UInt8(ascii: "/") { j += 1 }
                if j > start { return String(decoding: head[start..<j], as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }
}

/// The streaming state behind `HTMLText.convert`.
struct HTMLTextWriter {
    private var out: [UInt8] = []
    private var pendingBreaks = 0
    private var pendingSpace = false
    private var atLineStart = true
    private var quoteDepth = 0
    private var preDepth = 0
    private var lists: [(ordered: Bool, counter: Int)] = []
    private var divs: [Bool] = [] // whether each open div is a quote container
    private var cellIndex = 0
    private var rowHasText = false
    private var needCellSeparator = false

    private static let blocks: Set<String> = [
        "p", "div", "ul", "ol", "table", "tbody", "thead", "tfoot", "section", "article", "header", "footer", "address",
        "form", "fieldset", "nav", "center", "dl", "dt", "dd", "figure", "figcaption", "main", "aside", "hr", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "tr", "li", "title", "legend", "details", "summary", "option",
    ]
    private static let skipped: Set<String> = ["script", "style", "head", "noscript", "template", "svg", "xml", "object"]

    mutating func run(_ b: [UInt8]) {
        let end = b.count
        out.reserveCapacity(end / 2)
        var i = 0
        var textStart = 0
        func flushText(_ w: inout HTMLTextWriter, _ upTo: Int) {
            if textStart < upTo { w.text(b, textStart..<upTo) }
        }
        while i < end {
            let c = b[i]
            if c == ASCII.lt, i + 1 < end {
                let n = b[i + 1]
                let isTag = (n | 0x20 >= 97 && n | 0x20 <= 122) || n == UInt8(ascii: "/") || n == UInt8(ascii: "!") || n == ASCII.question
                if !isTag { i += 1; continue }
                flushText(&self, i)
                if n == UInt8(ascii: "!"), i + 3 < end, b[i + 2] == ASCII.dash, b[i + 3] == ASCII.dash {
                    i = find(b, Array("-->".utf8), from: i + 4).map { $0 + 3 } ?? end
                } else if n == UInt8(ascii: "!") || n == ASCII.question {
                    i = find(b, [ASCII.gt], from: i + 2).map { $0 + 1 } ?? end
                } else {
                    i = tag(b, i)
                }
                textStart = i
                continue
            }
            if c == UInt8(ascii: "&") {
                flushText(&self, i)
                if let (t, next) = HTMLEntities.decode(b, at: i) {
                    if t == [0xC2, 0xA0] { emit([ASCII.space], collapse: false) } else if !t.isEmpty { emit(t, collapse: false) }
                    i = next
                } else {
                    emit([c], collapse: false)
                    i += 1
                }
                textStart = i
                continue
            }
            i += 1
        }
        flushText(&self, end)
    }

    private func find(_ b: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var i = from
        while i + needle.count <= b.count {
            if b[i] == first, ASCII.hasPrefix(b, at: i, needle, caseInsensitive: true) { return i }
            i += 1
        }
        return nil
    }

    /// Handles the tag at `b[i] == "<"`; returns the index after it (or after a skipped element).
    private mutating func tag(_ b: [UInt8], _ start: Int) -> Int {
        let end = b.count
        var i = start + 1
        let closing = b[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        let nameStart = i
        while i < end, (b[i] | 0x20 >= 97 && b[i] | 0x20 <= 122) || (b[i] >= 48 && b[i] <= 57) || b[i] == ASCII.colon || b[i] == ASCII.dash { i += 1 }
        let name = ASCII.lowercased(b[nameStart..<i])
        let attrStart = i
        // Find the closing `>` outside quoted attribute values.
        var quote: UInt8 = 0
        while i < end {
            let c = b[i]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == ASCII.quote || c == UInt8(ascii: "'") {
                // A quote only opens a value after `=`.
                var k = i - 1
                while k > attrStart, ASCII.isSpace(b[k]) { k -= 1 }
                if b[k] == ASCII.equals { quote = c }
            } else if c == ASCII.gt {
                break
            }
            i += 1
        }
        let attrs = attrStart..<min(i, end)
        let after = min(i + 1, end)
        if !closing, Self.skipped.contains(name) {
            // Drop everything up to the matching end tag.
            if let close = find(b, Array("</\(name)".utf8), from: after) {
                return find(b, [ASCII.gt], from: close).map { $0 + 1 } ?? end
            }
            return end
        }
        handle(name: name, closing: closing, attributes: b[attrs])
        return after
    }

    private mutating func handle(name: String, closing: Bool, attributes: ArraySlice<UInt8>) {
        switch name {
        case "br":
            forceBreak()
        case "blockquote":
            requestBreak(1)
            if closing { quoteDepth = max(0, quoteDepth - 1) } else { quoteDepth += 1 }
        case "div":
            requestBreak(1)
            if closing {
                if let q = divs.popLast(), q { quoteDepth = max(0, quoteDepth - 1) }
            } else {
                let cls = ASCII.lowercased(attributes)
                let isQuote = cls.contains("gmail_quote") || cls.contains("yahoo_quoted")
                // A gmail_quote div around a gmail_quote blockquote quotes once.
                divs.append(isQuote)
                if isQuote { quoteDepth += 1 }
            }
        case "p":
            let outlook = !closing && ASCII.lowercased(attributes).contains("msonormal")
            requestBreak(closing || outlook ? 1 : 2)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            requestBreak(2)
        case "ul", "ol":
            requestBreak(1)
            if closing { _ = lists.popLast() } else { lists.append((name == "ol", 0)) }
        case "li":
            requestBreak(1)
            if !closing {
                var marker = String(repeating: "  ", count: max(0, lists.count - 1))
                if lists.isEmpty {
                    marker += "- "
                } else if lists[lists.count - 1].ordered {
                    lists[lists.count - 1].counter += 1
                    marker += "\(lists[lists.count - 1].counter). "
                } else {
                    marker += "- "
                }
                emit(Array(marker.utf8), collapse: false)
                atLineStartForList = true
            }
        case "tr":
            requestBreak(1)
            cellIndex = 0
            rowHasText = false
            needCellSeparator = false
        case "td", "th":
            if !closing {
                if cellIndex > 0 && rowHasText { needCellSeparator = true }
                cellIndex += 1
            }
        case "pre":
            requestBreak(1)
            if closing { preDepth = max(0, preDepth - 1) } else { preDepth += 1 }
        default:
            if Self.blocks.contains(name) { requestBreak(1) }
        }
    }

    /// Set after a list marker so the item's text follows it without a space.
    private var atLineStartForList = false

    private mutating func requestBreak(_ n: Int) {
        guard !out.isEmpty else { return }
        pendingBreaks = max(pendingBreaks, n)
        pendingSpace = false
    }

    private mutating func forceBreak() {
        pendingBreaks += 1
        pendingSpace = false
    }

    private mutating func text(_ b: [UInt8], _ r: Range<Int>) {
        if preDepth > 0 {
            var k = r.lowerBound
            var lineStart = k
            while k < r.upperBound {
                if b[k] == ASCII.lf {
                    if lineStart < k { emit(Array(b[lineStart..<k]), collapse: false) }
                    forceBreak()
                    lineStart = k + 1
                }
                k += 1
            }
            if lineStart < r.upperBound { emit(Array(b[lineStart..<r.upperBound]), collapse: false) }
            return
        }
        var word: [UInt8] = []
        for k in r {
            let c = b[k]
            if ASCII.isSpace(c) || c == 0x0C {
                if !word.isEmpty { emit(word, collapse: false); word.removeAll(keepingCapacity: true) }
                pendingSpace = true
            } else {
                word.append(c)
            }
        }
        if !word.isEmpty { emit(word, collapse: false) }
    }

    /// Writes text, first applying pending line breaks, quote prefixes, cell separators and a
    /// pending space.
    private mutating func emit(_ t: [UInt8], collapse: Bool) {
        if pendingBreaks > 0 && !out.isEmpty {
            for _ in 0..<min(pendingBreaks, 2) { out.append(ASCII.lf) }
            atLineStart = true
        }
        pendingBreaks = 0
        if atLineStart {
            for _ in 0..<quoteDepth { out.append(ASCII.gt); out.append(ASCII.space) }
            atLineStart = false
            pendingSpace = false
        }
        if needCellSeparator {
            out.append(contentsOf: [ASCII.space, UInt8(ascii: "|"), ASCII.space])
            needCellSeparator = false
            pendingSpace = false
        }
        if pendingSpace && !atLineStartForList {
            out.append(ASCII.space)
        }
        pendingSpace = false
        atLineStartForList = false
        out.append(contentsOf: t)
        rowHasText = true
    }

    /// Trims each line's trailing blanks, keeps at most one blank line in a row, trims the ends.
    mutating func finish() -> String {
        let s = String(decoding: out, as: UTF8.self)
        var lines: [Substring] = []
        var blank = false
        for var line in s.split(separator: "\n", omittingEmptySubsequences: false) {
            while let l = line.last, l == " " || l == "\t" || l == "\u{A0}" { line = line.dropLast() }
            let isBlank = line.allSatisfy { $0 == ">" || $0 == " " || $0 == "\u{A0}" }
            if isBlank {
                if blank || lines.isEmpty { continue }
                blank = true
                lines.append(line.filter { $0 == ">" }.isEmpty ? "" : Substring(String(repeating: "> ", count: line.filter { $0 == ">" }.count).dropLast()))
                continue
            }
            blank = false
            lines.append(line)
        }
        while let l = lines.last, l.allSatisfy({ $0 == ">" || $0 == " " }) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
