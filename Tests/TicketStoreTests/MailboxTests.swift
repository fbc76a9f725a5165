import Foundation
import Testing
import Complaints
@testable import TicketStore

struct MailboxTests {
    @Test func locationsAreStoredWithTheFilingAndGiveTheLastUID() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        #expect(try store.lastUID(mailbox: "INBOX", uidValidity: 100) == nil)
        try store.file(sampleComplaint(), location: MailboxLocation(mailbox: "INBOX", uidValidity: 100, uid: 3))
        try store.file(sampleComplaint(disposition: .bulk, reason: "List-Id"), location: MailboxLocation(mailbox: "INBOX", uidValidity: 100, uid: 9))
        try store.file(sampleComplaint(), location: MailboxLocation(mailbox: "Other", uidValidity: 100, uid: 50))
        #expect(try store.lastUID(mailbox: "INBOX", uidValidity: 100) == 9)
        #expect(try store.lastUID(mailbox: "INBOX", uidValidity: 101) == nil)
        #expect(try store.locations(mailbox: "INBOX", uidValidity: 100).map(\.location.uid) == [3, 9])
        #expect(try store.locations(mailbox: "INBOX", uidValidity: UInt32.max).isEmpty)
    }

    @Test func serverMarkingIsTrackedUntilDone() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let a = MailboxLocation(mailbox: "INBOX", uidValidity: 1, uid: 1)
        let b = MailboxLocation(mailbox: "INBOX", uidValidity: 1, uid: 2)
        try store.file(sampleComplaint(), location: a)
        try store.file(sampleComplaint(), location: b)
        // Crash here: both committed, neither flagged on the server.
        #expect(try store.unmarkedLocations(mailbox: "INBOX").map(\.location) == [a, b])
        try store.markServerDone(a)
        try store.markServerDone(a)
        #expect(try store.unmarkedLocations(mailbox: "INBOX").map(\.location) == [b])
        #expect(try store.locations(mailbox: "INBOX", uidValidity: 1).map(\.serverDone) == [true, false])
    }

    @Test func duplicateAtANewLocationIsMappedForMarking() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let complaint = sampleComplaint()
        let old = MailboxLocation(mailbox: "INBOX", uidValidity: 1, uid: 5)
        guard case .opened(let reference) = try store.file(complaint, location: old) else { Issue.record("not opened"); return }
        try store.markServerDone(old)
        // UIDVALIDITY changed: the same message comes back under a new UID.
        let new = MailboxLocation(mailbox: "INBOX", uidValidity: 2, uid: 1)
        #expect(try store.file(complaint, location: new) == .duplicate(reference: reference))
        #expect(try store.file(complaint, location: new) == .duplicate(reference: reference))
        #expect(try store.counts().messages == 1)
        #expect(try store.lastUID(mailbox: "INBOX", uidValidity: 2) == 1)
        let pending = try store.unmarkedLocations(mailbox: "INBOX")
        #expect(pending.map(\.location) == [new])
        #expect(pending.first?.sourceKey == SourceKey("mid:" + complaint.messageID!))
        #expect(try store.sourceKey(at: old) == pending.first?.sourceKey)
        #expect(try store.sourceKey(at: MailboxLocation(mailbox: "INBOX", uidValidity: 2, uid: 99)) == nil)
    }

    @Test func pollsAreRecorded() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        #expect(try store.lastSuccessfulPoll() == nil)
        try store.recordPoll(at: june2026, ok: true, summary: "polled 2 new: 2 tickets")
        try store.recordPoll(at: june2026.addingTimeInterval(15), ok: false, summary: "login denied")
        #expect(try store.lastSuccessfulPoll() == PollRecord(at: june2026, ok: true, summary: "polled 2 new: 2 tickets"))
        #expect(try store.lastPoll()?.ok == false)
    }
}
