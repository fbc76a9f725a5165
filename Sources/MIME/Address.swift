/// A mailbox from an address header (RFC 5322 §3.4).
public struct Address: Sendable, Hashable {
    /// Decoded display name, if any.
    public var name: String?
    /// `local@domain` as written (no angle brackets); may be empty for malformed input.
    public var email: String
    /// The group this mailbox was listed in (`Team: a@x, b@y;`), if any.
    public var group: String?

    public init(name: String? = nil, email: String, group: String? = nil) {
        self.name = name
        self.email = email
        self.group = group
    }
}
