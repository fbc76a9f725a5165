/// A node of the MIME tree.
public struct Part: Sendable {
    public var header: Header
    public var contentType: ContentType
    /// `Content-Disposition` type lowercased (`inline`, `attachment`), nil when absent.
    public var disposition: String?
    /// The filename from Content-Disposition `filename` (RFC 2231 aware) or Content-Type `name`, decoded, unsanitised.
    public var filename: String?
    /// `Content-Transfer-Encoding` lowercased (`7bit` when absent).
    public var transferEncoding: String
    public var content: Content

    public indirect enum Content: Sendable {
        /// A text/* part decoded to a Swift string (transfer encoding and charset applied).
        case text(String)
        /// Any other leaf: the decoded bytes.
        case bytes([UInt8])
        /// multipart/*: the children in order.
        case multipart([Part])
        /// message/rfc822 (and message/global): the embedded message.
        case message(Message)
    }

    public init(header: Header, contentType: ContentType, disposition: String? = nil, filename: String? = nil,
                transferEncoding: String = "7bit", content: Content) {
        self.header = header
        self.contentType = contentType
        self.disposition = disposition
        self.filename = filename
        self.transferEncoding = transferEncoding
        self.content = content
    }
}

/// A parsed Content-Type (RFC 2045 §5, RFC 2231 parameters).
public struct ContentType: Sendable, Equatable {
    /// Lowercased, e.g. `text`.
    public var type: String
    /// Lowercased, e.g. `plain`.
    public var subtype: String
    /// Parameter names lowercased; values decoded (RFC 2231 continuations and charsets joined).
    public var parameters: [String: String]

    public init(type: String, subtype: String, parameters: [String: String] = [:]) {
        self.type = type
        self.subtype = subtype
        self.parameters = parameters
    }

    /// `type/subtype`.
    public var mimeType: String { "\(type)/\(subtype)" }
    public var charset: String? { parameters["charset"] }
    public var boundary: String? { parameters["boundary"] }

    public static let textPlain = ContentType(type: "text", subtype: "plain", parameters: ["charset": "us-ascii"])
}
