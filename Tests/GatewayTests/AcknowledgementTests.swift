import Foundation
import Testing
import MIME
import Complaints
import TicketStore
@testable import Gateway

/// Shared setup for the answering tests: a fresh store, the shipped templates, a composer.
final class AnswerFixture {
    let directory: String
    let store: TicketStore
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates").path

    init() throws {
        directory = NSTemporaryDirectory() + "plaint-answer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        store = try TicketStore(path: directory + "/p.sqlite", dataDirectory: directory + "/data")
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    static func composer(limit: Int = 3, catalog: TemplateCatalog? = nil) throws -> ReplyComposer {
        var settings = ReplyComposer.Settings(from: "complaints@company.example", fromName: "Example Care",
                                              maxAcknowledgementsPerHour: limit)
        settings.companyName = "Example Telecom"
        return ReplyComposer(catalog: try catalog ?? TemplateCatalogLoader.load(directory: templates), settings: settings)
    }

    func filer(limit: Int = 3, catalog: TemplateCatalog? = nil, specialClasses: SpecialClasses = .off) throws -> Filer {
        Filer(store: store, specialClasses: specialClasses, replies: try Self.composer(limit: limit, catalog: catalog))
    }

    static func complaint(id: String, from: String = "Ann Lee <ann@example.com>", subject: String = "Charged twice for November",
                          body: String = "I was charged twice this month on invoice 4411. Please refund the extra charge.",
                          extraHeaders: String = "") -> [UInt8] {
        Array(("From: \(from)\r\nTo: complaints@company.example\r\nSubject: \(HeaderEncoder.field("Subject", unstructured: subject).dropFirst(9))\r\n"
               + "Date: Sun, 22 Nov 2026 12:00:00 +0000\r\nMessage-ID: <\(id)>\r\n\(extraHeaders)MIME-Version: 1.0\r\n"
               + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\(body)\r\n").utf8)
    }

    func events(_ reference: String) throws -> [TicketEvent] { try store.ticket(reference: reference)?.events ?? [] }
}

struct AcknowledgementTests {
    @Test func newTicketGetsOneThreadedAcknowledgementInTheSameTransaction() throws {
        let f = try AnswerFixture()
        let outcome = try f.filer().file(AnswerFixture.complaint(id: "c1@example.com"), origin: "test", receivedAt: Date())
        guard case .opened(let reference) = outcome else { Issue.record("\(outcome)"); return }
        let rows = try f.store.outbox()
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.kind == "acknowledgement" && row.status == .pending && row.review == .none)
        #expect(row.envelopeTo == "ann@example.com" && row.envelopeFrom == "complaints@company.example")
        let m = Message.parse(row.raw)
        #expect(m.subject == "Re: Charged twice for November [\(reference)]")
        #expect(m.inReplyTo == ["c1@example.com"])
        #expect(m.references == ["c1@example.com"])
        #expect(m.header.first("Auto-Submitted") == "auto-replied")
        #expect(m.messageID == row.messageID)
        #expect(m.text.contains("registered it under the reference \(reference)"))
        #expect(m.text.contains("Dear Ann Lee"))
        // Filing the same message again writes nothing: no second acknowledgement.
        _ = try f.filer().file(AnswerFixture.complaint(id: "c1@example.com"), origin: "test", receivedAt: Date())
        #expect(try f.store.outbox().count == 1)
    }

    @Test func chineseComplaintIsAcknowledgedInChineseEncodedForTheWire() throws {
        let f = try AnswerFixture()
        let raw = AnswerFixture.complaint(id: "zh1@example.com", from: "=?UTF-8?B?546L5bCP5piO?= <wang@example.com>",
                                          subject: "宽带已经断网三天了",
                                          body: "你好，我家的宽带从周一开始就无法上网，已经三天了，打客服电话也没人处理，请尽快派人维修。")
        let outcome = try f.filer().file(raw, origin: "test", receivedAt: Date())
        guard case .opened(let reference) = outcome else { Issue.record("\(outcome)"); return }
        let row = try #require(try f.store.outbox().first)
        #expect(row.language == "zh")
        // Non-ASCII headers are RFC 2047 encoded and the body is not raw 8-bit: the bytes are ASCII.
        #expect(row.raw.allSatisfy { $0 < 0x80 })
        let m = Message.parse(row.raw)
        #expect(m.subject == "Re: 宽带已经断网三天了 [\(reference)]")
        #expect(m.text.contains("我们已于"))
        #expect(m.text.contains(reference))
        #expect(m.to.first?.name == "王小明")
    }

    @Test func rateLimitAcknowledgesASenderAtMostThreeTimesAnHourAndRecordsTheRest() throws {
        let f = try AnswerFixture()
        let filer = try f.filer()
        var references: [String] = []
        for i in 0..<20 {
            let outcome = try filer.file(AnswerFixture.complaint(id: "flood\(i)@example.com", subject: "Problem number \(i)",
                                                                 body: "Issue \(i): something different went wrong."),
                                         origin: "test", receivedAt: Date())
            if case .opened(let r) = outcome { references.append(r) }
        }
        #expect(references.count == 20)
        #expect(try f.store.outbox().count == 3)
        let skipped = try references.flatMap { try f.events($0) }.filter { $0.action == "acknowledgement_skipped" }
        #expect(skipped.count == 17)
        #expect(skipped.first?.detail?.contains("already acknowledged 3 times in the last hour") == true)
    }

    @Test(arguments: [
        ("own address", "Complaints <complaints@company.example>", ""),
        ("mailer daemon", "Mail Delivery System <MAILER-DAEMON@mail.example.com>", ""),
    ])
    func loopRulesRecordASkippedAcknowledgement(name: String, from: String, headers: String) throws {
        let f = try AnswerFixture()
        let outcome = try f.filer().file(AnswerFixture.complaint(id: "\(UUID())@example.com", from: from, extraHeaders: headers),
                                         origin: "test", receivedAt: Date())
        #expect(try f.store.outbox().isEmpty, "\(name)")
        if case .opened(let reference) = outcome {
            #expect(try f.events(reference).contains { $0.action == "acknowledgement_skipped" }, "\(name)")
        }
    }

    @Test(arguments: [
        ("auto-reply", "Auto-Submitted: auto-replied\r\n"),
        ("list mail", "List-Id: <offers.example.com>\r\nPrecedence: bulk\r\n"),
    ])
    func automaticAndListMailIsNeverAnswered(name: String, headers: String) throws {
        let f = try AnswerFixture()
        let outcome = try f.filer().file(AnswerFixture.complaint(id: "\(UUID())@example.com", extraHeaders: headers),
                                         origin: "test", receivedAt: Date())
        guard case .recorded = outcome else { Issue.record("\(name) became \(outcome)"); return }
        #expect(try f.store.outbox().isEmpty)
    }

    @Test func customerWritingAgainAboutAnOpenTicketIsReassuredNotAcknowledgedAgain() throws {
        let f = try AnswerFixture()
        let filer = try f.filer(specialClasses: .standard)
        let body = "My broadband has been down since Monday, the router shows no internet light. Please send an engineer."
        guard case .opened(let reference) = try filer.file(AnswerFixture.complaint(id: "first@example.com", subject: "Broadband down since Monday",
                                                                                    body: body), origin: "t", receivedAt: Date())
        else { Issue.record("not opened"); return }
        let again = try filer.file(AnswerFixture.complaint(id: "second@example.com", subject: "Still no broadband",
                                                           body: body + " Still nothing today."), origin: "t", receivedAt: Date())
        #expect(again == .followUp(reference: reference))
        let rows = try f.store.outbox()
        #expect(rows.map(\.kind) == ["acknowledgement", "repeat_reassurance"])
        let m = Message.parse(try #require(rows.last).raw)
        #expect(m.inReplyTo == ["second@example.com"])
        #expect(m.subject == "Re: Still no broadband [\(reference)]")
        #expect(m.text.contains("added it to that case rather than opening a new one"))
        // A reply inside the thread (to the acknowledgement) is a follow-up, but not a repeat: no reassurance.
        let threaded = try filer.file(AnswerFixture.complaint(id: "third@example.com", subject: "Re: Broadband down since Monday [\(reference)]",
                                                              body: "Here is a photo of the router.",
                                                              extraHeaders: "In-Reply-To: <\(rows[0].messageID)>\r\n"),
                                      origin: "t", receivedAt: Date())
        #expect(threaded == .followUp(reference: reference))
        #expect(try f.store.outbox().count == 2)
    }

    @Test func unapprovedTemplateIsNeverRenderedIntoTheOutbox() throws {
        let f = try AnswerFixture()
        let shipped = try TemplateCatalogLoader.load(directory: AnswerFixture.templates)
        let edited = shipped.files.map { file in
            file.file == "acknowledgement.en.txt" ? TemplateFile(file: file.file, bytes: file.bytes + Array("P.S. unreviewed\n".utf8)) : file
        }
        let catalog = TemplateCatalog(files: edited, approvals: shipped.approvals)
        let outcome = try f.filer(catalog: catalog).file(AnswerFixture.complaint(id: "u1@example.com"), origin: "test", receivedAt: Date())
        guard case .opened(let reference) = outcome else { Issue.record("\(outcome)"); return }
        #expect(try f.store.outbox().isEmpty)
        #expect(try f.events(reference).contains {
            $0.action == "acknowledgement_skipped" && $0.detail?.contains("acknowledgement.en.txt is changed since approval") == true
        })
    }

    @Test func bounceOfAnAcknowledgementMarksItAndSchedulesRecontact() throws {
        let f = try AnswerFixture()
        let filer = try f.filer()
        guard case .opened(let reference) = try filer.file(AnswerFixture.complaint(id: "b1@example.com"), origin: "test", receivedAt: Date())
        else { Issue.record("not opened"); return }
        let ack = try #require(try f.store.outbox().first)
        try f.store.recordSent(id: ack.id, serverReply: "250 ok", at: Date())
        let dsn = Array("""
            From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r
            To: complaints@company.example\r
            Subject: Undelivered Mail Returned to Sender\r
            Message-ID: <dsn1@mx.example.com>\r
            Auto-Submitted: auto-replied\r
            MIME-Version: 1.0\r
            Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r
            \r
            --B\r
            Content-Type: text/plain\r
            \r
            I'm sorry to have to inform you that your message could not be delivered.\r
            --B\r
            Content-Type: message/delivery-status\r
            \r
            Final-Recipient: rfc822; ann@example.com\r
            Action: failed\r
            Status: 5.1.1\r
            --B\r
            Content-Type: text/rfc822-headers\r
            \r
            From: Example Care <complaints@company.example>\r
            Message-ID: <\(ack.messageID)>\r
            --B--\r

            """.utf8)
        let outcome = try filer.file(dsn, origin: "test", receivedAt: Date())
        guard case .recorded(.bounce, _) = outcome else { Issue.record("\(outcome)"); return }
        let row = try #require(try f.store.outboxEntry(id: ack.id))
        #expect(row.status == .pending && row.recontacts == 1)
        #expect(row.nextAttemptAt.timeIntervalSinceNow > 3 * 3600 - 60)
        #expect(try f.events(reference).map(\.action).contains("recontact_scheduled"))
        #expect(try f.store.outbox().count == 1)
    }
}

struct AcknowledgementRecipientTests {
    @Test func transfersAndForwardedCallsWithoutACustomerAddressAreNotAnsweredToTheirSender() {
        var regulator = Complaint(disposition: .ticket, channel: .regulator, complainant: Complainant(name: "高秀兰"),
                                  senderEmail: "12300@miit.example.cn")
        #expect(ReplyComposer.customerAddress(regulator) == nil)
        regulator.complainant.email = "gao@example.com"
        #expect(ReplyComposer.customerAddress(regulator) == "gao@example.com")
        let direct = Complaint(disposition: .ticket, channel: .email, senderEmail: "ann@example.com")
        #expect(ReplyComposer.customerAddress(direct) == "ann@example.com")
        let call = Complaint(disposition: .ticket, channel: .phone, senderEmail: "agent@company.example")
        #expect(ReplyComposer.customerAddress(call) == nil)
    }
}
