import Foundation

/// A parsed Internet message (RFC 5322 + MIME, RFC 2045–2049).
///
/// `Message.parse` never throws and never traps: malformed input yields a best-effort message
/// whose `defects` say what was wrong (like stalwart's mail-parser).
public struct Message: Sendable {
    /// The top-level header fields, in order.
    public var header: Header
    /// The root of the MIME tree.
    public var body: Part
    /// What the parser had to repair or give up on.
    public var defects: [Defect]
    /// Size of the raw input in bytes.
    public var rawSize: Int

    public init(header: Header, body: Part, defects: [Defect] = [], rawSize: Int = 0) {
        self.header = header
        self.body = body
        self.defects = defects
        self.rawSize = rawSize
    }
}

extension Message {
    /// Decoded `Subject`, or nil when absent.
    public var subject: String? { header.first("Subject") }
    public var from: [Address] { header.addresses("From") }
    public var sender: [Address] { header.addresses("Sender") }
    public var replyTo: [Address] { header.addresses("Reply-To") }
    public var to: [Address] { header.addresses("To") }
    public var cc: [Address] { header.addresses("Cc") }
    /// `Message-ID` without angle brackets.
    public var messageID: String? { header.messageIDs("Message-ID").first }
    public var inReplyTo: [String] { header.messageIDs("In-Reply-To") }
    public var references: [String] { header.messageIDs("References") }
}
