import Foundation
import Complaints
import MIME
@testable import TicketStore

/// A fresh temp directory with a database path and a data directory, removed at deinit.
final class StoreFixture {
    let directory: String
    var dbPath: String { directory + "/plaint.sqlite" }
    var dataPath: String { directory + "/data" }

    init() {
        directory = NSTemporaryDirectory() + "plaint-store-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func open() throws -> TicketStore { try TicketStore(path: dbPath, dataDirectory: dataPath) }
}

/// A complaint as the reader would produce it, with a distinct Message-ID.
func sampleComplaint(_ id: String = UUID().uuidString, subject: String = "Broadband down for three days",
                     disposition: Disposition = .ticket, reason: String? = nil, ticketReference: String? = nil,
                     inReplyTo: [String] = [], references: [String] = []) -> Complaint {
    Complaint(disposition: disposition, dispositionReason: reason, kind: .complaint, category: .network, severity: 2,
              priority: .medium, flags: [], channel: .email,
              complainant: Complainant(name: "Ada Lovelace", email: "ada@example.org"),
              subject: subject, description: "My line has been down since Monday.", messageID: id + "@example.org",
              inReplyTo: inReplyTo, references: references, senderEmail: "ada@example.org",
              date: Date(timeIntervalSince1970: 1_780_000_000), ticketReference: ticketReference)
}

/// Raw bytes that go with `complaint` (distinct per Message-ID).
func sampleRaw(for complaint: Complaint) -> [UInt8] {
    Array("Message-ID: <\(complaint.messageID ?? "")>\r\nSubject: \(complaint.subject ?? "")\r\n\r\n\(complaint.description)\r\n".utf8)
}

/// 2026-06-01T12:00:00Z.
let june2026 = Date(timeIntervalSince1970: 1_780_315_200)

extension TicketStore {
    /// Files `complaint` with its own raw bytes and Message-ID source key.
    @discardableResult
    func file(_ complaint: Complaint, at date: Date = june2026, location: MailboxLocation? = nil,
              attachments: [(info: AttachmentInfo, bytes: [UInt8])] = []) throws(StoreError) -> FilingOutcome {
        let raw = sampleRaw(for: complaint)
        return try file(complaint, raw: raw, sourceKey: .forMessage(messageID: complaint.messageID, raw: raw),
                        source: "test", receivedAt: date, attachments: attachments, location: location)
    }
}
