import Foundation
import Testing
import Complaints
import MIME
@testable import TicketStore

/// Where a filed message's raw bytes are kept: small ones in the database, large and quarantined ones
/// as files; every one retrievable by its SHA-256, stored once.
struct RawStorageTests {
    func file(_ store: TicketStore, _ complaint: Complaint, raw: [UInt8], key: SourceKey? = nil) throws -> FilingOutcome {
        try store.file(complaint, raw: raw, sourceKey: key ?? .forMessage(messageID: complaint.messageID, raw: raw),
                       source: "test", receivedAt: june2026, attachments: [])
    }

    func rawSHA256(_ store: TicketStore, _ reference: String) throws -> String {
        try #require(try store.ticket(reference: reference)).messages[0].rawSHA256
    }

    @Test func smallRawMessageIsReadBackFromTheDatabaseWithoutAFile() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let complaint = sampleComplaint()
        let raw = sampleRaw(for: complaint)
        guard case .opened(let reference) = try file(store, complaint, raw: raw) else { Issue.record("not opened"); return }
        let hash = try rawSHA256(store, reference)
        #expect(hash == SHA256.hex(raw))
        #expect(try store.rawMessage(sha256: hash) == raw)
        #expect(!FileManager.default.fileExists(atPath: store.rawMessagePath(sha256: hash)))
        // Survives closing and reopening the database.
        try store.close()
        #expect(try fixture.open().rawMessage(sha256: hash) == raw)
    }

    @Test func rawMessageOverTheLimitIsAFile() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let complaint = sampleComplaint()
        let raw = sampleRaw(for: complaint) + Array(repeating: UInt8(ascii: "x"), count: TicketStore.inlineRawLimit)
        guard case .opened(let reference) = try file(store, complaint, raw: raw) else { Issue.record("not opened"); return }
        let hash = try rawSHA256(store, reference)
        #expect(FileManager.default.contents(atPath: store.rawMessagePath(sha256: hash)).map([UInt8].init) == raw)
        #expect(try store.rawMessage(sha256: hash) == raw)
    }

    @Test func quarantinedRawMessageIsAFileTheQuarantineListPointsTo() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let complaint = sampleComplaint(disposition: .quarantine, reason: "unreadable MIME structure")
        let raw = sampleRaw(for: complaint)
        _ = try file(store, complaint, raw: raw)
        let hash = SHA256.hex(raw)
        #expect(FileManager.default.contents(atPath: store.rawMessagePath(sha256: hash)).map([UInt8].init) == raw)
    }

    @Test func identicalRawBytesUnderTwoKeysAreStoredOnce() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let raw = Array("Subject: same bytes\r\n\r\nLine down.\r\n".utf8)
        _ = try file(store, sampleComplaint(), raw: raw, key: SourceKey("first"))
        _ = try file(store, sampleComplaint(), raw: raw, key: SourceKey("second"))
        #expect(try store.connection.scalarInt("SELECT count(*) FROM raw_messages") == 1)
        #expect(try store.connection.scalarInt("SELECT count(*) FROM messages WHERE raw_sha256 = ?", SHA256.hex(raw)) == 2)
    }

    @Test func messageWithoutMessageIDIsFiledUnderTheDigestOfItsBytes() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        var complaint = sampleComplaint()
        complaint.messageID = nil
        let raw = Array("Subject: no id\r\n\r\nLine down.\r\n".utf8)
        let key = SourceKey.forMessage(messageID: nil, raw: raw)
        #expect(key == SourceKey("sha256:" + SHA256.hex(raw)))
        guard case .opened(let reference) = try file(store, complaint, raw: raw, key: key) else { Issue.record("not opened"); return }
        #expect(try rawSHA256(store, reference) == SHA256.hex(raw))
        #expect(try store.rawMessage(sha256: SHA256.hex(raw)) == raw)
        #expect(try file(store, complaint, raw: raw, key: key) == .duplicate(reference: reference))
    }

    /// The files of a batch are written on the reading threads before filing (`ContentPrewriter`):
    /// the same files filing would write, none for a message kept in the database, and filing then
    /// records the message with the files already in place.
    @Test func prewrittenFilesAreTheOnesFilingWouldWrite() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let small = sampleComplaint()
        let smallRaw = sampleRaw(for: small)
        let large = sampleComplaint()
        let largeRaw = sampleRaw(for: large) + Array(repeating: UInt8(ascii: "x"), count: TicketStore.inlineRawLimit)
        let pdf = Array("%PDF-1.4 prewritten".utf8)
        let prewriter = store.prewriter
        try prewriter.write(raw: smallRaw, sha256: SHA256.hex(smallRaw), disposition: .ticket, attachments: [])
        try prewriter.write(raw: largeRaw, sha256: SHA256.hex(largeRaw), disposition: .ticket,
                            attachments: [(sha256: SHA256.hex(pdf), bytes: pdf)])
        #expect(!FileManager.default.fileExists(atPath: store.rawMessagePath(sha256: SHA256.hex(smallRaw))))
        #expect(FileManager.default.contents(atPath: store.rawMessagePath(sha256: SHA256.hex(largeRaw))).map([UInt8].init) == largeRaw)
        #expect(FileManager.default.contents(atPath: store.attachmentPath(sha256: SHA256.hex(pdf))).map([UInt8].init) == pdf)

        let info = AttachmentInfo(filename: "bill.pdf", contentType: "application/pdf", size: pdf.count, sha256: SHA256.hex(pdf))
        let outcome = try store.file(large, raw: largeRaw, sourceKey: .forMessage(messageID: large.messageID, raw: largeRaw),
                                     source: "test", receivedAt: june2026, attachments: [(info: info, bytes: pdf)])
        guard case .opened(let reference) = outcome else { Issue.record("not opened: \(outcome)"); return }
        #expect(try store.rawMessage(sha256: try rawSHA256(store, reference)) == largeRaw)
        #expect(try store.attachment(sha256: SHA256.hex(pdf)) == pdf)
        // A quarantined message is always a file, whatever its size.
        try prewriter.write(raw: smallRaw, sha256: SHA256.hex(smallRaw), disposition: .quarantine, attachments: [])
        #expect(FileManager.default.fileExists(atPath: store.rawMessagePath(sha256: SHA256.hex(smallRaw))))
    }
}
