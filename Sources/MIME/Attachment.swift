/// A non-body part of a message: an attachment or an inline image.
public struct Attachment: Sendable, Equatable {
    /// Safe to use as a file name: no path separators, no control characters, no reserved device names,
    /// never empty (a generated `attachment-N.ext` when the message gave none).
    public var filename: String
    /// Lowercased `type/subtype`.
    public var contentType: String
    /// Decoded size in bytes.
    public var size: Int { bytes.count }
    /// Lowercase hex SHA-256 of the decoded bytes.
    public var sha256: String
    /// True when the part was marked inline (e.g. an image referenced from HTML).
    public var isInline: Bool
    /// `Content-ID` without angle brackets.
    public var contentID: String?
    /// The decoded bytes.
    public var bytes: [UInt8]

    public init(filename: String, contentType: String, sha256: String, isInline: Bool, contentID: String?, bytes: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.sha256 = sha256
        self.isInline = isInline
        self.contentID = contentID
        self.bytes = bytes
    }
}
