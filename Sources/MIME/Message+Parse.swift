import Foundation

extension Message {
    /// Parses raw message bytes (RFC 5322, MIME RFC 2045–2049). Never throws, never traps; problems
    /// are recorded in `defects`. CRLF and bare LF line ends give the same result.
    ///
    ///     let m = Message.parse(Array("Subject: Hi\r\n\r\nHello".utf8))
    ///     m.subject // "Hi"; m.text // "Hello"
    public static func parse(_ bytes: [UInt8], limits: Limits = Limits()) -> Message {
        var parser = MessageParser(data: bytes, limits: limits)
        return parser.parseMessage(0..<bytes.count, depth: 0)
    }

    /// The `Date` header, parsed (RFC 5322 §3.3, obsolete forms tolerated).
    public var date: Date? { header.first("Date").flatMap(DateParser.parse) }
}

extension Header {
    /// Mailboxes of an address field (all occurrences), groups flattened (RFC 5322 §3.4).
    public func addresses(_ name: String) -> [Address] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.flatMap { AddressParser.parse($0.raw) }
    }

    /// Message identifiers of a field (`Message-ID`, `In-Reply-To`, `References`) without angle
    /// brackets (RFC 5322 §3.6.4).
    public func messageIDs(_ name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.flatMap { MessageIDParser.parse($0.raw) }
    }
}
