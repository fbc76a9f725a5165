// TEMPORARY: the public surface the MIME helper implements for real (then deletes this file).
// Other modules compile against these signatures.
import Foundation

public struct Limits: Sendable {
    public var maxNesting = 100
    public var maxHeaders = 10_000
    public var maxPartBytes = 100 * 1024 * 1024
    public init() {}
}

extension Message {
    /// Parses raw message bytes. Never throws, never traps; problems are recorded in `defects`.
    public static func parse(_ bytes: [UInt8], limits: Limits = Limits()) -> Message {
        Message(header: Header(), body: Part(header: Header(), contentType: .textPlain, content: .text(String(decoding: bytes, as: UTF8.self))), rawSize: bytes.count)
    }
    /// The readable body: text/plain preferred (multipart/alternative), else HTML converted to text.
    public var text: String { "" }
    /// The HTML body, if the message has one.
    public var html: String? { nil }
    /// Attachments and inline non-body parts, depth-first.
    public var attachments: [Attachment] { [] }
    /// The `Date` header, parsed (RFC 5322 §3.3, obsolete forms tolerated).
    public var date: Date? { nil }
}

extension Header {
    /// Mailboxes of an address field (all occurrences), groups flattened.
    public func addresses(_ name: String) -> [Address] { [] }
    /// Message identifiers of a field (`Message-ID`, `In-Reply-To`, `References`) without angle brackets.
    public func messageIDs(_ name: String) -> [String] { [] }
}

public enum HTMLText {
    /// HTML to readable text: block elements to line breaks, lists and tables readable, entities decoded,
    /// script/style/comments dropped.
    public static func convert(_ html: String) -> String { html }
}

public enum SHA256 {
    /// Lowercase hex digest.
    public static func hex(_ bytes: [UInt8]) -> String { "" }
    public static func digest(_ bytes: [UInt8]) -> [UInt8] { [] }
}

public enum Charset {
    /// Decodes bytes in the named charset (aliases handled; unknown labels fall back with U+FFFD).
    public static func decode(_ bytes: [UInt8], charset: String?) -> String { String(decoding: bytes, as: UTF8.self) }
}
