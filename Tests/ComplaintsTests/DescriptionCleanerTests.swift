import Testing
@testable import Complaints

struct DescriptionCleanerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let input: String
        let expected: String
        var testDescription: String { id }
    }

    static let replies: [Case] = [
        Case(id: "gmail attribution", input: """
            The router keeps dropping every evening.

            On Tue, Nov 3, 2026 at 10:12 AM Support <support@company.example> wrote:
            > Thanks for contacting us.
            > Please restart the router.
            """, expected: "The router keeps dropping every evening."),
        Case(id: "gmail attribution wrapped over two lines", input: """
            Still broken after your visit.

            On Tue, Nov 3, 2026 at 10:12 AM Company Customer Support Team <
            support@company.example> wrote:

            > We fixed it.
            """, expected: "Still broken after your visit."),
        Case(id: "outlook web underscore block", input: """
            Please refund the second charge.

            ________________________________
            From: Support <support@company.example>
            Sent: Tuesday, November 3, 2026 10:12 AM
            To: Ann Lee <ann@x.example>
            Subject: RE: Bill

            Dear Ann, we looked into it.
            """, expected: "Please refund the second charge."),
        Case(id: "outlook desktop original message", input: """
            This is the third time I write.

            -----Original Message-----
            From: Support [mailto:support@company.example]
            Sent: Tuesday, November 3, 2026 10:12 AM
            To: Ann Lee
            Subject: RE: Bill

            Dear Ann
            """, expected: "This is the third time I write."),
        Case(id: "outlook block without separator", input: """
            Nobody called me back.

            From: Support <support@company.example>
            Sent: 03 November 2026 10:12
            To: Ann Lee <ann@x.example>
            Subject: Your case

            Hello
            """, expected: "Nobody called me back."),
        Case(id: "apple mail with iphone signature", input: """
            I was charged twice.

            Sent from my iPhone

            > On 3 Nov 2026, at 10:12, Support <s@company.example> wrote:
            >
            > Hello Ann
            """, expected: "I was charged twice."),
        Case(id: "thunderbird", input: """
            The technician never came.

            On 11/3/26 10:12 AM, Company Support wrote:
            > We will send a technician on Monday.
            """, expected: "The technician never came."),
        Case(id: "yahoo", input: """
            My card was blocked without notice.

            On Tuesday, November 3, 2026, 10:12:00 AM GMT, Support <s@company.example> wrote:

            Dear customer,
            """, expected: "My card was blocked without notice."),
        Case(id: "french client", input: """
            The app crashes on login.

            Le mar. 3 nov. 2026 à 10:12, Support <s@company.example> a écrit :
            > Bonjour
            """, expected: "The app crashes on login."),
        Case(id: "qq mail original", input: """
            宽带又断了，请尽快处理。


            ------------------ 原始邮件 ------------------
            发件人: "客服"<support@company.example>;
            发送时间: 2026年11月3日(星期二) 上午10:12
            收件人: "张三"<zhangsan@qq.com>;
            主题: 回复：宽带故障

            您好，我们已经安排工程师。
            """, expected: "宽带又断了，请尽快处理。"),
        Case(id: "163 attribution", input: """
            账单多扣了50元，请退还。





            在 2026-11-03 10:12:11，"客服" <support@company.example> 写道：
            >您好，请提供账单截图。
            """, expected: "账单多扣了50元，请退还。"),
        Case(id: "foxmail header block", input: """
            问题还没有解决。

            发件人： 客服中心
            发送时间： 2026-11-03 10:12
            收件人： 张三
            主题： 回复：网络问题

            您好……
            """, expected: "问题还没有解决。"),
        Case(id: "gmail chinese attribution", input: """
            还是不行，每天晚上都掉线。

            客服 <support@company.example> 于2026年11月3日周二 10:12写道：

            > 您好
            """, expected: "还是不行，每天晚上都掉线。"),
        Case(id: "outlook chinese block", input: """
            请给我一个解释。

            发件人: 客服 <support@company.example>
            发送时间: 2026年11月3日 10:12
            收件人: 张三
            主题: 答复: 投诉
            """, expected: "请给我一个解释。"),
        Case(id: "inline answers between quotes", input: """
            On Tue, Nov 3, 2026 at 10:12 AM Support <s@company.example> wrote:
            > Did you restart the router?
            Yes, three times.
            > What lights are on?
            Only the red one.
            """, expected: "Yes, three times.\nOnly the red one."),
        Case(id: "nothing but a quote keeps the quote", input: """
            On Tue, Nov 3, 2026 at 10:12 AM Ann <ann@x.example> wrote:
            > My internet has been down since Monday.
            """, expected: "My internet has been down since Monday."),
        Case(id: "bare forward keeps the forwarded words", input: """
            ---------- Forwarded message ---------
            From: Ann Lee <ann@x.example>
            Date: Tue, Nov 3, 2026 at 10:12 AM
            Subject: Outage
            To: <complaints@company.example>

            No internet for three days.
            """, expected: "No internet for three days."),
    ]

    static let signatures: [Case] = [
        Case(id: "dash dash space", input: "Text here.\n\n-- \nAnn Lee\nACME Ltd", expected: "Text here."),
        Case(id: "kind regards and a short block", input: """
            The invoice is wrong again.

            Kind regards,
            Ann Lee
            Senior Buyer, ACME Ltd
            +44 20 7946 0958
            """, expected: "The invoice is wrong again."),
        Case(id: "thanks with name on one line", input: "Please fix the login page.\n\nThanks, Bob", expected: "Please fix the login page."),
        Case(id: "thanks followed by a real paragraph is kept", input: """
            Thanks for the quick answer last week.

            Unfortunately the problem came back today and the whole office has been offline since nine in the morning, which cost us a day of work and several orders.
            """, expected: """
            Thanks for the quick answer last week.

            Unfortunately the problem came back today and the whole office has been offline since nine in the morning, which cost us a day of work and several orders.
            """),
        Case(id: "fa-xie iphone", input: "手机信号很差。\n\n发自我的iPhone", expected: "手机信号很差。"),
        Case(id: "netease master", input: "充值没到账。\n\n\n发自网易邮箱大师", expected: "充值没到账。"),
        Case(id: "outlook for ios", input: "Refund me.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>", expected: "Refund me."),
        Case(id: "ci-zhi jing-li block", input: "我要求退款并道歉。\n\n此致\n敬礼！\n\n张三\n2026年11月3日", expected: "我要求退款并道歉。"),
        Case(id: "xie-xie and a name", input: "快递员态度恶劣。\n谢谢！\n李四", expected: "快递员态度恶劣。"),
        Case(id: "only a valediction keeps the text", input: "Thanks,\nAnn", expected: "Thanks,\nAnn"),
        Case(id: "an opening thank-you is not a signature", input: "Hi,\nThank you.\nBut my router is still broken.\nPlease send someone.",
             expected: "Hi,\nThank you.\nBut my router is still broken.\nPlease send someone."),
        Case(id: "cancelling a subscription is not a footer", input: "一直没网。否则我就退订换别家。", expected: "一直没网。否则我就退订换别家。"),
        Case(id: "newsletter footer line dropped", input: "My bill is wrong.\nTo unsubscribe click here: https://x.example/u", expected: "My bill is wrong."),
    ]

    static let disclaimers: [Case] = [
        Case(id: "confidentiality notice", input: """
            The meter reading is wrong.

            CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended only for the addressee.
            """, expected: "The meter reading is wrong."),
        Case(id: "this email and any attachments", input: """
            I want my deposit back.

            This email and any attachments are confidential and may be privileged. If you are not the intended recipient, delete it.
            """, expected: "I want my deposit back."),
        Case(id: "chinese disclaimer", input: "发票开错了。\n\n本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。", expected: "发票开错了。"),
        Case(id: "whitespace normalised", input: "First paragraph.   \n\n\n\nSecond paragraph.\n\n", expected: "First paragraph.\n\nSecond paragraph."),
    ]

    @Test(arguments: replies) func removesQuotedHistory(_ c: Case) {
        #expect(DescriptionCleaner.clean(c.input) == c.expected)
    }

    @Test(arguments: signatures) func removesSignatures(_ c: Case) {
        #expect(DescriptionCleaner.clean(c.input) == c.expected)
    }

    @Test(arguments: disclaimers) func removesDisclaimers(_ c: Case) {
        #expect(DescriptionCleaner.clean(c.input) == c.expected)
    }

    @Test(arguments: [
        ("Can you send the right one?\n\nGraham", "Graham Lowe", "Can you send the right one?"),
        ("请给个明确的提速时间。\n\n袁志强\n13800138190", "袁志强", "请给个明确的提速时间。"),
        ("Please call Graham on Monday.", "Graham Lowe", "Please call Graham on Monday."),
        ("Refund me.\n\nBob", "Graham Lowe", "Refund me.\n\nBob"),
    ]) func dropsTheSignersClosingName(_ text: String, _ signer: String, _ expected: String) {
        #expect(DescriptionCleaner.clean(text, signer: signer) == expected)
    }

    @Test func ownTextKeepsTheSignatureForContactDetails() {
        let text = "My line is dead.\n\nRegards,\nAnn\nTel: 020 7946 0958\n\nOn Mon, Support wrote:\n> Hello"
        #expect(DescriptionCleaner.ownText(text) == "My line is dead.\n\nRegards,\nAnn\nTel: 020 7946 0958")
    }
}
