import Foundation
import Testing
import MIME
import TicketStore
import MailTransport
@testable import Gateway

/// Answering end to end through the real servers: complaints reach Dovecot through Postfix, `plaint
/// poll --once` (the real binary) files them and sends the acknowledgements over SMTP, and the
/// customer's mailbox is read back over IMAP. Gated on PLAINT_TEST_IMAP_URL and PLAINT_TEST_SMTP_URL.
struct DeliveryLiveTests {
    static let smtpURL = ProcessInfo.processInfo.environment["PLAINT_TEST_SMTP_URL"]
    static let enabled = RunProcessLiveTests.enabled && smtpURL != nil
    let runner = RunProcessLiveTests()

    /// A mailbox of the complaints user, a database, and the environment `plaint` runs with.
    struct Setup {
        var fixture: MailboxPollerLiveTests.Fixture
        var dir: String
        var env: [String: String]
        var db: String { dir + "/p.sqlite" }
        func store() throws -> TicketStore { try TicketStore(path: db, dataDirectory: dir + "/plaint-data") }
    }

    func setup(smtp: String? = DeliveryLiveTests.smtpURL) throws -> Setup {
        let f = try MailboxPollerLiveTests.Fixture.make()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-answer-\(f.mailbox)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var env = runner.environment(f, db: dir + "/p.sqlite")
        env["PLAINT_SMTP_URL"] = smtp
        env["PLAINT_SMTP_ALLOW_PLAINTEXT"] = "1"
        env["PLAINT_SMTP_TIMEOUT_SECONDS"] = "5"
        env["PLAINT_FROM"] = "complaints@company.example"
        env["PLAINT_FROM_NAME"] = "Example Care"
        env["PLAINT_TEMPLATES"] = AnswerFixture.templates
        env["PLAINT_APPROVERS"] = "manager@company.example:manager,legal@company.example:legal"
        return Setup(fixture: f, dir: dir, env: env)
    }

    /// Runs `plaint ARGS`; returns the exit status and the output.
    func plaint(_ args: [String], _ s: Setup, env extra: [String: String] = [:]) throws -> (Int32, String) {
        let log = s.dir + "/\(UUID().uuidString).log"
        let child = try runner.launch(args, env: s.env.merging(extra) { $1 }, log: log)
        let status = child.wait(timeout: 120)
        return (status, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    static func complaint(id: String, from: String, subject: String, body: String, extra: String = "") -> [UInt8] {
        Array(("From: \(from)\r\nTo: Complaints <complaints@company.example>\r\n"
               + HeaderEncoder.field("Subject", unstructured: subject) + "\r\n"
               + "Date: \(OutgoingMessage.rfc5322Date(Date()))\r\nMessage-ID: <\(id)>\r\n\(extra)MIME-Version: 1.0\r\n"
               + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\(body)\r\n").utf8)
    }

    /// Messages in `user`'s INBOX from UID `from` on whose In-Reply-To is one of `parents`, after waiting
    /// up to `timeout` s for `expected` of them (then a little longer, to catch duplicates).
    func replies(to parents: Set<String>, user: String = "customer", from: UInt32, expected: Int,
                 timeout: Double = 15) throws -> [Message] {
        let client = try IMAPClient(settings: MailboxPollerLiveTests.Fixture.settings("INBOX", user: user))
        var found: [UInt32: Message] = [:]
        var seen = Set<UInt32>()
        let deadline = Date().addingTimeInterval(timeout)
        var settle: Date?
        while true {
            for uid in try client.searchUIDs(from: from) where uid >= from && !seen.contains(uid) {
                seen.insert(uid)
                let m = Message.parse(try client.fetchHeaders(uid: uid))
                if m.inReplyTo.contains(where: parents.contains) { found[uid] = Message.parse(try client.fetch(uid: uid)) }
            }
            if found.count >= expected, settle == nil { settle = Date().addingTimeInterval(1.5) }
            if let settle, Date() > settle { break }
            if Date() > deadline { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return found.keys.sorted().map { found[$0]! }
    }

    func uidNext(_ user: String = "customer") throws -> UInt32 {
        try IMAPClient(settings: MailboxPollerLiveTests.Fixture.settings("INBOX", user: user)).status().uidNext
    }

    @Test(.enabled(if: enabled))
    func complaintsSentBySMTPAreAcknowledgedOnceThreadedInTheirLanguage() throws {
        let s = try setup()
        let run = String(UInt64.random(in: 0..<UInt64.max), radix: 36)
        let en = "live-en-\(run)@example.com", zh = "live-zh-\(run)@example.com"
        // Deliver both complaints to complaints@ through Postfix, then move them from the shared INBOX
        // into this test's own mailbox (other tests' mail stays where it is).
        let inbox = try IMAPClient(settings: MailboxPollerLiveTests.Fixture.settings("INBOX", user: "complaints"))
        let start = try inbox.status().uidNext
        let smtp = try SMTPSender(settings: SMTPSettings(url: Self.smtpURL!, allowPlaintext: true, connectTimeoutSeconds: 5))
        _ = try smtp.send(Self.complaint(id: en, from: "Ann Lee <customer@example.com>", subject: "Charged twice for November",
                                         body: "I was charged twice this month on invoice 4411. Please refund the extra charge."),
                          from: "customer@example.com", to: ["complaints@company.example"])
        _ = try smtp.send(Self.complaint(id: zh, from: "=?UTF-8?B?546L5bCP5piO?= <customer@example.com>", subject: "宽带已经断网三天了",
                                         body: "你好，我家的宽带从周一开始就无法上网，已经三天了，打客服电话也没人处理，请尽快派人维修。"),
                          from: "customer@example.com", to: ["complaints@company.example"])
        var moved = 0
        let deadline = Date().addingTimeInterval(15)
        while moved < 2, Date() < deadline {
            let uids = try inbox.searchUIDs(from: start).filter { $0 >= start }
            for (uid, id) in try inbox.messageIDs(uids: uids) where [en, zh].contains(id?.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) ?? "") {
                try inbox.move(uid: uid, to: s.fixture.mailbox)
                moved += 1
            }
            if moved < 2 { Thread.sleep(forTimeInterval: 0.2) }
        }
        #expect(moved == 2)
        let before = try uidNext()
        let (status, output) = try plaint(["poll", "--once"], s)
        #expect(status == 0, Comment(rawValue: output))
        #expect(output.contains("polled 2 new: 2 tickets"), Comment(rawValue: output))
        #expect(output.contains("outbox: sent 2"), Comment(rawValue: output))
        // A second poll sends nothing again.
        let (again, output2) = try plaint(["poll", "--once"], s)
        #expect(again == 0 && !output2.contains("sent 1") && !output2.contains("sent 2"), Comment(rawValue: output2))

        let got = try replies(to: [en, zh], from: before, expected: 2)
        #expect(got.count == 2, "acknowledgements: \(got.map(\.subject))")
        let store = try s.store()
        let tickets = try store.tickets()
        for (parent, words) in [(en, "registered it under the reference"), (zh, "我们已于")] {
            let acks = got.filter { $0.inReplyTo == [parent] }
            #expect(acks.count == 1, "\(parent)")
            guard let ack = acks.first else { continue }
            let ticket = try #require(tickets.first { $0.complaint.messageID == parent })
            #expect(ack.subject?.hasPrefix("Re: ") == true && ack.subject?.hasSuffix("[\(ticket.reference)]") == true, "\(ack.subject ?? "")")
            #expect(ack.references == [parent])
            #expect(ack.header.first("Auto-Submitted") == "auto-replied")
            #expect(ack.text.contains(words) && ack.text.contains(ticket.reference))
            #expect(ack.from.first?.email == "complaints@company.example")
        }
        #expect(got.first { $0.inReplyTo == [zh] }?.subject == "Re: 宽带已经断网三天了 [\(tickets.first { $0.complaint.messageID == zh }!.reference)]")
        #expect(try store.outbox().allSatisfy { $0.status == .sent })
    }

    @Test(.enabled(if: enabled))
    func smtpDownQueuesAndEachIsDeliveredExactlyOnceWhenItIsBack() throws {
        let s = try setup(smtp: "smtp://127.0.0.1:1")
        let run = String(UInt64.random(in: 0..<UInt64.max), radix: 36)
        let ids = (0..<2).map { "down-\($0)-\(run)@example.com" }
        let delivery = try s.fixture.freshClient()
        for (i, id) in ids.enumerated() {
            // Two customers (both delivered to the `customer` test mailbox), so neither is a repeat of the other.
            try delivery.append(Self.complaint(id: id, from: "Customer \(i) <customer@example.\(i == 0 ? "com" : "org")>",
                                               subject: i == 0 ? "Line drops every evening" : "Charged twice on my bill",
                                               body: i == 0 ? "My line keeps dropping every evening since \(run)."
                                                            : "Invoice \(run) charged me twice; please correct it."))
        }
        let before = try uidNext()
        let (down, log1) = try plaint(["poll", "--once"], s)
        #expect(down == 0, Comment(rawValue: log1))
        #expect(log1.contains("SMTP server unavailable"), Comment(rawValue: log1))
        let (listed, log2) = try plaint(["outbox"], s)
        #expect(listed == 0 && log2.contains("2 pending"), Comment(rawValue: log2))
        #expect(log2.contains("SMTP server unavailable"), Comment(rawValue: log2))
        let (_, statusLog) = try plaint(["status", "--offline"], s)
        #expect(statusLog.contains("outbox: 2 pending, 0 held for review, 0 failed, 0 sent"), Comment(rawValue: statusLog))
        let (up, log3) = try plaint(["poll", "--once"], s, env: ["PLAINT_SMTP_URL": Self.smtpURL!])
        #expect(up == 0 && log3.contains("outbox: sent 2"), Comment(rawValue: log3))
        let (_, log4) = try plaint(["poll", "--once"], s, env: ["PLAINT_SMTP_URL": Self.smtpURL!])
        #expect(!log4.contains("outbox: sent"), Comment(rawValue: log4))
        let got = try replies(to: Set(ids), from: before, expected: 2)
        #expect(got.count == 2)
        #expect(Set(got.flatMap(\.inReplyTo)) == Set(ids))
    }

    @Test(.enabled(if: enabled))
    func runDeliversContinuously() throws {
        let s = try setup()
        let run = String(UInt64.random(in: 0..<UInt64.max), radix: 36)
        let parent = "run-\(run)@example.com"
        let before = try uidNext()
        let child = try runner.launch(["run"], env: s.env, log: s.dir + "/run.log")
        Thread.sleep(forTimeInterval: 1.5)
        // Mail that arrives while `run` watches is acknowledged without another command.
        try s.fixture.freshClient().append(Self.complaint(id: parent, from: "Ann Lee <customer@example.com>", subject: "Meter reading wrong \(run)",
                                                          body: "The meter reading on my bill \(run) is wrong."))
        let got = (try? replies(to: [parent], from: before, expected: 1, timeout: 30)) ?? []
        kill(child.pid, SIGTERM)
        let status = child.wait(timeout: 30)
        let log = (try? String(contentsOfFile: s.dir + "/run.log", encoding: .utf8)) ?? ""
        #expect(got.count == 1, Comment(rawValue: log))
        #expect(status == 0, Comment(rawValue: log))
        #expect(log.contains("outbox: sent 1"), Comment(rawValue: log))
    }

    @Test(.enabled(if: enabled))
    func staffResolutionWaitsForApprovalAndAnEditVoidsIt() throws {
        let s = try setup()
        let run = String(UInt64.random(in: 0..<UInt64.max), radix: 36)
        let parent = "staff-\(run)@example.com"
        try s.fixture.freshClient().append(Self.complaint(id: parent, from: "Ann Lee <customer@example.com>", subject: "Router broken \(run)",
                                                          body: "My router stopped working on Monday and nobody came to fix it."))
        let (polled, log0) = try plaint(["poll", "--once"], s)
        #expect(polled == 0, Comment(rawValue: log0))
        let reference = try #require(try s.store().tickets().first?.reference)
        let parts = s.dir + "/parts.json"
        try """
        {"cause_known": true, "cause": "A faulty power supply in your router.", "actions": ["Sent a technician", "Replaced the router"],
         "result": "Your service works again.", "restored": true, "current_state": "Stable since Tuesday.", "widespread": false,
         "at_fault": true, "history": {"first_complaint": "Monday", "findings": "Hardware fault", "acceptance": ""}}
        """.write(toFile: parts, atomically: true, encoding: .utf8)
        let (queued, log1) = try plaint(["reply", reference, "--template", "resolution", "--parts", parts, "--as", "handler@company.example"], s)
        #expect(queued == 0 && log1.contains("for manager review"), Comment(rawValue: log1))
        let id = try #require(try s.store().outbox(statuses: [.heldForReview]).first).id
        let before = try uidNext()

        // Held: a delivery round leaves it alone.
        _ = try plaint(["poll", "--once"], s)
        #expect(try s.store().outboxEntry(id: id)?.status == .heldForReview)
        // The author cannot approve; someone without the role cannot either.
        #expect(try plaint(["review", "approve", "\(id)", "--as", "staff@company.example"], s).0 == 4)
        let (listed, log2) = try plaint(["review", "list"], s)
        #expect(listed == 0 && log2.contains(reference) && log2.contains("1 reply waiting"), Comment(rawValue: log2))
        let (approved, log3) = try plaint(["review", "approve", "\(id)", "--as", "manager@company.example"], s)
        #expect(approved == 0 && log3.contains("goes out with the next delivery round"), Comment(rawValue: log3))
        let (sent, log4) = try plaint(["poll", "--once"], s)
        #expect(sent == 0 && log4.contains("outbox: sent 1"), Comment(rawValue: log4))
        let got = try replies(to: [parent], from: before, expected: 2).filter { $0.subject?.contains("Router broken") == true }
        let resolutions = got.filter { $0.text.contains("A faulty power supply") }
        #expect(resolutions.count == 1)
        #expect(resolutions.first?.header.first("Auto-Submitted") == nil)

        // A second reply touching a refund needs legal too; approved, then edited: the edit is blocked.
        try """
        {"cause_known": true, "cause": "A billing error; we will refund the month.", "actions": ["Corrected the bill"],
         "result": "Fixed.", "restored": true, "current_state": "Correct.", "widespread": false, "at_fault": true,
         "history": {"first_complaint": "Monday", "findings": "Billing error", "acceptance": ""}}
        """.write(toFile: parts, atomically: true, encoding: .utf8)
        let (q2, log5) = try plaint(["reply", reference, "--template", "resolution", "--parts", parts, "--as", "handler@company.example"], s)
        #expect(q2 == 0 && log5.contains("manager and legal"), Comment(rawValue: log5))
        let second = try #require(try s.store().outbox(statuses: [.heldForReview]).first).id
        #expect(try plaint(["review", "approve", "\(second)", "--as", "manager@company.example"], s).0 == 0)
        try """
        {"cause_known": true, "cause": "A billing error; we will refund two months.", "actions": ["Corrected the bill"],
         "result": "Fixed.", "restored": true, "current_state": "Correct.", "widespread": false, "at_fault": true,
         "history": {"first_complaint": "Monday", "findings": "Billing error", "acceptance": ""}}
        """.write(toFile: parts, atomically: true, encoding: .utf8)
        let (edited, log6) = try plaint(["reply", reference, "--template", "resolution", "--parts", parts, "--as", "handler@company.example",
                                         "--edit", "\(second)"], s)
        #expect(edited == 0 && log6.contains("earlier approvals are void"), Comment(rawValue: log6))
        #expect(try plaint(["review", "approve", "\(second)", "--as", "legal@company.example"], s).0 == 0)
        let (_, log7) = try plaint(["poll", "--once"], s)
        #expect(!log7.contains("outbox: sent"), Comment(rawValue: log7))
        let row = try #require(try s.store().outboxEntry(id: second))
        #expect(row.status == .heldForReview && row.missingApprovals == ["manager"])
        let (shown, log8) = try plaint(["review", "show", "\(second)"], s)
        #expect(shown == 0 && log8.contains("for earlier wording, void") && log8.contains("refund two months"), Comment(rawValue: log8))
    }

    @Test(.enabled(if: enabled))
    func realBounceOfAnAcknowledgementSchedulesRecontact() throws {
        let s = try setup()
        let run = String(UInt64.random(in: 0..<UInt64.max), radix: 36)
        // Postfix accepts any local part of example.com; Dovecot has no such user, so the acknowledgement
        // bounces, and Postfix's DSN goes to the envelope sender complaints@company.example.
        let parent = "ghost-\(run)@example.com"
        try s.fixture.freshClient().append(Self.complaint(id: parent, from: "Ghost <ghost\(run)@example.com>",
                                                          subject: "Billing question \(run)", body: "Why was I charged twice on invoice \(run)?"))
        let inbox = try IMAPClient(settings: MailboxPollerLiveTests.Fixture.settings("INBOX", user: "complaints"))
        let start = try inbox.status().uidNext
        let (status, output) = try plaint(["poll", "--once"], s)
        #expect(status == 0 && output.contains("outbox: sent 1"), Comment(rawValue: output))
        let ack = try #require(try s.store().outbox().first)
        var moved = false
        let deadline = Date().addingTimeInterval(20)
        while !moved, Date() < deadline {
            for uid in try inbox.searchUIDs(from: start) where uid >= start {
                let raw = try inbox.fetchHeaders(uid: uid)
                guard Message.parse(raw).subject?.contains("Undelivered") == true else { continue }
                if String(decoding: try inbox.fetch(uid: uid), as: UTF8.self).contains(ack.messageID) {
                    try inbox.move(uid: uid, to: s.fixture.mailbox)
                    moved = true
                    break
                }
            }
            if !moved { Thread.sleep(forTimeInterval: 0.3) }
        }
        #expect(moved, "no DSN for \(ack.messageID) in complaints' INBOX")
        let (again, output2) = try plaint(["poll", "--once"], s)
        #expect(again == 0 && output2.contains("1 bounce"), Comment(rawValue: output2))
        let row = try #require(try s.store().outboxEntry(id: ack.id))
        #expect(row.status == .pending && row.recontacts == 1)
        #expect(row.nextAttemptAt.timeIntervalSinceNow > 3 * 3600 - 120)
        let reference = try #require(row.ticketReference)
        let actions = try s.store().ticket(reference: reference)!.events.map(\.action)
        #expect(actions.contains("bounced") && actions.contains("recontact_scheduled"))
    }

    @Test(.enabled(if: enabled))
    func automaticMailIsNeverAnsweredAndAFloodGetsAtMostThreeAcknowledgements() throws {
        let s = try setup()
        let run = String(UInt64.random(in: 0..<UInt64.max), radix: 36)
        let client = try s.fixture.freshClient()
        let auto = "auto-\(run)@example.com", bounce = "bounce-\(run)@example.com", list = "list-\(run)@example.com"
        try client.append(Self.complaint(id: auto, from: "Ann <customer2@example.net>", subject: "Out of office",
                                         body: "I am away until Monday.", extra: "Auto-Submitted: auto-replied\r\n"))
        try client.append(Self.complaint(id: bounce, from: "Mail Delivery System <MAILER-DAEMON@mx.example.net>",
                                         subject: "Undelivered Mail Returned to Sender",
                                         body: "This is the mail system. Your message could not be delivered to customer9@example.net."))
        try client.append(Self.complaint(id: list, from: "Offers <offers@example.net>", subject: "Weekly deals",
                                         body: "Great deals this week.", extra: "List-Id: <deals.example.net>\r\nPrecedence: bulk\r\n"))
        let flood = (0..<20).map { "flood-\($0)-\(run)@example.com" }
        for (i, id) in flood.enumerated() {
            try client.append(Self.complaint(id: id, from: "Flood Sender <customer2@example.net>", subject: "Problem \(i) \(run)",
                                             body: "Complaint \(i): \(["billing error", "router fault", "rude agent", "slow line", "app crash"][i % 5]) number \(i) \(run)."))
        }
        let before = try uidNext("customer2")
        let (status, output) = try plaint(["poll", "--once"], s)
        #expect(status == 0, Comment(rawValue: output))
        let store = try s.store()
        // Each flood message opened a ticket (acknowledgement) or was a repeat of one (reassurance): all
        // automatic replies, at most 3 to the sender in the hour; every other one is a recorded skip.
        let acks = try store.outbox()
        #expect(acks.allSatisfy { ReplyComposer.automaticTemplates.contains($0.kind) })
        #expect(acks.count <= 3 && acks.count >= 1, "\(acks.count) automatic replies")
        let got = try replies(to: Set(flood + [auto, bounce, list]), user: "customer2", from: before, expected: acks.count, timeout: 10)
        #expect(got.count == acks.count)
        #expect(got.allSatisfy { !$0.inReplyTo.contains(auto) && !$0.inReplyTo.contains(bounce) && !$0.inReplyTo.contains(list) })
        let skipped = try store.tickets().flatMap { try store.ticket(reference: $0.reference)!.events }
            .filter { $0.action.hasSuffix("_skipped") }
        #expect(skipped.count + acks.count == flood.count)
    }
}

/// `plaint run` refuses to start with unapproved wording (no servers needed).
struct DeliveryRunRefusalTests {
    @Test(.enabled(if: RunProcessLiveTests.binary != nil))
    func runRefusesAnUnapprovedTemplateAndNamesIt() throws {
        let dir = NSTemporaryDirectory() + "plaint-refuse-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/Templates", withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: AnswerFixture.templates) {
            try FileManager.default.copyItem(atPath: AnswerFixture.templates + "/" + name, toPath: dir + "/Templates/" + name)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/Templates/survey_request.zh.txt"))
        handle.seekToEndOfFile()
        handle.write(Data("未经审核的新句子。\n".utf8))
        try handle.close()
        var env = ProcessInfo.processInfo.environment
        env["PLAINT_TEMPLATES"] = dir + "/Templates"
        env["PLAINT_IMAP_URL"] = "imap://127.0.0.1:1/INBOX"
        env["PLAINT_DB"] = dir + "/p.sqlite"
        let child = try RunProcessLiveTests().launch(["run"], env: env, log: dir + "/run.log")
        let status = child.wait(timeout: 30)
        let log = (try? String(contentsOfFile: dir + "/run.log", encoding: .utf8)) ?? ""
        #expect(status == 4, Comment(rawValue: log))
        #expect(log.contains("survey_request.zh.txt: changed since approval"), Comment(rawValue: log))
        #expect(log.contains("refusing to start"))
    }
}

/// Outbox delivery throughput with Plaint's bookkeeping (attempt committed before each send, result
/// recorded after, the message filed on its ticket), over one reused connection, for BENCHMARKS.md.
/// Opt-in: `PLAINT_SMTP_BENCH=1 swift test --filter DeliveryThroughputBench` (Benchmarks/smtp.sh runs it).
@Suite(.enabled(if: DeliveryLiveTests.smtpURL != nil && ProcessInfo.processInfo.environment["PLAINT_SMTP_BENCH"] != nil,
                "set PLAINT_SMTP_BENCH=1 and PLAINT_TEST_SMTP_URL"))
struct DeliveryThroughputBench {
    @Test func outboxDeliveryOverOneConnection() throws {
        let n = Int(ProcessInfo.processInfo.environment["PLAINT_SMTP_BENCH_COUNT"] ?? "") ?? 200
        let f = try AnswerFixture()
        let filer = try f.filer(limit: n)
        for i in 0..<n {
            _ = try filer.file(AnswerFixture.complaint(id: "bench-\(i)-\(UUID())@example.com", from: "Bench \(i) <customer2@example.net>",
                                                       subject: "Bench complaint \(i)", body: "Complaint number \(i) about invoice \(i * 7)."),
                               origin: "bench", receivedAt: Date())
        }
        let queued = try f.store.outbox().count
        let bytes = try f.store.outbox().first?.raw.count ?? 0
        let sender = try SMTPSender(settings: SMTPSettings(url: DeliveryLiveTests.smtpURL!, allowPlaintext: true))
        let t = Date()
        let report = try OutboxDelivery(store: f.store, transmitter: sender).deliverDue()
        let seconds = Date().timeIntervalSince(t)
        #expect(report.sent == queued)
        print("outbox delivery, \(report.sent) acknowledgements of \(bytes) bytes: \(String(format: "%.2f", seconds)) s, "
              + "\(Int(Double(report.sent) / seconds)) msgs/s (plaint OutboxDelivery: SQLite attempt + result per message, one reused connection)")
    }
}
