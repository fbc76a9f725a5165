import Foundation
import Testing
import MIME
import Complaints
import TicketStore
import MailTransport
@testable import Gateway

/// A scripted SMTP server stand-in: answers each send with the next scripted result.
final class ScriptedTransmitter: MessageTransmitter {
    var script: [Result<SMTPReceipt, SMTPError>]
    var sent: [(bytes: [UInt8], to: [String])] = []
    init(_ script: [Result<SMTPReceipt, SMTPError>]) { self.script = script }

    func send(_ bytes: [UInt8], from: String, to: [String]) throws(SMTPError) -> SMTPReceipt {
        let next = script.isEmpty ? .success(SMTPReceipt(code: 250, reply: "250 ok", queueID: nil)) : script.removeFirst()
        switch next {
        case .success(let receipt):
            sent.append((bytes, to))
            return receipt
        case .failure(let error):
            throw error
        }
    }
}

struct DeliveryTests {
    func queue(_ f: AnswerFixture, count: Int) throws -> [String] {
        let filer = try f.filer(limit: 100)
        var refs: [String] = []
        for i in 0..<count {
            if case .opened(let r) = try filer.file(AnswerFixture.complaint(id: "d\(i)-\(UUID())@example.com", from: "C\(i) <c\(i)@example.com>"),
                                                    origin: "test", receivedAt: Date()) { refs.append(r) }
        }
        return refs
    }

    @Test func sendsEveryDueMessageOnceAndRecordsIt() throws {
        let f = try AnswerFixture()
        let refs = try queue(f, count: 3)
        let server = ScriptedTransmitter([])
        let report = try OutboxDelivery(store: f.store, transmitter: server).deliverDue()
        #expect(report.sent == 3 && report.waiting == 0)
        #expect(server.sent.count == 3)
        #expect(try OutboxDelivery(store: f.store, transmitter: server).deliverDue().sent == 0)
        #expect(server.sent.count == 3)
        for r in refs { #expect(try f.store.ticket(reference: r)!.messages.contains { $0.direction == .outgoing }) }
    }

    @Test func fourHundredsBackOffAndFiveHundredsFailOnTheTicket() throws {
        let f = try AnswerFixture()
        let refs = try queue(f, count: 2)
        let server = ScriptedTransmitter([.failure(.transient(code: 451, message: "451 4.3.0 try later")),
                                          .failure(.permanent(code: 550, message: "550 5.1.1 no such user"))])
        let report = try OutboxDelivery(store: f.store, transmitter: server).deliverDue()
        #expect(report.deferred == 1 && report.failed == 1 && report.sent == 0)
        let rows = try f.store.outbox()
        #expect(rows[0].status == .pending && rows[0].lastError?.contains("451") == true)
        #expect(rows[0].nextAttemptAt.timeIntervalSinceNow > 50)
        #expect(rows[1].status == .failed)
        #expect(try f.store.ticket(reference: refs[1])!.events.contains { $0.action == "delivery_failed" && $0.detail!.contains("550") })
        // Not due again until its backoff passes; then it goes out.
        #expect(try OutboxDelivery(store: f.store, transmitter: server).deliverDue().sent == 0)
        let later = try OutboxDelivery(store: f.store, transmitter: server).deliverDue(now: { Date().addingTimeInterval(120) })
        #expect(later.sent == 1)
    }

    @Test func unreachableServerKeepsEverythingDueForTheNextRound() throws {
        let f = try AnswerFixture()
        _ = try queue(f, count: 3)
        let down = ScriptedTransmitter([.failure(.transient(code: 0, message: "Couldn't connect to server"))])
        let report = try OutboxDelivery(store: f.store, transmitter: down).deliverDue()
        #expect(report.sent == 0 && report.waiting == 3 && report.serverError != nil)
        #expect(try f.store.dueOutbox(now: Date()).count == 3)
        let back = ScriptedTransmitter([])
        #expect(try OutboxDelivery(store: f.store, transmitter: back).deliverDue().sent == 3)
        #expect(back.sent.count == 3)
    }

    @Test func noServerConfiguredLeavesAcknowledgementsQueued() throws {
        let f = try AnswerFixture()
        _ = try queue(f, count: 2)
        let report = try OutboxDelivery(store: f.store, transmitter: nil).deliverDue()
        #expect(report.unconfigured && report.waiting == 2)
        #expect(report.summary.contains("no SMTP server configured"))
    }

    @Test func crashBetweenSendAndRecordSendsAtMostOneDuplicate() throws {
        let f = try AnswerFixture()
        _ = try queue(f, count: 1)
        let row = try #require(try f.store.outbox().first)
        // The attempt is committed and the server takes the message, then the process dies before recordSent.
        try f.store.recordAttempt(id: row.id, at: Date())
        let server = ScriptedTransmitter([])
        _ = try server.send(row.raw, from: row.envelopeFrom, to: [row.envelopeTo])
        // Restart: the row is still pending, so it is sent once more and then recorded.
        #expect(try OutboxDelivery(store: f.store, transmitter: server).deliverDue().sent == 1)
        #expect(try OutboxDelivery(store: f.store, transmitter: server).deliverDue().sent == 0)
        #expect(server.sent.count == 2)
        #expect(try f.store.outboxEntry(id: row.id)?.attempts == 2)
    }
}

struct DeliveryScheduleTests {
    @Test func retriesDoubleUpToTheCap() {
        let s = DeliverySchedule()
        let t = Date(timeIntervalSince1970: 0)
        #expect((1...6).map { s.retry(attempts: $0, now: t).timeIntervalSince1970 } == [60, 120, 240, 480, 900, 900])
        #expect(s.shouldGiveUp(created: t, now: t.addingTimeInterval(48 * 3600)))
        #expect(!s.shouldGiveUp(created: t, now: t.addingTimeInterval(47 * 3600)))
    }

    @Test func recontactsAreThreeAtLeastThreeHoursApartWithin48Hours() throws {
        let s = DeliverySchedule()
        let first = Date(timeIntervalSince1970: 1_000_000)
        let times = try (1...3).map { try #require(s.recontact(after: $0, firstBounce: first, now: first)) }
        #expect(times[0].timeIntervalSince(first) >= 3 * 3600)
        #expect(zip(times, times.dropFirst()).allSatisfy { $1.timeIntervalSince($0) >= 3 * 3600 })
        #expect(times[2].timeIntervalSince(first) <= 48 * 3600)
        #expect(s.recontact(after: 4, firstBounce: first, now: first) == nil)
        // A late bounce never schedules the next attempt sooner than 3 h from now.
        let late = first.addingTimeInterval(20 * 3600)
        #expect(try #require(s.recontact(after: 2, firstBounce: first, now: late)).timeIntervalSince(late) >= 3 * 3600)
    }
}
