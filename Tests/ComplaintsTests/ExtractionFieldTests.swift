import Testing
@testable import Complaints

struct FormFieldParserTests {
    struct FormCase: CustomTestStringConvertible, Sendable {
        let id: String
        let body: String
        let name: String?
        let email: String?
        let phone: String?
        let account: String?
        let message: String?
        var testDescription: String { id }
    }

    static let cases: [FormCase] = [
        FormCase(id: "wordpress contact form 7", body: """
            From: Ann Lee <ann@x.example>
            Subject: Broadband

            Message Body:
            My broadband has been down for three days.
            Nobody answers the hotline.

            --
            This e-mail was sent from a contact form on Company (https://company.example)
            """, name: "Ann Lee", email: "ann@x.example", phone: nil, account: nil,
                 message: "My broadband has been down for three days.\nNobody answers the hotline."),
        FormCase(id: "labelled fields with multi-line message", body: """
            Name: Bob Stone
            Email: bob@y.example
            Phone: (555) 010-1234
            Account number: 88812345
            Message: The engineer did not come.
            I took a day off for nothing.
            Submitted on: 2026-11-03 10:12
            """, name: "Bob Stone", email: "bob@y.example", phone: "(555) 010-1234", account: "88812345",
                 message: "The engineer did not come.\nI took a day off for nothing."),
        FormCase(id: "labels on their own lines (html table)", body: """
            Your Name
            Carol King

            E-mail
            carol@z.example

            Comments
            The app logs me out every minute.
            """, name: "Carol King", email: "carol@z.example", phone: nil, account: nil,
                 message: "The app logs me out every minute."),
        FormCase(id: "chinese form full-width colons", body: """
            姓名：王五
            手机：13812345678
            邮箱：wangwu@163.com
            账号：6222 0212 3456 7890
            问题描述：宽带每天晚上掉线，
            打了三次客服电话都没有解决。
            提交时间：2026-11-03 10:12
            """, name: "王五", email: "wangwu@163.com", phone: "13812345678", account: "6222 0212 3456 7890",
                 message: "宽带每天晚上掉线，\n打了三次客服电话都没有解决。"),
        FormCase(id: "markdown bold labels and required marks", body: """
            **Full name *:** Dan Brown
            **Email address *:** dan@w.example
            **How can we help?:** Please cancel my contract.
            """, name: "Dan Brown", email: "dan@w.example", phone: nil, account: nil, message: "Please cancel my contract."),
    ]

    @Test(arguments: cases) func readsFields(_ c: FormCase) {
        let f = FormFieldParser.parse(c.body)
        #expect(f.name == c.name)
        #expect(f.email == c.email)
        #expect(f.phone == c.phone)
        #expect(f.account == c.account)
        #expect(f.message == c.message)
    }
}

struct PhoneAndAccountTests {
    @Test(arguments: [
        ("Please call me on +44 20 7946 0958 after 5pm.", "+44 20 7946 0958"),
        ("Tel: (555) 010-1234", "(555) 010-1234"),
        ("我的手机是13812345678，请回电。", "13812345678"),
        ("联系电话：010-62345678", "010-62345678"),
        ("Mobile: 07700 900123", "07700 900123"),
        ("手机：138 1234 5678", "138 1234 5678"),
    ]) func findsPhones(_ text: String, _ expected: String) {
        #expect(PhoneAndAccount.phone(in: text) == expected)
    }

    @Test(arguments: [
        "Order number 12345678901 was never delivered.",
        "I was charged 1,299.00 on 2026-11-03.",
        "Ticket CMP-2026-000123 is still open.",
    ]) func ignoresNumbersThatAreNotPhones(_ text: String) {
        #expect(PhoneAndAccount.phone(in: text) == nil)
    }

    @Test(arguments: [
        ("My account number is 12345678.", "12345678"),
        ("Customer ID: AB-778899", "AB-778899"),
        ("acct # 5566778899", "5566778899"),
        ("客户编号：CN20261103", "CN20261103"),
        ("我的宽带账号是 02112345678", "02112345678"),
    ]) func findsLabelledAccounts(_ text: String, _ expected: String) {
        #expect(PhoneAndAccount.account(in: text) == expected)
    }

    @Test(arguments: [
        "My account was locked for 3 days.",
        "I have had an account with you since 2019.",
    ]) func ignoresUnlabelledNumbers(_ text: String) {
        #expect(PhoneAndAccount.account(in: text) == nil)
    }
}

struct RequestAndLanguageTests {
    @Test(arguments: [
        ("I want a full refund and an apology.", [CustomerRequest.refund, .apology]),
        ("Please fix the line and explain why it keeps failing.", [.fix, .explanation]),
        ("I expect compensation for the lost day.", [.compensation]),
        ("请退款，并给我一个解释。", [.refund, .explanation]),
        ("要求赔偿损失并公开道歉。", [.apology, .compensation]),
        ("请尽快修复网络。", [.fix]),
        ("The new branch opening hours are great.", []),
    ]) func detectsRequests(_ text: String, _ expected: [CustomerRequest]) {
        #expect(RequestDetector.requests(in: text) == expected)
    }

    @Test(arguments: [
        ("My internet is down.", Language.en),
        ("我的网络断了，请尽快处理。", .zh),
        ("The router from 张三 is broken and nobody came to repair it for a week.", .en),
        ("Wi-Fi 路由器坏了，App 也打不开。", .zh),
    ]) func detectsLanguage(_ text: String, _ expected: Language) {
        #expect(LanguageDetector.language(of: text) == expected)
    }
}

struct ForwardedBlockTests {
    @Test(arguments: [
        ("gmail", """
            FYI, see below.

            ---------- Forwarded message ---------
            From: Ann Lee <ann@x.example>
            Date: Tue, Nov 3, 2026 at 10:12 AM
            Subject: Outage
            To: <sales@company.example>

            No internet for three days.
            """, "Ann Lee", "ann@x.example", "No internet for three days."),
        ("outlook", """
            Please handle.

            -----Original Message-----
            From: Bob Stone [mailto:bob@y.example]
            Sent: Tuesday, November 3, 2026 10:12 AM
            To: Sales
            Subject: Billing error

            You charged me twice.
            """, "Bob Stone", "bob@y.example", "You charged me twice."),
        ("apple mail", """
            Begin forwarded message:

            From: Carol King <carol@z.example>
            Subject: Rude staff
            Date: 3 November 2026 at 10:12:00 GMT
            To: shop@company.example

            The cashier shouted at me.
            """, "Carol King", "carol@z.example", "The cashier shouted at me."),
        ("qq mail", """
            转给投诉组处理。

            ------------------ 原始邮件 ------------------
            发件人: "张三"<zhangsan@qq.com>;
            发送时间: 2026年11月3日(星期二) 上午10:12
            收件人: "客服"<service@company.example>;
            主题: 宽带故障

            宽带断了三天了。
            """, "张三", "zhangsan@qq.com", "宽带断了三天了。"),
    ]) func findsTheOriginalSender(_ id: String, _ text: String, _ name: String, _ email: String, _ body: String) {
        let block = ForwardedBlock.find(in: text)
        #expect(block?.from?.name == name, "\(id)")
        #expect(block?.from?.email == email, "\(id)")
        #expect(block?.body == body, "\(id)")
    }

    @Test func plainMailHasNoBlock() {
        #expect(ForwardedBlock.find(in: "From: the start of the year my bill doubled.\nPlease check.") == nil)
    }
}

struct NameFinderTests {
    @Test(arguments: [
        ("Call note 08/12\nCustomer Mr Dev Menon wanted to update his address.", "Dev Menon"),
        ("Call note: customer Mr Ahmed, account 2291-6610, asked about the outage.", "Mr Ahmed"),
        ("申诉人韩先生有言语障碍，反映客服多次挂断电话。", "韩先生"),
        ("来电记录：用户欧阳女士询问账单。", "欧阳女士"),
        ("The line has been down since Monday.", nil),
    ]) func findsUnlabelledNames(_ text: String, _ expected: String?) {
        #expect(NameFinder.unlabelledName(in: text) == expected)
    }

    @Test(arguments: [
        ("Mrs Edith Graham, 81, 3 Church Row, Westhill", "Edith Graham"),
        ("Ann Lee (account holder)", "Ann Lee"),
        ("张三，男", "张三"),
    ]) func cleansLabelledNames(_ value: String, _ expected: String) {
        #expect(NameFinder.cleanValue(value) == expected)
    }
}
