import Testing
@testable import Complaints

struct DispositionDetectorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let facts: MailFacts
        let expected: Disposition
        var relayed = false
        var testDescription: String { id }
    }

    static let person = "ann@x.example"

    static let cases: [Case] = [
        Case(id: "plain complaint", facts: MailFacts(headers: [("From", person)], fromEmail: person, subject: "Bill", text: "Wrong bill."), expected: .ticket),
        Case(id: "no headers no text", facts: MailFacts(), expected: .quarantine),
        Case(id: "only defects", facts: MailFacts(defects: ["no header fields", "invalid base64"]), expected: .quarantine),
        Case(id: "no from and no text", facts: MailFacts(headers: [("Subject", "hi")], subject: "hi"), expected: .quarantine),
        Case(id: "loop", facts: MailFacts(headers: [("From", "complaints@company.example")], fromEmail: "Complaints@company.example",
                                          subject: "Ack", text: "We received it."), expected: .quarantine),
        Case(id: "report-type delivery-status", facts: MailFacts(headers: [("From", "x@y.example")], fromEmail: "x@y.example",
             subject: "Report", mimeTypes: ["multipart/report", "text/plain", "message/delivery-status"], reportType: "delivery-status",
             text: "failed"), expected: .bounce),
        Case(id: "mailer-daemon", facts: MailFacts(headers: [("From", "MAILER-DAEMON@mx.example")], fromEmail: "MAILER-DAEMON@mx.example",
             subject: "Mail delivery failed: returning message to sender", text: "x"), expected: .bounce),
        Case(id: "exchange undeliverable", facts: MailFacts(headers: [("From", "postmaster@corp.example")], fromEmail: "postmaster@corp.example",
             subject: "Undeliverable: Your complaint", text: "Delivery has failed to these recipients"), expected: .bounce),
        Case(id: "chinese tou-di shi-bai", facts: MailFacts(headers: [("From", "system@mail.example")], fromEmail: "system@mail.example",
             subject: "投递失败：您的邮件", text: "您发送的邮件无法投递到以下地址"), expected: .bounce),
        Case(id: "auto-submitted auto-replied", facts: MailFacts(headers: [("From", person), ("Auto-Submitted", "auto-replied")], fromEmail: person,
             subject: "Re: complaint", text: "Away"), expected: .autoReply),
        Case(id: "auto-submitted no is a person", facts: MailFacts(headers: [("From", person), ("Auto-Submitted", "no")], fromEmail: person,
             subject: "Complaint", text: "Bad service"), expected: .ticket),
        Case(id: "x-autoreply", facts: MailFacts(headers: [("From", person), ("X-Autoreply", "yes")], fromEmail: person,
             subject: "Re: x", text: "Away"), expected: .autoReply),
        Case(id: "precedence auto_reply", facts: MailFacts(headers: [("From", person), ("Precedence", "auto_reply")], fromEmail: person,
             subject: "Re: x", text: "Away"), expected: .autoReply),
        Case(id: "out of office subject", facts: MailFacts(headers: [("From", person)], fromEmail: person,
             subject: "Out of Office: Re: your complaint", text: "Back Monday"), expected: .autoReply),
        Case(id: "i am away subject", facts: MailFacts(headers: [("From", person)], fromEmail: person,
             subject: "I am away until 10 November", text: "..."), expected: .autoReply),
        Case(id: "zi-dong hui-fu", facts: MailFacts(headers: [("From", person)], fromEmail: person, subject: "自动回复：您的投诉已受理", text: "我在休假"), expected: .autoReply),
        Case(id: "outlook chinese zi-dong da-fu", facts: MailFacts(headers: [("From", person)], fromEmail: person, subject: "自动答复: 投诉", text: "我不在办公室"), expected: .autoReply),
        Case(id: "xiu-jia subject", facts: MailFacts(headers: [("From", person)], fromEmail: person, subject: "休假", text: "11月10日回来"), expected: .autoReply),
        Case(id: "ooo text in reply without headers", facts: MailFacts(headers: [("From", person)], fromEmail: person, subject: "Re: Your complaint",
             text: "I am currently out of the office and will return on Monday 10 November."), expected: .autoReply),
        Case(id: "customer on holiday complaining stays a ticket", facts: MailFacts(headers: [("From", person)], fromEmail: person,
             subject: "Roaming does not work", text: "I am on holiday until the 5th and your roaming does not work at all!"), expected: .ticket),
        Case(id: "read receipt", facts: MailFacts(headers: [("From", person)], fromEmail: person, subject: "Read: complaint",
             mimeTypes: ["multipart/report", "message/disposition-notification"], reportType: "disposition-notification", text: "Your message was read"),
             expected: .autoReply),
        Case(id: "precedence bulk", facts: MailFacts(headers: [("From", "news@shop.example"), ("Precedence", "bulk")], fromEmail: "news@shop.example",
             subject: "Sale", text: "Sale"), expected: .bulk),
        Case(id: "list-id", facts: MailFacts(headers: [("From", person), ("List-Id", "<l.example>")], fromEmail: person, subject: "x", text: "x"), expected: .bulk),
        Case(id: "list-unsubscribe with esp header", facts: MailFacts(headers: [("From", "hello@brand.example"), ("List-Unsubscribe", "<mailto:u@b>"),
             ("Feedback-ID", "1:2:3")], fromEmail: "hello@brand.example", subject: "News", text: "News"), expected: .bulk),
        Case(id: "spam flag", facts: MailFacts(headers: [("From", person), ("X-Spam-Flag", "YES")], fromEmail: person, subject: "x", text: "x"), expected: .quarantine),
        Case(id: "relayed form keeps auto-generated as ticket", facts: MailFacts(headers: [("From", "noreply@forms.example"),
             ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], fromEmail: "noreply@forms.example", subject: "New submission",
             text: "Name: Ann"), expected: .ticket, relayed: true),
        Case(id: "bounce beats auto headers", facts: MailFacts(headers: [("From", "MAILER-DAEMON@x.example"), ("Auto-Submitted", "auto-replied")],
             fromEmail: "MAILER-DAEMON@x.example", subject: "Undelivered Mail Returned to Sender", text: "x"), expected: .bounce),
    ]

    @Test(arguments: cases) func decides(_ c: Case) {
        let (d, reason) = DispositionDetector.decide(c.facts, relayedCustomer: c.relayed)
        #expect(d == c.expected, "\(reason ?? "nil")")
        #expect((reason == nil) == (d == .ticket))
        if let reason { #expect(!reason.contains("\n")) }
    }
}

struct ChannelDetectorTests {
    @Test(arguments: [
        ("regulator domain", "cases@ofcom.org.uk", "Ofcom", "Complaint", "Complainant: Ann", Channel?.some(.regulator)),
        ("consumer council name", "intake@council.example", "Consumer Council", "Referral", "Consumer: Ann", .consumerAssociation),
        ("chinese xiao-xie content", "tousu@xx-cca.example", "投诉中心", "转办单", "消费者协会转办\n消费者：张三\n投诉内容：手机质量问题", .consumerAssociation),
        ("journalist from gmail", "reporter@gmail.com", "Kim Press", "Request for comment",
         "I am a reporter at the Daily Star and we are preparing a story about your outages.", .media),
        ("parent company name", "cr@holding.example", "Group Headquarters", "Transferred complaint", "Customer: Ann\nDetails: x", .parentCompany),
        ("letterhead with transfer word", "office@authority.example", "Office", "Transferred complaint",
         "Communications Regulatory Authority - complaint transfer\nThe complainant, Mr Dan Oak, says…", .regulator),
        ("chinese letterhead without colon", "office@example.org", "办公室", "12315平台转办：莫名扣费",
         "全国12315平台 投诉转办\n投诉人黄女士称其手机号每月被扣费。", .regulator),
        ("parent group letterhead", "office@example.org", "Office", "集团转：机房噪音", "Acme集团行政与物业部 转办\n一位居民写信到集团总部。", .parentCompany),
        ("journalist introduces themselves", "kim@gmail.com", "Kim", "Press question: double billing",
         "I'm a consumer affairs journalist at the Daily Example. We're preparing a piece.", .media),
        ("customer subject naming the press", "ann@example.com", "Ann", "营业员歧视外地人，已联系律师和记者",
         "我已经咨询了律师，也联系了《都市快报》的记者。", nil),
        ("customer mentioning the regulator", "ann@gmail.com", "Ann", "Complaint", "I have referred this to the Ombudsman, case number 12.", nil),
        ("ordinary complaint", "ann@x.example", "Ann", "Broken router", "My router is broken.", nil),
    ]) func findsOutsideBodies(_ id: String, _ email: String, _ name: String, _ subject: String, _ text: String, _ expected: Channel?) {
        let got = ChannelDetector.outsideBody(senderEmail: email, senderName: name, subject: subject, text: text,
                                              configuration: .init())
        #expect(got == expected, "\(id)")
    }

    @Test(arguments: [
        ("Phone complaint", "Caller: Ann Lee\nIssue: no signal", true),
        ("客户来电", "来电人：张三\n来电内容：网络慢", true),
        ("Letter", "We received the following letter from Mr Brown on Monday.", true),
        ("FW: complaint", "Please handle this customer email.", false),
    ]) func recognisesStaffRecords(_ subject: String, _ text: String, _ expected: Bool) {
        #expect(ChannelDetector.isStaffRecord(subject: subject, text: text) == expected)
    }
}
