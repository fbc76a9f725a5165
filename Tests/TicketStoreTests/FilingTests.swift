import Foundation
import Testing
import Complaints
import MIME
@testable import TicketStore

struct FilingTests {
    @Test func sameSourceKeyTwiceIsFiledOnce() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let complaint = sampleComplaint()
        let first = try store.file(complaint)
        guard case .opened(let reference) = first else { Issue.record("expected a new ticket, got \(first)"); return }
        let countsBefore = try store.counts()
        let eventsBefore = try store.ticket(reference: reference)?.events.count

        // Same message again, even with a different receive time and source: nothing new.
        #expect(try store.file(complaint, at: june2026.addingTimeInterval(3600)) == .duplicate(reference: reference))
        #expect(try store.counts() == countsBefore)
        #expect(try store.ticket(reference: reference)?.events.count == eventsBefore)
        #expect(countsBefore.tickets == 1 && countsBefore.messages == 1)
        #expect(try store.isFiled(sourceKey: .forMessage(messageID: complaint.messageID, raw: [])))

        // A recorded (non-ticket) message repeated is a duplicate without a reference.
        let bounce = sampleComplaint(disposition: .bounce, reason: "DSN: mailbox full")
        #expect(try store.file(bounce) == .recorded(disposition: .bounce, reason: "DSN: mailbox full"))
        #expect(try store.file(bounce) == .duplicate(reference: nil))
    }

    @Test func twoProcessesShareOneLedger() throws {
        let fixture = StoreFixture()
        let poller = try fixture.open()
        let cli = try fixture.open()
        let complaint = sampleComplaint()
        #expect(try poller.file(complaint) == .opened(reference: "CMP-2026-000001"))
        #expect(try cli.file(complaint) == .duplicate(reference: "CMP-2026-000001"))
        #expect(try cli.file(sampleComplaint()) == .opened(reference: "CMP-2026-000002"))
        try cli.setStatus(reference: "CMP-2026-000001", to: .acknowledged, actor: "staff")
        #expect(try poller.file(sampleComplaint()) == .opened(reference: "CMP-2026-000003"))
        #expect(try poller.tickets(status: .acknowledged).map(\.reference) == ["CMP-2026-000001"])
    }

    @Test func followUpByQuotedReference() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        guard case .opened(let reference) = try store.file(sampleComplaint()) else { Issue.record("not opened"); return }
        let reply = sampleComplaint(subject: "Re: [\(reference)] still down", ticketReference: reference.lowercased())
        #expect(try store.file(reply, at: june2026.addingTimeInterval(600)) == .followUp(reference: reference))

        let detail = try #require(try store.ticket(reference: reference))
        #expect(detail.messages.count == 2)
        #expect(detail.events.map(\.action) == ["opened", "follow_up"])
        #expect(detail.record.updatedAt == june2026.addingTimeInterval(600))
        #expect(try store.counts().tickets == 1)
    }

    @Test func followUpByInReplyToAndReferences() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let original = sampleComplaint("orig-1")
        guard case .opened(let reference) = try store.file(original) else { Issue.record("not opened"); return }

        let byInReplyTo = sampleComplaint("reply-1", subject: "Re: Broadband", inReplyTo: ["<orig-1@example.org>"])
        #expect(try store.file(byInReplyTo) == .followUp(reference: reference))

        let byReferences = sampleComplaint("reply-2", subject: "Re: Re: Broadband",
                                           references: ["unrelated@elsewhere", "orig-1@example.org", "reply-1@example.org"])
        #expect(try store.file(byReferences) == .followUp(reference: reference))

        let unrelated = sampleComplaint("new-2", inReplyTo: ["somebody-else@example.net"])
        guard case .opened(let other) = try store.file(unrelated) else { Issue.record("not opened"); return }
        #expect(other != reference)
    }

    @Test func replyToOurOwnAcknowledgementThreads() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        guard case .opened(let reference) = try store.file(sampleComplaint()) else { Issue.record("not opened"); return }
        let ack = Array("Subject: We received your complaint\r\n\r\nThanks.\r\n".utf8)
        #expect(try store.recordOutgoing(reference: reference, messageID: "<ack-1@plaint.example>", subject: "Received", raw: ack, sentAt: june2026))
        #expect(try !store.recordOutgoing(reference: reference, messageID: "<ack-1@plaint.example>", subject: "Received", raw: ack, sentAt: june2026))

        let reply = sampleComplaint(subject: "Re: We received your complaint", inReplyTo: ["ack-1@plaint.example"])
        #expect(try store.file(reply) == .followUp(reference: reference))
        let detail = try #require(try store.ticket(reference: reference))
        #expect(detail.messages.map(\.direction) == [.incoming, .outgoing, .incoming])
        #expect(detail.events.map(\.action) == ["opened", "sent", "follow_up"])
    }

    @Test func referencesAreNumberedPerYear() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let lastSecondOf2025 = Date(timeIntervalSince1970: 1_767_225_599) // 2025-12-31T23:59:59Z
        let firstSecondOf2026 = Date(timeIntervalSince1970: 1_767_225_600)
        #expect(try store.file(sampleComplaint(), at: lastSecondOf2025) == .opened(reference: "CMP-2025-000001"))
        #expect(try store.file(sampleComplaint(), at: lastSecondOf2025) == .opened(reference: "CMP-2025-000002"))
        #expect(try store.file(sampleComplaint(), at: firstSecondOf2026) == .opened(reference: "CMP-2026-000001"))
        #expect(try store.file(sampleComplaint(), at: lastSecondOf2025) == .opened(reference: "CMP-2025-000003"))
        #expect(try store.file(sampleComplaint(), at: june2026) == .opened(reference: "CMP-2026-000002"))
        #expect(TicketStore.reference(year: 2026, sequence: 1_234_567) == "CMP-2026-1234567")
        // Newest first.
        #expect(try store.tickets().map(\.reference) == ["CMP-2026-000002", "CMP-2026-000001", "CMP-2025-000003", "CMP-2025-000002", "CMP-2025-000001"])
    }

    @Test func rawMessagesAndAttachmentsAreContentAddressedAndDeduplicated() throws {
        try #require(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                     "needs the real MIME SHA256")
        let fixture = StoreFixture()
        let store = try fixture.open()
        let screenshot = Array(repeating: UInt8(0x89), count: 5000)
        let info = AttachmentInfo(filename: "screen.png", contentType: "image/png", size: 5000, sha256: "")
        let first = sampleComplaint()
        try store.file(first, attachments: [(info, screenshot)])
        // Another ticket with the same screenshot: one attachment file on disk.
        try store.file(sampleComplaint(), attachments: [(info, screenshot)])

        // A small raw message is kept in the database, not as a file of its own.
        let rawHash = SHA256.hex(sampleRaw(for: first))
        let rawPath = fixture.dataPath + "/messages/\(rawHash.prefix(2))/\(rawHash).eml"
        #expect(store.rawMessagePath(sha256: rawHash) == rawPath)
        #expect(!FileManager.default.fileExists(atPath: rawPath))
        #expect(try store.rawMessage(sha256: rawHash) == sampleRaw(for: first))

        let pngHash = SHA256.hex(screenshot)
        let shard = fixture.dataPath + "/attachments/\(pngHash.prefix(2))"
        #expect(try FileManager.default.contentsOfDirectory(atPath: shard) == [pngHash])
        #expect(try store.attachment(sha256: pngHash) == screenshot)

        let tickets = try store.tickets()
        #expect(tickets.allSatisfy { $0.complaint.attachments == [AttachmentInfo(filename: "screen.png", contentType: "image/png", size: 5000, sha256: pngHash)] })
        let detail = try #require(try store.ticket(reference: tickets[0].reference))
        #expect(detail.messages.first?.rawSHA256 != nil)
        #expect(detail.attachments.map(\.sha256) == [pngHash])
        // No temp files left behind.
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: fixture.dataPath).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func failedFilingLeavesNothingBehind() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        // Make the last step of the transaction (the mailbox location) fail.
        try store.connection.execute("""
            CREATE TEMP TRIGGER refuse BEFORE INSERT ON mailbox_locations BEGIN SELECT RAISE(ABORT, 'disk on fire'); END
            """)
        let complaint = sampleComplaint()
        let location = MailboxLocation(mailbox: "INBOX", uidValidity: 7, uid: 1)
        let error = #expect(throws: StoreError.self) { try store.file(complaint, location: location) }
        #expect(error?.description.contains("disk on fire") == true)
        #expect(try store.counts() == StoreCounts(ticketsByStatus: [:], messagesByDisposition: [:], messages: 0))
        #expect(try store.connection.scalarInt("SELECT count(*) FROM ticket_events") == 0)
        #expect(try store.lastUID(mailbox: "INBOX", uidValidity: 7) == nil)
        #expect(try !store.isFiled(sourceKey: .forMessage(messageID: complaint.messageID, raw: [])))

        // Fixed: the retry files it, and the reference number was not burnt.
        try store.connection.execute("DROP TRIGGER refuse")
        #expect(try store.file(complaint, location: location) == .opened(reference: "CMP-2026-000001"))
        #expect(try store.lastUID(mailbox: "INBOX", uidValidity: 7) == 1)
    }

    @Test func unwritableDataDirectoryFailsTheFilingAndFilesNothing() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let complaint = sampleComplaint()
        let screenshot = Array(repeating: UInt8(0x89), count: 5000)
        let attachment = (info: AttachmentInfo(filename: "screen.png", contentType: "image/png", size: 5000, sha256: ""), bytes: screenshot)
        let blocker = fixture.dataPath + "/attachments/" + SHA256.hex(screenshot).prefix(2)
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data("in the way".utf8)))
        let error = #expect(throws: StoreError.self) { try store.file(complaint, attachments: [attachment]) }
        #expect(error?.kind == .io)
        #expect(error?.path == blocker)
        #expect(error?.description.contains("check that the data directory exists, is writable") == true)
        #expect(try store.counts().messages == 0)

        try FileManager.default.removeItem(atPath: blocker)
        #expect(try store.file(complaint, attachments: [attachment]) == .opened(reference: "CMP-2026-000001"))
    }

    @Test func dataDirectoryThatIsAFileIsRejectedAtOpen() throws {
        let fixture = StoreFixture()
        #expect(FileManager.default.createFile(atPath: fixture.dataPath, contents: Data()))
        let error = #expect(throws: StoreError.self) { try fixture.open() }
        #expect(error?.kind == .io)
        #expect(error?.description.contains(fixture.dataPath) == true)
    }

    @Test func batchCommitsTogetherAndEachFilingStaysAtomic() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        try store.connection.execute("""
            CREATE TEMP TRIGGER refuse BEFORE INSERT ON mailbox_locations WHEN NEW.uid = 2
            BEGIN SELECT RAISE(ABORT, 'uid 2 refused'); END
            """)
        var failures = 0
        try store.transaction { () throws(StoreError) in
            for uid in UInt32(1)...3 {
                do { try store.file(sampleComplaint(), location: MailboxLocation(mailbox: "INBOX", uidValidity: 1, uid: uid)) }
                catch { failures += 1 }
            }
        }
        #expect(failures == 1)
        #expect(try store.tickets().map(\.reference) == ["CMP-2026-000002", "CMP-2026-000001"])
        #expect(try store.locations(mailbox: "INBOX", uidValidity: 1).map(\.location.uid) == [1, 3])

        // A batch that fails as a whole leaves nothing.
        #expect(throws: StoreError.self) {
            try store.transaction { () throws(StoreError) in
                try store.file(sampleComplaint(), location: MailboxLocation(mailbox: "INBOX", uidValidity: 1, uid: 4))
                try store.file(sampleComplaint(), location: MailboxLocation(mailbox: "INBOX", uidValidity: 1, uid: 2))
            }
        }
        #expect(try store.counts().messages == 2)
        #expect(try store.lastUID(mailbox: "INBOX", uidValidity: 1) == 3)
    }

    @Test func quarantinedMessagesAreListed() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let broken = sampleComplaint("broken-1", disposition: .quarantine, reason: "malformed MIME: 100-deep nesting")
        #expect(try store.file(broken) == .recorded(disposition: .quarantine, reason: "malformed MIME: 100-deep nesting"))
        let noID = Complaint.quarantined("empty message")
        let raw: [UInt8] = []
        #expect(try store.file(noID, raw: raw, sourceKey: SourceKey("sha256:e3b0"), source: "imap://h/INBOX",
                               receivedAt: june2026.addingTimeInterval(60), attachments: []) == .recorded(disposition: .quarantine, reason: "empty message"))
        try store.file(sampleComplaint(disposition: .autoReply, reason: "Auto-Submitted: auto-replied"))
        try store.file(sampleComplaint())

        let listed = try store.quarantined()
        #expect(listed.map(\.reason) == ["empty message", "malformed MIME: 100-deep nesting"])
        #expect(listed[0].sourceKey == SourceKey("sha256:e3b0"))
        #expect(listed[0].source == "imap://h/INBOX")
        #expect(listed[0].messageID == nil)
        #expect(listed[1].messageID == "broken-1@example.org")
        #expect(listed[1].receivedAt == june2026)

        let counts = try store.counts()
        #expect(counts.quarantined == 2)
        #expect(counts.messages == 4)
        #expect(counts.messagesByDisposition[.autoReply] == 1)
        #expect(counts.ticketsByStatus == [.new: 1])
    }

    @Test func complaintRoundTripsThroughTheTicket() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        var complaint = Complaint(
            disposition: .ticket, dispositionReason: nil, kind: .suggestion, category: Category("billing_disputes"),
            severity: 3, priority: .high, flags: [.escalated, .major, .needsTriage], channel: .regulator,
            complainant: Complainant(name: "王小明", email: "wang@example.cn", phone: "+86 138 0000 0000", account: "ACC-778"),
            language: .zh, subject: "投诉：多收费 \"quoted\", commas, and\nnewlines",
            description: "上月账单多收了 200 元。\n请退款并道歉。", requests: [.refund, .apology],
            attachments: [AttachmentInfo(filename: "账单.pdf", contentType: "application/pdf", size: 3, sha256: SHA256.hex([1, 2, 3]))],
            messageID: "abc@regulator.gov.cn", inReplyTo: ["x@y"], references: ["a,b@c", "x@y"],
            senderEmail: "transfers@regulator.gov.cn", date: Date(timeIntervalSince1970: 1_780_000_123),
            ticketReference: nil)
        complaint.classification = Classification(
            kind: .suggestion, category: .billing, severity: 3, priority: .high, flags: [.escalated], confidence: 0.625,
            explanation: ["kind: 建议 (suggestion phrase)", "category: billing, \"overcharge\""])
        let raw = Array("From: transfers@regulator.gov.cn\r\n\r\n".utf8)
        let outcome = try store.file(complaint, raw: raw, sourceKey: SourceKey("mid:abc@regulator.gov.cn"), source: "test",
                                     receivedAt: june2026, attachments: [(complaint.attachments[0], [1, 2, 3])])
        guard case .opened(let reference) = outcome else { Issue.record("not opened: \(outcome)"); return }
        let record = try #require(try store.tickets(status: .new).first)
        #expect(record.reference == reference)
        #expect(record.status == .new)
        #expect(record.createdAt == june2026)
        #expect(record.complaint == complaint)
        #expect(try store.ticket(reference: reference)?.record == record)
        #expect(try store.tickets(status: .closed).isEmpty)

        // Without a classification it stays absent.
        let plain = sampleComplaint()
        guard case .opened(let second) = try store.file(plain) else { Issue.record("not opened"); return }
        #expect(try store.ticket(reference: second)?.record.complaint == plain)
    }
}
