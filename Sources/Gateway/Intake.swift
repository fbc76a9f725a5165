import Foundation
import MIME
import Complaints
import TicketStore

/// The read half of the pipeline: bytes → parsed message → complaint. Pure and never throws:
/// anything it cannot understand comes back as a quarantine complaint with the reason.
public struct Intake: Sendable {
    public var reader: ComplaintReader
    /// Messages larger than this are quarantined with their headers only (issue 3: default 50 MB).
    public var maxMessageBytes: Int

    public init(reader: ComplaintReader = ComplaintReader(), maxMessageBytes: Int = 50 * 1024 * 1024) {
        self.reader = reader
        self.maxMessageBytes = maxMessageBytes
    }

    /// Parses and reads one raw message.
    public func read(_ bytes: [UInt8]) -> (message: Message, complaint: Complaint) {
        if bytes.isEmpty {
            return (Message.parse(bytes), .quarantined("empty message (0 bytes)"))
        }
        if bytes.count > maxMessageBytes {
            return readOversize(headers: Intake.headerBlock(of: bytes), size: bytes.count)
        }
        let message = Message.parse(bytes)
        return (message, reader.read(message))
    }

    /// A message over the size limit: only its header block is read, and it is quarantined once.
    public func readOversize(headers: [UInt8], size: Int) -> (message: Message, complaint: Complaint) {
        let message = Message.parse(headers)
        var complaint = reader.read(message)
        complaint.disposition = .quarantine
        complaint.dispositionReason = "message of \(size) bytes exceeds the \(maxMessageBytes)-byte limit; headers kept"
        return (message, complaint)
    }

    /// The bytes up to and including the blank line that ends the header (all bytes if there is none).
    static func headerBlock(of bytes: [UInt8]) -> [UInt8] {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A && bytes[i + 1] == 0x0A { return Array(bytes[...(i + 1)]) }
            if bytes[i] == 0x0A && bytes[i + 1] == 0x0D, i + 2 < bytes.count, bytes[i + 2] == 0x0A {
                return Array(bytes[...(i + 2)])
            }
            i += 1
        }
        return bytes
    }
}
