/// Cuts template source into text and tags, with the position of each tag.
///
/// Tags open with `{{` and close with `}}` on the same line (`{{{ raw }}}` uses three braces).
/// A line holding only one block tag (`{{#if}}`, `{{else}}`, `{{/if}}`, `{{#each}}`, `{{/each}}`) or a
/// comment, plus spaces, produces no output at all: plain-text mail stays free of stray blank lines.
struct TemplateLexer {
    let file: String
    let source: [Character]
    let firstLine: Int
    let firstColumn: Int

    /// - Parameters:
    ///   - firstLine, firstColumn: where `source` begins in the file (the body starts on line 3).
    init(file: String, source: String, firstLine: Int = 1, firstColumn: Int = 1) {
        self.file = file
        self.source = Array(source)
        self.firstLine = firstLine
        self.firstColumn = firstColumn
    }

    /// The tokens, and the position just past the end (where "unclosed" errors point).
    func tokenize() throws(TemplateError) -> (tokens: [TemplateToken], end: SourcePosition) {
        var tokens: [TemplateToken] = []
        var index = 0
        var line = firstLine
        var lineStartColumn = firstColumn
        var end = SourcePosition(line: line, column: lineStartColumn)
        while index < source.count {
            var lineEnd = index
            // "\r\n" is one Character in Swift: both end a line.
            while lineEnd < source.count, source[lineEnd] != "\n", source[lineEnd] != "\r\n" { lineEnd += 1 }
            let hasNewline = lineEnd < source.count
            let lineTokens = try lexLine(from: index, to: lineEnd, line: line, startColumn: lineStartColumn)
            let tags = lineTokens.filter { if case .text = $0 { false } else { true } }
            let onlySpaces = lineTokens.allSatisfy {
                if case .text(let t) = $0 { t.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } } else { true }
            }
            if tags.count == 1, tags[0].isStandaloneKind, onlySpaces {
                tokens.append(tags[0])
            } else {
                tokens += lineTokens
                if hasNewline { tokens.append(.text(String(source[lineEnd]))) }
            }
            end = SourcePosition(line: line, column: lineStartColumn + (lineEnd - index))
            index = lineEnd + (hasNewline ? 1 : 0)
            if hasNewline {
                line += 1
                lineStartColumn = 1
                end = SourcePosition(line: line, column: 1)
            }
        }
        return (Self.mergeText(tokens), end)
    }

    private func lexLine(from start: Int, to end: Int, line: Int, startColumn: Int) throws(TemplateError) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var text = ""
        var i = start
        while i < end {
            guard source[i] == "{", i + 1 < end, source[i + 1] == "{" else {
                text.append(source[i])
                i += 1
                continue
            }
            let position = SourcePosition(line: line, column: startColumn + (i - start))
            let raw = i + 2 < end && source[i + 2] == "{"
            let open = raw ? 3 : 2
            let close: [Character] = raw ? ["}", "}", "}"] : ["}", "}"]
            guard let closeAt = find(close, from: i + open, to: end) else {
                throw TemplateError(file: file, at: position,
                                    "unclosed \(raw ? "{{{" : "{{") (a tag must end with \(String(close)) on the same line)")
            }
            if !text.isEmpty { tokens.append(.text(text)); text = "" }
            let inner = String(source[(i + open)..<closeAt])
            tokens.append(try tag(inner, raw: raw, at: position))
            i = closeAt + close.count
        }
        if !text.isEmpty { tokens.append(.text(text)) }
        return tokens
    }

    private func find(_ needle: [Character], from: Int, to end: Int) -> Int? {
        var i = from
        while i + needle.count <= end {
            if Array(source[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    private func tag(_ inner: String, raw: Bool, at position: SourcePosition) throws(TemplateError) -> TemplateToken {
        let body = inner.trimmingSpaces
        if raw { return .output(try path(body, at: position), raw: true, position) }
        if body.hasPrefix("!") { return .comment }
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let head = words.first else { throw TemplateError(file: file, at: position, "empty tag {{ }}") }
        switch head {
        case "#if":
            guard words.count == 2 else { throw TemplateError(file: file, at: position, "{{#if}} takes one name, as in {{#if ticket.escalated}}") }
            return .ifOpen(try path(words[1], at: position), position)
        case "#each":
            if words.count == 2 { return .eachOpen(try path(words[1], at: position), alias: nil, position) }
            guard words.count == 4, words[2] == "as", Self.isIdentifier(words[3]), words[3] != "this" else {
                throw TemplateError(file: file, at: position, "{{#each}} takes a list name and optionally 'as NAME', as in {{#each actions as action}}")
            }
            return .eachOpen(try path(words[1], at: position), alias: words[3], position)
        case "else", "/if", "/each":
            guard words.count == 1 else { throw TemplateError(file: file, at: position, "{{\(head)}} takes nothing after it") }
            return head == "else" ? .elseTag(position) : head == "/if" ? .ifClose(position) : .eachClose(position)
        default:
            if head.hasPrefix("#") || head.hasPrefix("/") {
                throw TemplateError(file: file, at: position, "unknown block {{\(head)}}; the blocks are #if, else, /if, #each, /each")
            }
            guard words.count == 1 else { throw TemplateError(file: file, at: position, "a tag holds one name, not '\(body)'") }
            return .output(try path(head, at: position), raw: false, position)
        }
    }

    private func path(_ text: String, at position: SourcePosition) throws(TemplateError) -> TemplatePath {
        let segments = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        for (n, segment) in segments.enumerated() {
            guard Self.isIdentifier(segment), segment != "this" || n == 0 else {
                throw TemplateError(file: file, at: position, "bad name '\(text)' (names are letters, digits and _, joined by dots)")
            }
        }
        return TemplatePath(segments)
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    static func mergeText(_ tokens: [TemplateToken]) -> [TemplateToken] {
        var out: [TemplateToken] = []
        for token in tokens {
            if case .text(let b) = token, case .text(let a)? = out.last {
                out[out.count - 1] = .text(a + b)
            } else if token != .comment {
                out.append(token)
            }
        }
        return out
    }
}

fileprivate extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
