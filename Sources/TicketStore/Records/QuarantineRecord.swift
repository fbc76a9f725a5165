import Foundation

/// A message recorded as `quarantine` (malformed, hostile, over the size limit…), with the reason.
public struct QuarantineRecord: Sendable, Equatable {
    /// Row id of the message.
    public var id: Int64
    /// Message-ID without angle brackets, when it had one.
    public var messageID: String?
    public var sourceKey: SourceKey
    public var source: String
    public var reason: String
    public var receivedAt: Date
    /// The raw bytes, always a file for a quarantined message (`TicketStore.rawMessagePath(sha256:)`).
    public var rawSHA256: String

    public init(id: Int64, messageID: String?, sourceKey: SourceKey, source: String, reason: String, receivedAt: Date, rawSHA256: String) {
        self.id = id
        self.messageID = messageID
        self.sourceKey = sourceKey
        self.source = source
        self.reason = reason
        self.receivedAt = receivedAt
        self.rawSHA256 = rawSHA256
    }
}
