/// `Content-Type` (RFC 2045 §5) and `Content-Disposition` (RFC 2183) values.
///
/// A value without a subtype is repaired (`text` → `text/plain`, `multipart` → `multipart/mixed`);
/// an unreadable one yields nil so the caller applies the RFC 2045 §5.2 default.
enum ContentTypeParser {
    static func parse(_ raw: [UInt8]) -> ContentType? {
        let end = raw.count
        var i = 0
        while i < end, ASCII.isSpace(raw[i]) { i += 1 }
        let start = i
        while i < end, raw[i] != ASCII.semicolon, !ASCII.isSpace(raw[i]), raw[i] != ASCII.lparen { i += 1 }
        let token = ASCII.lowercased(raw[start..<i])
        let parameters = ParameterParser.parse(raw, i, end)
        var type = Substring(token), subtype = Substring("")
        if let slash = token.firstIndex(of: "/") {
            type = token[..<slash]
            subtype = token[token.index(after: slash)...]
        }
        let isToken: (Substring) -> Bool = { s in
            !s.isEmpty && s.utf8.allSatisfy { $0 > 32 && $0 < 127 && $0 != UInt8(ascii: "/") }
        }
        guard isToken(type) else { return nil }
        if !isToken(subtype) {
            switch type {
            case "text": subtype = "plain"
            case "multipart": subtype = "mixed"
            case "message": subtype = "rfc822"
            default: return nil
            }
        }
        return ContentType(type: String(type), subtype: String(subtype), parameters: parameters)
    }

    /// Disposition type lowercased (nil when empty) and its parameters.
    static func parseDisposition(_ raw: [UInt8]) -> (type: String?, parameters: [String: String]) {
        let end = raw.count
        var i = 0
        while i < end, ASCII.isSpace(raw[i]) { i += 1 }
        let start = i
        while i < end, raw[i] != ASCII.semicolon, !ASCII.isSpace(raw[i]) { i += 1 }
        let type = ASCII.lowercased(raw[start..<i])
        // `filename=x` without a type: the token itself is a parameter.
        if type.contains("=") {
            return (nil, ParameterParser.parse(raw, start, end))
        }
        return (type.isEmpty ? nil : type, ParameterParser.parse(raw, i, end))
    }
}
