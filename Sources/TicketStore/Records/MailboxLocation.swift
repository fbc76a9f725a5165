import Foundation

/// Where a message sits on an IMAP server: mailbox, UIDVALIDITY and UID (RFC 9051 §2.3.1.1).
/// A UID is only meaningful together with the mailbox's UIDVALIDITY.
public struct MailboxLocation: Hashable, Sendable, CustomStringConvertible {
    public var mailbox: String
    public var uidValidity: UInt32
    public var uid: UInt32

    public init(mailbox: String, uidValidity: UInt32, uid: UInt32) {
        self.mailbox = mailbox
        self.uidValidity = uidValidity
        self.uid = uid
    }

    public var description: String { "\(mailbox);UIDVALIDITY=\(uidValidity);UID=\(uid)" }
}

/// A mailbox location the store has filed, with the message it holds and whether the server was marked.
public struct FiledLocation: Hashable, Sendable {
    public var location: MailboxLocation
    public var sourceKey: SourceKey
    /// True once `markServerDone` recorded that the server-side flag/move succeeded.
    public var serverDone: Bool

    public init(location: MailboxLocation, sourceKey: SourceKey, serverDone: Bool) {
        self.location = location
        self.sourceKey = sourceKey
        self.serverDone = serverDone
    }
}
