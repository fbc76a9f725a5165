import Foundation
import MIME

/// Where a message came from, unique per message: its Message-ID, else a hash of its bytes.
/// Filing the same source key twice files nothing the second time (exactly-once).
public struct SourceKey: Hashable, Sendable, CustomStringConvertible {
    public var value: String
    /// The SHA-256 of the raw bytes when `forMessage` computed it (so filing does not hash them again).
    /// Not part of the key's identity.
    let rawSHA256: String?

    public init(_ value: String) {
        self.value = value
        self.rawSHA256 = nil
    }

    private init(value: String, rawSHA256: String) {
        self.value = value
        self.rawSHA256 = rawSHA256
    }

    public static func == (a: SourceKey, b: SourceKey) -> Bool { a.value == b.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// The key for a message: `mid:<Message-ID>` (angle brackets and surrounding space dropped) when it has
    /// one, else `sha256:<hex of the raw bytes>`.
    public static func forMessage(messageID: String?, raw: [UInt8]) -> SourceKey {
        if let id = messageID.map(normalizedMessageID), !id.isEmpty { return SourceKey("mid:" + id) }
        let digest = SHA256.hex(raw)
        return SourceKey(value: "sha256:" + digest, rawSHA256: digest)
    }

    /// The same key when the raw bytes' SHA-256 is already known (e.g. computed while a batch was
    /// read on several cores), so filing does not hash the bytes again on its one thread.
    /// - Parameter rawSHA256: the lowercase hex SHA-256 of exactly `raw`.
    public static func forMessage(messageID: String?, rawSHA256 digest: String) -> SourceKey {
        if let id = messageID.map(normalizedMessageID), !id.isEmpty { return SourceKey(value: "mid:" + id, rawSHA256: digest) }
        return SourceKey(value: "sha256:" + digest, rawSHA256: digest)
    }

    public var description: String { value }
}

/// A Message-ID as compared for threading: no angle brackets, no surrounding whitespace.
func normalizedMessageID(_ id: String) -> String {
    let bytes = id.utf8
    var start = bytes.startIndex, end = bytes.endIndex
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
    while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
    while start < end, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
    if start < end, bytes[start] == UInt8(ascii: "<") { start = bytes.index(after: start) }
    if start < end, bytes[bytes.index(before: end)] == UInt8(ascii: ">") { end = bytes.index(before: end) }
    if start == bytes.startIndex, end == bytes.endIndex { return id }
    return String(id[start..<end])
}
