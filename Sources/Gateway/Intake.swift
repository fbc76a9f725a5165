import Foundation
import Dispatch
import Synchronization
import MIME
import Complaints
import TicketStore

/// The read half of the pipeline: bytes → parsed message → complaint. Pure and never throws:
/// anything it cannot understand comes back as a quarantine complaint with the reason.
public struct Intake: Sendable {
    public var reader: ComplaintReader
    /// Messages larger than this are quarantined with their headers only (issue 3: default 50 MB).
    public var maxMessageBytes: Int

    /// The default size limit (issue 3: 50 MB).
    public static let defaultMaxMessageBytes = 50 * 1024 * 1024

    public init(reader: ComplaintReader = ComplaintReader(), maxMessageBytes: Int = defaultMaxMessageBytes) {
        self.reader = reader
        self.maxMessageBytes = maxMessageBytes
    }

    /// One read message: what was parsed, what it means, and its attachments (computed once: each
    /// access to `Message.attachments` hashes every attachment again).
    public struct Reading: Sendable {
        public var message: Message
        public var complaint: Complaint
        public var attachments: [Attachment]
        /// The SHA-256 (lowercase hex) of the bytes that were read: the content address of the raw mail.
        public var rawSHA256: String
    }

    /// Parses and reads one raw message.
    public func read(_ bytes: [UInt8]) -> Reading {
        if bytes.isEmpty {
            return Reading(message: Message.parse(bytes), complaint: .quarantined("empty message (0 bytes)"), attachments: [],
                           rawSHA256: SHA256.hex(bytes))
        }
        if bytes.count > maxMessageBytes {
            var reading = readOversize(headers: Intake.headerBlock(of: bytes), size: bytes.count)
            reading.rawSHA256 = SHA256.hex(bytes)  // the whole message is what gets stored
            return reading
        }
        let message = Message.parse(bytes)
        let attachments = message.attachments
        return Reading(message: message, complaint: reader.read(message, attachments: attachments), attachments: attachments,
                       rawSHA256: SHA256.hex(bytes))
    }

    /// Reads several raw messages, spread over the machine's cores (reading is pure; filing stays
    /// sequential). The readings come back in the order of `raws`.
    public func readAll(_ raws: [[UInt8]]) -> [Reading] {
        guard raws.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return raws.map(read) }
        let results = ReadingSlots(count: raws.count)
        DispatchQueue.concurrentPerform(iterations: raws.count) { index in
            results.put(read(raws[index]), at: index)
        }
        return results.take()
    }

    /// A message over the size limit: only its header block is read, and it is quarantined once.
    public func readOversize(headers: [UInt8], size: Int) -> Reading {
        let message = Message.parse(headers)
        var complaint = reader.read(message, attachments: [])
        complaint.disposition = .quarantine
        complaint.dispositionReason = "message of \(size) bytes exceeds the \(maxMessageBytes)-byte limit; headers kept"
        return Reading(message: message, complaint: complaint, attachments: [], rawSHA256: SHA256.hex(headers))
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

/// The readings of one `readAll`, filled from several threads.
private final class ReadingSlots: Sendable {
    private let slots: Mutex<[Intake.Reading?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func put(_ reading: Intake.Reading, at index: Int) { slots.withLock { $0[index] = reading } }

    func take() -> [Intake.Reading] { slots.withLock { $0.map { $0! } } }
}
