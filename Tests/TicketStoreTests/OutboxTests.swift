import Foundation
import Testing
import Complaints
import MIME
@testable import TicketStore

/// The outbox state machine: queued → sent / deferred / failed; held → approved (bound to the exact
/// bytes) → pending; edits void approvals; bounces schedule SPEC §6 re-contact attempts.
struct OutboxTests {
    func draft(_ reference: String?, kind: String = "acknowledgement", review: ReviewRequirement = .none,
               text: String = "We received your complaint.") -> OutboxDraft {
        OutboxDraft(ticketReference: reference, kind: kind, language: "en",
                    messageID: "ack-\(UUID().uuidString)@company.example", envelopeFrom: "complaints@company.example",
                    envelopeTo: "ada@example.org", subject: "Re: Broadband down [\(reference ?? "-")]",
                    raw: Array("Subject: x\r\n\r\n\(text)\r\n".utf8), review: review, reviewReason: review == .none ? nil : "staff text",
                    author: review == .none ? "plaint" : "handler@company.example")
    }

    func opened(_ store: TicketStore) throws -> String {
        guard case .opened(let reference) = try store.file(sampleComplaint()) else { throw CancellationError() }
        return reference
    }

    @Test func queuedMessageIsDueThenSentAndRecordedOnTheTicket() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let reference = try opened(store)
        let id = try store.enqueue(draft(reference), at: june2026)
        #expect(try store.dueOutbox(now: june2026.addingTimeInterval(-1)).isEmpty)
        let due = try store.dueOutbox(now: june2026)
        #expect(due.map(\.id) == [id])
        try store.recordAttempt(id: id, at: june2026)
        try store.recordSent(id: id, serverReply: "250 2.0.0 Ok: queued as ABC", at: june2026)
        #expect(try store.dueOutbox(now: june2026.addingTimeInterval(3600)).isEmpty)
        let row = try #require(try store.outboxEntry(id: id))
        #expect(row.status == .sent && row.attempts == 1)
        let detail = try #require(try store.ticket(reference: reference))
        // The sent message is on the ticket (so the customer's reply threads back) with its events.
        #expect(detail.messages.contains { $0.direction == .outgoing && $0.messageID == row.messageID })
        #expect(detail.events.map(\.action).contains("reply_queued"))
        #expect(detail.events.contains { $0.action == "delivered" && $0.detail?.contains("queued as ABC") == true })
    }

    @Test func deferredMessageWaitsForItsRetryAndFailureIsRecorded() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let reference = try opened(store)
        let id = try store.enqueue(draft(reference), at: june2026)
        let schedule = DeliverySchedule()
        try store.recordAttempt(id: id, at: june2026)
        try store.recordRetry(id: id, error: "451 try later", next: schedule.retry(attempts: 1, now: june2026))
        #expect(try store.dueOutbox(now: june2026.addingTimeInterval(59)).isEmpty)
        #expect(try store.dueOutbox(now: june2026.addingTimeInterval(60)).count == 1)
        try store.recordFailure(id: id, error: "550 no such user", at: june2026)
        #expect(try store.outboxEntry(id: id)?.status == .failed)
        #expect(try store.outbox(statuses: [.failed]).count == 1)
        #expect(try store.ticket(reference: reference)!.events.contains { $0.action == "delivery_failed" && $0.detail!.contains("550") })
    }

    @Test func heldReplyIsNeverDueUntilEveryRoleApprovedItsExactBytes() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let reference = try opened(store)
        let id = try store.enqueue(draft(reference, kind: "resolution", review: .managerLegal, text: "We will refund you."), at: june2026)
        #expect(try store.outboxEntry(id: id)?.status == .heldForReview)
        #expect(try store.dueOutbox(now: june2026.addingTimeInterval(86_400)).isEmpty)
        var row = try store.recordReview(id: id, reviewer: "manager@company.example", role: "manager", approve: true, reason: nil, at: june2026)
        #expect(row.status == .heldForReview)
        #expect(row.missingApprovals == ["legal"])
        row = try store.recordReview(id: id, reviewer: "legal@company.example", role: "legal", approve: true, reason: nil, at: june2026)
        #expect(row.status == .pending && row.isCleared)
        #expect(try store.dueOutbox(now: june2026).map(\.id) == [id])

        // An edit after approval voids both approvals: back to review, not due.
        try store.replaceUnsent(id: id, raw: Array("Subject: x\r\n\r\nWe will refund you twice.\r\n".utf8), subject: "x",
                                review: .managerLegal, reviewReason: "refund", editor: "handler@company.example", at: june2026)
        row = try #require(try store.outboxEntry(id: id))
        #expect(row.status == .heldForReview)
        #expect(Set(row.missingApprovals) == ["manager", "legal"])
        #expect(try store.dueOutbox(now: june2026.addingTimeInterval(86_400)).isEmpty)
    }

    @Test func bytesChangedBehindPlaintsBackAreNotSent() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let reference = try opened(store)
        let id = try store.enqueue(draft(reference, kind: "resolution", review: .manager), at: june2026)
        _ = try store.recordReview(id: id, reviewer: "manager@company.example", role: "manager", approve: true, reason: nil, at: june2026)
        #expect(try store.dueOutbox(now: june2026).count == 1)
        try store.connection.run("UPDATE outbox SET raw = ? WHERE id = ?", Array("Subject: x\r\n\r\nchanged\r\n".utf8), id)
        #expect(try store.dueOutbox(now: june2026).isEmpty)
    }

    @Test func rejectedReplyIsNeverSent() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let reference = try opened(store)
        let id = try store.enqueue(draft(reference, kind: "resolution", review: .manager), at: june2026)
        let row = try store.recordReview(id: id, reviewer: "manager@company.example", role: "manager", approve: false,
                                         reason: "tone", at: june2026)
        #expect(row.status == .rejected)
        #expect(try store.dueOutbox(now: june2026.addingTimeInterval(86_400)).isEmpty)
        #expect(try store.ticket(reference: reference)!.events.contains { $0.action == "reply_rejected" && $0.detail!.contains("tone") })
    }

    @Test func bounceSchedulesThreeRecontactsAtLeastThreeHoursApartWithin48HoursThenGivesUp() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let reference = try opened(store)
        let d = draft(reference)
        let id = try store.enqueue(d, at: june2026)
        try store.recordSent(id: id, serverReply: "250", at: june2026)
        let schedule = DeliverySchedule()
        var now = june2026.addingTimeInterval(60)
        let firstBounce = now
        var times: [Date] = []
        for _ in 1...3 {
            #expect(try store.recordBounce(messageIDs: [d.messageID], reason: "550 mailbox unknown", schedule: schedule, at: now) == [id])
            let row = try #require(try store.outboxEntry(id: id))
            #expect(row.status == .pending)
            #expect(try store.dueOutbox(now: now).isEmpty)
            times.append(row.nextAttemptAt)
            now = row.nextAttemptAt
            try store.recordSent(id: id, serverReply: "250", at: now)
            now = now.addingTimeInterval(120)
        }
        #expect(times.first!.timeIntervalSince(firstBounce) >= 3 * 3600)
        for (a, b) in zip(times, times.dropFirst()) { #expect(b.timeIntervalSince(a) >= 3 * 3600) }
        #expect(times.last!.timeIntervalSince(firstBounce) <= 48 * 3600)
        try store.recordBounce(messageIDs: [d.messageID], reason: "550 mailbox unknown", schedule: schedule, at: now)
        #expect(try store.outboxEntry(id: id)?.status == .failed)
        let actions = try store.ticket(reference: reference)!.events.map(\.action)
        #expect(actions.filter { $0 == "bounced" }.count == 4)
        #expect(actions.filter { $0 == "recontact_scheduled" }.count == 3)
        #expect(actions.contains("customer_unreachable"))
    }

    @Test func acknowledgementCountIsPerRecipientAndHour() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let reference = try opened(store)
        for minute in 0..<3 { try store.enqueue(draft(reference), at: june2026.addingTimeInterval(Double(minute) * 60)) }
        try store.enqueue(draft(reference, kind: "resolution", review: .manager), at: june2026)
        #expect(try store.acknowledgementCount(to: "ADA@example.org", since: june2026.addingTimeInterval(-3600)) == 3)
        #expect(try store.acknowledgementCount(to: "ada@example.org", since: june2026.addingTimeInterval(90)) == 1)
        #expect(try store.acknowledgementCount(to: "bob@example.org", since: june2026.addingTimeInterval(-3600)) == 0)
    }

    @Test func anOutboxRowRolledBackWithItsTicketLeavesNeither() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        struct Boom: Error {}
        do {
            try store.transaction { () throws(StoreError) in
                guard case .opened(let reference) = try store.file(sampleComplaint()) else { return }
                try store.enqueue(draft(reference), at: june2026)
                throw StoreError(kind: .sqlite, message: "simulated crash before commit")
            }
        } catch {}
        #expect(try store.counts().tickets == 0)
        #expect(try store.outbox().isEmpty)
    }
}
