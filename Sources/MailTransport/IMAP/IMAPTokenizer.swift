/// A token of an IMAP response line (RFC 9051 §4): atoms, numbers, quoted strings, lists, NIL.
enum IMAPToken: Equatable, Sendable {
    case atom(String)
    case quoted(String)
    case list([IMAPToken])
    case literal(Int)
    case nil_

    var string: String? {
        switch self {
        case .atom(let s), .quoted(let s): return s
        default: return nil
        }
    }

    var number: UInt64? {
        if case .atom(let s) = self { return UInt64(s) }
        return nil
    }
}

/// A cursor over one response line's bytes. Never traps on malformed input: it stops early.
struct IMAPTokenizer {
    private let bytes: [UInt8]
    private(set) var index: Int = 0

    init(_ line: Substring) { bytes = Array(line.utf8) }
    init(_ line: String) { bytes = Array(line.utf8) }

    var isAtEnd: Bool { index >= bytes.count }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    }

    /// The remaining text after the cursor (for human-readable response text).
    mutating func rest() -> String {
        skipSpaces()
        defer { index = bytes.count }
        return String(decoding: bytes[min(index, bytes.count)...], as: UTF8.self)
    }

    /// The next token, or nil at the end of the line or at a closing bracket.
    mutating func next() -> IMAPToken? {
        skipSpaces()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "("):
            index += 1
            var items: [IMAPToken] = []
            while true {
                skipSpaces()
                guard index < bytes.count else { return .list(items) }
                if bytes[index] == UInt8(ascii: ")") { index += 1; return .list(items) }
                guard let t = next() else { return .list(items) }
                items.append(t)
            }
        case UInt8(ascii: ")"), UInt8(ascii: "]"):
            return nil
        case UInt8(ascii: "\""):
            index += 1
            var out: [UInt8] = []
            while index < bytes.count {
                let b = bytes[index]
                index += 1
                if b == UInt8(ascii: "\\"), index < bytes.count { out.append(bytes[index]); index += 1; continue }
                if b == UInt8(ascii: "\"") { break }
                out.append(b)
            }
            return .quoted(String(decoding: out, as: UTF8.self))
        case UInt8(ascii: "{"):
            let start = index + 1
            var i = start
            while i < bytes.count, bytes[i] != UInt8(ascii: "}") { i += 1 }
            let digits = String(decoding: bytes[start..<min(i, bytes.count)], as: UTF8.self)
                .trimmingSuffix("+")
            index = min(i + 1, bytes.count)
            return .literal(Int(digits) ?? 0)
        default:
            let start = index
            // Atoms may contain `[...]` (BODY[HEADER]) and backslashes (\Seen).
            var depth = 0
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "[") { depth += 1 }
                else if b == UInt8(ascii: "]") { if depth == 0 { break }; depth -= 1 }
                else if depth == 0, b == 0x20 || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") { break }
                index += 1
            }
            if index == start { index += 1; return .atom(String(decoding: bytes[start..<index], as: UTF8.self)) }
            let s = String(decoding: bytes[start..<index], as: UTF8.self)
            return s.uppercased() == "NIL" ? .nil_ : .atom(s)
        }
    }

    /// Consumes `[CODE arg…]` if it is next; returns the code word and its argument text.
    mutating func responseCode() -> (code: String, argument: String?)? {
        skipSpaces()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "]") { end += 1 }
        let inner = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        index = min(end + 1, bytes.count)
        let parts = inner.split(separator: " ", maxSplits: 1)
        guard let first = parts.first else { return ("", nil) }
        return (first.uppercased(), parts.count > 1 ? String(parts[1]) : nil)
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
