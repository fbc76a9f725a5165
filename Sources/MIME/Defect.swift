/// Something the parser repaired or gave up on. The message is still usable.
public enum Defect: Sendable, Equatable, CustomStringConvertible {
    case emptyInput
    case noHeader
    case malformedHeaderLine(line: Int)
    case tooManyHeaders(limit: Int)
    case lineTooLong(limit: Int)
    case nestingTooDeep(limit: Int)
    case missingBoundary
    case missingFinalBoundary
    case invalidBase64
    case invalidQuotedPrintable
    case unknownCharset(String)
    case invalidCharsetBytes(String)
    case partTooLarge(limit: Int)

    public var description: String {
        switch self {
        case .emptyInput: "empty input"
        case .noHeader: "no header fields"
        case .malformedHeaderLine(let l): "malformed header line \(l)"
        case .tooManyHeaders(let n): "more than \(n) header fields"
        case .lineTooLong(let n): "a line longer than \(n) bytes"
        case .nestingTooDeep(let n): "MIME nesting deeper than \(n)"
        case .missingBoundary: "multipart without a boundary"
        case .missingFinalBoundary: "multipart without its final boundary"
        case .invalidBase64: "invalid base64"
        case .invalidQuotedPrintable: "invalid quoted-printable"
        case .unknownCharset(let c): "unknown charset \(c)"
        case .invalidCharsetBytes(let c): "bytes invalid in charset \(c)"
        case .partTooLarge(let n): "a part larger than \(n) bytes"
        }
    }
}
