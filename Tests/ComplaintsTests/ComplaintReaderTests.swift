import Foundation
import Testing
import MIME
@testable import Complaints

/// End to end: raw mail through the real MIME parser and the reader.
struct ComplaintReaderTests {
    static func read(_ raw: String, _ reader: ComplaintReader = ComplaintReader()) -> Complaint {
        reader.read(Message.parse(Array(raw.replacingOccurrences(of: "\n", with: "\r\n").utf8)))
    }

    struct Expect: CustomTestStringConvertible, Sendable {
        let id: String
        let raw: String
        var disposition: Disposition = .ticket
        var channel: Channel = .email
        var name: String?
        var email: String?
        var phone: String?
        var account: String?
        var description: String?
        var language: Language = .en
        var testDescription: String { id }
    }

    static let tickets: [Expect] = [
        Expect(id: "gmail reply with quote and signature", raw: """
            From: "Ann Lee" <ann@x.example>
            To: complaints@company.example
            Subject: Re: Your broadband case
            Message-ID: <a1@x.example>
            In-Reply-To: <ack1@company.example>
            Content-Type: text/plain; charset=utf-8

            It is still not working and I want a refund for November.

            Best regards,
            Ann Lee
            +44 20 7946 0958

            On Tue, Nov 3, 2026 at 10:12 AM Company <complaints@company.example> wrote:
            > We received your complaint.
            """, name: "Ann Lee", email: "ann@x.example", phone: "+44 20 7946 0958",
            description: "It is still not working and I want a refund for November."),
        Expect(id: "html only gmail quote", raw: """
            From: Bob Stone <bob@y.example>
            To: complaints@company.example
            Subject: Re: Bill
            Content-Type: text/html; charset=utf-8

            <div dir="ltr">You charged me twice this month.<div><br></div><div>Account number: 55667788</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 2, 2026 at 9:00 AM Company &lt;complaints@company.example&gt; wrote:<br></div><blockquote class="gmail_quote">Thank you for your message.</blockquote></div>
            """, name: "Bob Stone", email: "bob@y.example", account: "55667788",
            description: "You charged me twice this month.\n\nAccount number: 55667788"),
        Expect(id: "chinese qq mail reply", raw: """
            From: =?UTF-8?B?5byg5LiJ?= <zhangsan@qq.com>
            To: complaints@company.example
            Subject: =?UTF-8?B?5Zue5aSN77ya5a695bim5pWF6Zqc?=
            Content-Type: text/plain; charset=utf-8

            宽带又断了，请尽快处理。我的手机：13812345678

            ------------------ 原始邮件 ------------------
            发件人: "客服"<complaints@company.example>;
            发送时间: 2026年11月3日(星期二) 上午10:12
            主题: 宽带故障

            您好
            """, name: "张三", email: "zhangsan@qq.com", phone: "13812345678",
            description: "宽带又断了，请尽快处理。我的手机：13812345678", language: .zh),
        Expect(id: "web form relayed by no-reply", raw: """
            From: Company Website <noreply@company-site.example>
            Reply-To: Carol King <carol@z.example>
            To: complaints@company.example
            Subject: New submission from Contact Us
            Content-Type: text/plain; charset=utf-8

            Name: Carol King
            Email: carol@z.example
            Phone: (555) 010-1234
            Message: The technician missed two appointments.
            I want compensation.

            Submitted on: 2026-11-03 10:12
            """, channel: .webForm, name: "Carol King", email: "carol@z.example", phone: "(555) 010-1234",
            description: "The technician missed two appointments.\nI want compensation."),
        Expect(id: "chinese web form", raw: """
            From: =?UTF-8?B?572R56uZ?= <webform@company.example>
            To: complaints@company.example
            Subject: =?UTF-8?B?572R56uZ55WZ6KiA?=
            Content-Type: text/plain; charset=utf-8

            姓名：王五
            手机：13912345678
            留言内容：营业厅工作人员态度恶劣，
            要求道歉。
            """, channel: .webForm, name: "王五", phone: "13912345678",
            description: "营业厅工作人员态度恶劣，\n要求道歉。", language: .zh),
        Expect(id: "staff forwards a customer email", raw: """
            From: Sam Staff <sam@company.example>
            To: complaints@company.example
            Subject: Fwd: Terrible service
            Content-Type: text/plain; charset=utf-8

            Please log this one.

            ---------- Forwarded message ---------
            From: Dan Brown <dan@w.example>
            Date: Tue, Nov 3, 2026 at 10:12 AM
            Subject: Terrible service
            To: Sam Staff <sam@company.example>

            Your shop assistant was rude to me and refused the return.

            Dan
            """, name: "Dan Brown", email: "dan@w.example",
            description: "Your shop assistant was rude to me and refused the return."),
        Expect(id: "staff forwards as attachment", raw: """
            From: Sam Staff <sam@company.example>
            To: complaints@company.example
            Subject: FW: Outage
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            See attached.
            --b1
            Content-Type: message/rfc822

            From: Eve Adams <eve@v.example>
            Subject: Outage
            Content-Type: text/plain; charset=utf-8

            No internet since Friday. Fix it please.
            --b1--
            """, name: "Eve Adams", email: "eve@v.example", description: "No internet since Friday. Fix it please."),
        Expect(id: "staff call note", raw: """
            From: Sam Staff <sam@company.example>
            To: complaints@company.example
            Subject: Phone complaint
            Content-Type: text/plain; charset=utf-8

            Caller: Frank Moore
            Callback number: 07700 900123
            Account number: 44332211
            Issue: Customer says the engineer damaged his wall during installation and wants it repaired.
            """, channel: .phone, name: "Frank Moore", phone: "07700 900123", account: "44332211",
            description: "Customer says the engineer damaged his wall during installation and wants it repaired."),
        Expect(id: "chinese call record", raw: """
            From: =?UTF-8?B?5p2O5Zub?= <lisi@company.example>
            To: complaints@company.example
            Subject: =?UTF-8?B?5p2l55S16K6w5b2V?=
            Content-Type: text/plain; charset=utf-8

            来电人：赵六
            来电号码：13698765432
            来电内容：用户反映上月话费多扣了100元，要求退还。
            """, channel: .phone, name: "赵六", phone: "13698765432",
            description: "用户反映上月话费多扣了100元，要求退还。", language: .zh),
        Expect(id: "ombudsman transfer", raw: """
            From: Case Team <cases@financial-ombudsman.org.uk>
            To: complaints@company.example
            Subject: Complaint referral - case number FOS-12345
            Content-Type: text/plain; charset=utf-8

            Dear Sir or Madam,

            We have been contacted by your customer and refer the complaint to you.

            Complainant: Grace Hill
            Email: grace@u.example
            Telephone: +44 161 496 0000
            Complaint details: Mrs Hill says her card was blocked for two weeks without explanation.

            Please respond within 8 weeks.
            """, channel: .regulator, name: "Grace Hill", email: "grace@u.example", phone: "+44 161 496 0000",
            description: "Mrs Hill says her card was blocked for two weeks without explanation.\n\nPlease respond within 8 weeks."),
        Expect(id: "miit transfer in chinese", raw: """
            From: =?UTF-8?B?55S15L+h55So5oi355Sz6K+J5Y+X55CG5Lit5b+D?= <shensu@chinatcc.gov.cn>
            To: complaints@company.example
            Subject: =?UTF-8?B?55So5oi355Sz6K+J6L2s5Yqe5Y2V?=
            Content-Type: text/plain; charset=utf-8

            申诉人：孙七
            联系电话：13512345678
            申诉内容：用户称宽带无法使用一周，多次报修无人处理，要求赔偿。
            受理编号：2026110300123
            """, channel: .regulator, name: "孙七", phone: "13512345678",
            description: "用户称宽带无法使用一周，多次报修无人处理，要求赔偿。", language: .zh),
        Expect(id: "consumer council by name", raw: """
            From: Consumer Council Complaints <complaints@council-hk.example>
            To: complaints@company.example
            Subject: Case referred to you: CC/2026/778
            Content-Type: text/plain; charset=utf-8

            The following complaint has been referred to your company.

            Consumer: Henry Ng
            Contact: henry@t.example
            Details: The phone he bought was faulty and the shop refused a refund.
            """, channel: .consumerAssociation, name: "Henry Ng", email: "henry@t.example",
            description: "The phone he bought was faulty and the shop refused a refund."),
        Expect(id: "customer threatening the ombudsman stays email", raw: """
            From: Ivy Chan <ivy@gmail.com>
            To: complaints@company.example
            Subject: Final warning
            Content-Type: text/plain; charset=utf-8

            If you don't fix my bill by Friday I will refer this to the Ombudsman. My case number with you is 7781.
            """, name: "Ivy Chan", email: "ivy@gmail.com",
            description: "If you don't fix my bill by Friday I will refer this to the Ombudsman. My case number with you is 7781."),
        Expect(id: "web form with auto-generated header stays a ticket", raw: """
            From: WordPress <wordpress@company-site.example>
            To: complaints@company.example
            Subject: Contact form: complaint
            Auto-Submitted: auto-generated
            Content-Type: text/plain; charset=utf-8

            Your Name: Jack Lee
            Your Email: jack@s.example
            Your Message: Delivery was two weeks late.
            """, channel: .webForm, name: "Jack Lee", email: "jack@s.example", description: "Delivery was two weeks late."),
        Expect(id: "html table form", raw: """
            From: Website <forms@company-site.example>
            To: complaints@company.example
            Subject: Online complaint form
            Content-Type: text/html; charset=utf-8

            <html><body><p>A new complaint was submitted.</p><table><tr><td><b>Name:</b></td><td>Kate Wu</td></tr><tr><td>Email</td><td>kate@r.example</td></tr><tr><td>Customer number</td><td>CN-998877</td></tr><tr><td>Details</td><td>My bill shows a charge I never agreed to.</td></tr></table></body></html>
            """, channel: .webForm, name: "Kate Wu", email: "kate@r.example", account: "CN-998877",
            description: "My bill shows a charge I never agreed to."),
        Expect(id: "foxmail english original separator", raw: """
            From: Leo <leo@foxmail.com>
            To: complaints@company.example
            Subject: Re: order
            Content-Type: text/plain; charset=utf-8

            Still no refund after two weeks.

            ------------------ Original ------------------
            From: "Company"<complaints@company.example>;
            Date: Tue, Nov 3, 2026 10:12 AM
            To: "Leo"<leo@foxmail.com>;
            Subject: order

            We will refund you.
            """, name: "Leo", email: "leo@foxmail.com", description: "Still no refund after two weeks."),
        Expect(id: "letter opening with header lines", raw: """
            From: Mia Park <mia@q.example>
            To: complaints@company.example
            Subject: Formal complaint
            Content-Type: text/plain; charset=utf-8

            To: Customer Service Manager
            From: Mia Park
            Date: 3 November 2026

            I am writing to complain about the repeated outages at my address.
            """, name: "Mia Park", email: "mia@q.example",
            description: "I am writing to complain about the repeated outages at my address."),
    ]

    @Test(arguments: tickets) func readsTickets(_ e: Expect) {
        let c = Self.read(e.raw)
        #expect(c.disposition == e.disposition, "\(c.dispositionReason ?? "")")
        #expect(c.channel == e.channel)
        #expect(c.complainant.name == e.name)
        #expect(c.complainant.email == e.email)
        #expect(c.complainant.phone == e.phone)
        #expect(c.complainant.account == e.account)
        if let d = e.description { #expect(c.description == d) }
        #expect(c.language == e.language)
    }

    static let others: [(String, String, Disposition)] = [
        ("dsn multipart/report", """
            From: Mail Delivery System <MAILER-DAEMON@mx.company.example>
            To: complaints@company.example
            Subject: Undelivered Mail Returned to Sender
            Content-Type: multipart/report; report-type=delivery-status; boundary="r"

            --r
            Content-Type: text/plain

            I'm sorry to have to inform you that your message could not be delivered.
            --r
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.company.example
            Final-Recipient: rfc822; ann@x.example
            Action: failed
            Status: 5.1.1
            --r--
            """, .bounce),
        ("postmaster plain bounce", """
            From: postmaster@mail.x.example
            To: complaints@company.example
            Subject: Delivery Status Notification (Failure)

            Delivery to the following recipient failed permanently: ann@x.example
            """, .bounce),
        ("chinese system bounce", """
            From: =?UTF-8?B?57O757uf6YCA5L+h?= <MAILER-DAEMON@163.com>
            To: complaints@company.example
            Subject: =?UTF-8?B?57O757uf6YCA5L+h?=
            Content-Type: text/plain; charset=utf-8

            抱歉，您的邮件被退回。
            """, .bounce),
        ("rfc 3834 auto-replied", """
            From: Ann Lee <ann@x.example>
            To: complaints@company.example
            Subject: Re: We received your complaint
            Auto-Submitted: auto-replied

            I am on leave until Monday.
            """, .autoReply),
        ("outlook automatic reply", """
            From: Bob Stone <bob@y.example>
            To: complaints@company.example
            Subject: Automatic reply: Your complaint CMP-2026-000123
            X-Auto-Response-Suppress: All

            I am out of the office.
            """, .autoReply),
        ("chinese auto reply subject", """
            From: =?UTF-8?B?5byg5LiJ?= <zhangsan@qq.com>
            To: complaints@company.example
            Subject: =?UTF-8?B?6Ieq5Yqo5Zue5aSN77ya5oKo55qE5oqV6K+J5bey5Y+X55CG?=
            Content-Type: text/plain; charset=utf-8

            您好，我现在不在，稍后回复。
            """, .autoReply),
        ("newsletter", """
            From: Deals <news@shop.example>
            To: complaints@company.example
            Subject: 50% off this weekend
            Precedence: bulk
            List-Unsubscribe: <mailto:unsub@shop.example>

            Big savings. Unsubscribe here.
            """, .bulk),
        ("mailing list", """
            From: Someone <someone@list.example>
            To: group@list.example
            Subject: [group] meeting notes
            List-Id: <group.list.example>

            Notes attached.
            """, .bulk),
        ("spam flag", """
            From: Prince <prince@scam.example>
            To: complaints@company.example
            Subject: Urgent business
            X-Spam-Flag: YES

            Send me your bank details.
            """, .quarantine),
        ("loop from our own address", """
            From: Plaint <complaints@company.example>
            To: complaints@company.example
            Subject: We received your complaint

            Your reference is CMP-2026-000123.
            """, .quarantine),
        ("empty input", "", .quarantine),
        ("binary garbage", String(decoding: (0..<600).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }, as: UTF8.self), .quarantine),
        ("only a from line", "From: Ann <ann@x.example>\n\n", .quarantine),
        ("headers only, no from, no text", """
            Subject: hello
            """, .quarantine),
    ]

    @Test(arguments: others) func setsDisposition(_ id: String, _ raw: String, _ expected: Disposition) {
        let c = Self.read(raw)
        #expect(c.disposition == expected, "\(id): \(c.dispositionReason ?? "nil")")
        if expected != .ticket { #expect(c.dispositionReason?.isEmpty == false) }
    }

    @Test func loopReasonNamesTheLoop() {
        let c = Self.read("From: complaints@company.example\nSubject: x\n\nbody")
        #expect(c.dispositionReason == "loop: sent by Plaint's own address")
    }

    @Test func anonymousNoReplyMailIsFlaggedAndHigh() {
        let c = Self.read("From: noreply@portal.example\nSubject: complaint\n\nThe staff at your branch were rude to me.")
        #expect(c.disposition == .ticket)
        #expect(c.complainant.email == nil)
        #expect(c.flags.contains(.anonymous))
        #expect(c.priority == .high)
    }

    @Test func transferIsEscalated() {
        let c = Self.read("""
            From: Cases <cases@ofcom.org.uk>
            Subject: Complaint referred
            Content-Type: text/plain

            Complainant: Ann Lee
            Email: ann@x.example
            Details: Her line was cut off.
            """)
        #expect(c.channel == .regulator)
        #expect(c.flags.contains(.escalated))
        #expect(c.priority == .high)
    }

    @Test func envelopeAndReferenceAreCopied() {
        let c = Self.read("""
            From: Ann <ann@x.example>
            Subject: Re: [CMP-2026-000123] still waiting
            Message-ID: <m1@x.example>
            In-Reply-To: <ack@company.example>
            References: <c0@x.example> <ack@company.example>
            Date: Tue, 3 Nov 2026 10:12:00 +0000

            Any news? I want an explanation.
            """)
        #expect(c.ticketReference == "CMP-2026-000123")
        #expect(c.messageID == "m1@x.example")
        #expect(c.inReplyTo == ["ack@company.example"])
        #expect(c.references == ["c0@x.example", "ack@company.example"])
        #expect(c.senderEmail == "ann@x.example")
        #expect(c.date != nil)
        #expect(c.requests == [.explanation])
        #expect(c.subject == "Re: [CMP-2026-000123] still waiting")
    }

    @Test func attachmentsAreListed() {
        let c = Self.read("""
            From: Ann <ann@x.example>
            Subject: Screenshot of the error
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain

            The app shows this error.
            --b
            Content-Type: image/png; name="error.png"
            Content-Disposition: attachment; filename="error.png"
            Content-Transfer-Encoding: base64

            iVBORw0KGgo=
            --b--
            """)
        #expect(c.attachments.map(\.filename) == ["error.png"])
        #expect(c.attachments.first?.contentType == "image/png")
        #expect(c.attachments.first?.size == 8)
    }
}
