/// A mailbox's identity and size as reported by `STATUS` (RFC 9051 §6.3.11).
public struct MailboxStatus: Equatable, Sendable, CustomStringConvertible {
    /// Changes when the mailbox is recreated; UIDs are only meaningful with it.
    public var uidValidity: UInt32
    /// The UID the next message will get: every existing UID is below it.
    public var uidNext: UInt32
    /// Number of messages in the mailbox.
    public var messages: Int

    public init(uidValidity: UInt32, uidNext: UInt32, messages: Int) {
        self.uidValidity = uidValidity
        self.uidNext = uidNext
        self.messages = messages
    }

    public var description: String { "UIDVALIDITY \(uidValidity) UIDNEXT \(uidNext) MESSAGES \(messages)" }
}

/// One message as listed by `UID FETCH n:* (UID FLAGS RFC822.SIZE)`.
public struct MessageInfo: Equatable, Sendable {
    public var uid: UInt32
    /// RFC822.SIZE in bytes (the exact size `fetch(uid:)` returns), nil if the server omitted it.
    public var size: Int?
    /// Flags and keywords, e.g. `\Seen`, `$PlaintFiled`.
    public var flags: [String]

    public init(uid: UInt32, size: Int?, flags: [String]) {
        self.uid = uid
        self.size = size
        self.flags = flags
    }

    public func hasFlag(_ flag: String) -> Bool {
        flags.contains { $0.lowercased() == flag.lowercased() }
    }
}
