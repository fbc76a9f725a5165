import Foundation
import Testing
import Complaints

/// What a complaint handler notices: the labels the default classifier gives real-looking mail.
struct ClassifierTests {
    static let classifier = Classifier()

    func classify(_ body: String, subject: String = "", channel: Channel = .email, language: Language = .en,
                  anonymous: Bool = false) -> Classification {
        Self.classifier.classify(ClassifierInput(subject: subject, description: body, channel: channel, language: language, anonymous: anonymous))
    }

    struct Escalation: CustomTestStringConvertible, Sendable {
        var text: String
        var language: Language
        var testDescription: String { text }
    }

    @Test(arguments: [
        Escalation(text: "My internet has been down all week. I will report this to the regulator.", language: .en),
        Escalation(text: "You charged me twice and refused a refund. I'll see you in court.", language: .en),
        Escalation(text: "I have contacted a journalist and will go to the press about your service.", language: .en),
        Escalation(text: "连续三个月乱扣费，再不处理我就投诉到工信部。", language: .zh),
        Escalation(text: "宽带断了一个星期没人管，我已经向消协投诉了。", language: .zh),
        Escalation(text: "你们再这样敷衍，我就找媒体曝光。", language: .zh),
        Escalation(text: "網路斷了一個禮拜，我會向消基會申訴並找記者爆料。", language: .zh),
    ])
    func escalationThreatsAreFlaggedSevereAndHigh(_ c: Escalation) {
        let result = classify(c.text, language: c.language)
        #expect(result.flags.contains(.escalated), "\(result.explanation)")
        #expect(result.severity == 3)
        #expect(result.priority == .high)
    }

    @Test(arguments: [
        "I'd like to report this issue with my router, the light keeps blinking.",
        "Could you tell me your head office postal address?",
        "我想反映一下路由器的问题，指示灯一直闪。",
    ])
    func ordinaryMailIsNotEscalated(_ text: String) {
        #expect(!classify(text).flags.contains(.escalated))
    }

    @Test(arguments: [Channel.regulator, .consumerAssociation, .media, .parentCompany])
    func transfersFromOutsideBodiesAreEscalated(_ channel: Channel) {
        let result = classify("Please handle the attached customer case about a billing dispute.", channel: channel)
        #expect(result.flags.contains(.escalated))
        #expect(result.priority == .high)
        #expect(result.explanation.contains { $0.contains("channel=\(channel.rawValue)") })
    }

    @Test(arguments: ["I'd like to withdraw my complaint, the refund arrived.", "退款已经到账了，我撤回投诉。",
                      "问题解决了，撤销投诉吧。", "网络恢复了，我不投诉了。", "網路恢復正常了，我不投訴了，麻煩結案。"])
    func withdrawalRequestsAreFlagged(_ text: String) {
        #expect(classify(text).flags.contains(.withdrawal))
    }

    @Test func negatedPhrasesDoNotDecide() {
        let plain = classify("I want a refund for the duplicate charge.")
        #expect(plain.category == .billing)
        let negated = classify("I'm not asking for a refund. When does my contract end and can I change plan?")
        #expect(negated.category != .billing)
        #expect(negated.explanation.contains { $0.hasPrefix("negated") && $0.contains("refund") })
    }

    @Test func chineseNegationCuesSuppressPhrases() {
        let wants = classify("扣了我两次钱，我要退款。", language: .zh)
        #expect(wants.category == .billing)
        let noRefund = classify("我不需要退款，这也不是投诉，想问一下营业厅周日几点开门？", language: .zh)
        #expect(noRefund.category != .billing)
        #expect(noRefund.kind == .inquiry)
        #expect(noRefund.explanation.contains { $0.hasPrefix("negated") && $0.contains("退款") })
    }

    @Test func pseudoNegationStillCounts() {
        // "not received" describes the problem; it does not negate "refund".
        let result = classify("I have not received my refund after three weeks of waiting.")
        #expect(!result.explanation.contains { $0.hasPrefix("negated") && $0.contains("refund") })
        #expect([Category.billing, .timeliness].contains(result.category))
    }

    @Test func simplifiedAndTraditionalChineseAgree() {
        let simplified = classify("我的账号被锁了，密码重置链接也打不开，无法登录。", language: .zh)
        let traditional = classify("我的帳號被鎖了，密碼重設連結也打不開，無法登錄。", language: .zh)
        #expect(simplified.category == .accountAccess)
        #expect(traditional.category == .accountAccess)
        #expect(simplified.kind == traditional.kind)
    }

    @Test func mixedLanguageMailIsUnderstood() {
        let result = classify("Hi, 我家宽带 has been 断网 since Monday, the router lights are fine. Please fix the network ASAP.",
                              language: .zh)
        #expect(result.category == .network)
        #expect(result.kind == .complaint)
    }

    @Test func veryShortMail() {
        let refund = classify("refund!")
        #expect(refund.category == .billing)
        let empty = classify("")
        #expect(empty.flags.contains(.needsTriage))
        #expect((0...1).contains(empty.confidence))
    }

    @Test func veryLongMailStillFindsTheIssue() {
        let filler = String(repeating: "I have been a loyal customer for many years and I usually recommend you to my friends. ", count: 400)
        let result = classify(filler + "But this month you charged me twice for the same bill and I want the money back.")
        #expect(result.category == .billing)
        #expect(result.kind == .complaint)
        #expect((0...1).contains(result.confidence))
    }

    @Test func suggestionsAndInquiriesAreLowPriority() {
        let suggestion = classify("It would be great if the app had a dark mode. Just a suggestion!")
        #expect(suggestion.kind == .suggestion)
        #expect(suggestion.priority == .low)
        let inquiry = classify("请问你们营业厅周日几点开门？", language: .zh)
        #expect(inquiry.kind == .inquiry)
        #expect(inquiry.priority == .low)
    }

    @Test func crashesDataLossAndSecurityAreHighPriority() {
        #expect(classify("The app crashes every time I open it since the update.").priority == .high)
        #expect(classify("有人盗刷了我的银行卡，我没有授权任何交易。", language: .zh).category == .securityPrivacy)
        #expect(classify("有人盗刷了我的银行卡，我没有授权任何交易。", language: .zh).priority == .high)
    }

    @Test func majorIncidentsAreFlagged() {
        let result = classify("The whole building has had no internet since last night, hundreds of residents are affected.")
        #expect(result.flags.contains(.major))
        #expect(result.priority == .high)
    }

    @Test func anonymousMailIsFlaggedAndRaised() {
        let result = classify("The cashier was a bit slow today.", anonymous: true)
        #expect(result.flags.contains(.anonymous))
        #expect(result.priority == .high)
    }

    @Test func everyDecisionIsExplained() {
        let result = classify("I was charged twice this month, refund the duplicate payment please.")
        #expect(result.explanation.contains { $0.hasPrefix("category=billing") && $0.contains("rule 'charged twice'") && $0.contains("model p=") })
        #expect(result.explanation.contains { $0.hasPrefix("kind=") })
        #expect(result.explanation.contains { $0.hasPrefix("severity=") })
        #expect(result.explanation.contains { $0.hasPrefix("priority=") })
    }

    @Test func triageThresholdIsConfigurable() {
        let input = ClassifierInput(subject: "", description: "Something about my account and the bill.", channel: .email,
                                    language: .en, anonymous: false)
        let always = Classifier(rules: .default, model: Classifier.defaultModel, triageThreshold: 1.01).classify(input)
        let never = Classifier(rules: .default, model: Classifier.defaultModel, triageThreshold: 0).classify(input)
        #expect(always.flags.contains(.needsTriage))
        #expect(!never.flags.contains(.needsTriage))
        #expect(always.confidence == never.confidence)
    }

    // MARK: - Generalisation: common words are hints, not verdicts

    @Test(arguments: [
        ("The pay button in your app does nothing when I tap it. The bill itself is fine, it's the app that's broken.", Category.software),
        ("客户端里点缴费按钮没有任何反应，话费本身没问题，是软件的毛病。", Category.software),
        ("Someone logged into my account, added a card and bought £480 of vouchers. How did they get in?", Category.securityPrivacy),
        ("Your engineer came to repair the crackle on my phone line and left the broadband worse; nobody answers.", Category.installationRepair),
    ] as [(String, Category)])
    func billingWordsDoNotDecideTheCategory(_ text: String, _ expected: Category) {
        let result = classify(text)
        #expect(result.category == expected, "\(result.explanation)")
    }

    @Test func aTransferFromTheRegulatorIsAnEscalatedGradeThreeComplaint() {
        let result = classify("We have been contacted by Mrs Ward regarding loss of mobile signal at her home. Please contact her and let us know the outcome within 14 days.",
                              subject: "Referral", channel: .regulator)
        #expect(result.kind == .complaint)
        #expect(result.flags.contains(.escalated))
        #expect(result.severity == 3, "\(result.explanation)")
        let group = classify("The group office received the attached letter from a customer disputing roaming charges. Please handle and report back.",
                             channel: .parentCompany)
        #expect(group.flags.contains(.escalated))
        #expect(group.severity < 3, "escalation to management alone is graded on the content: \(group.explanation)")
    }

    @Test(arguments: [
        "I don't want to involve the regulator, I just want to be able to log in again.",
        "我不想闹到监管部门，只是希望账户尽快解锁。",
        // The cue can stand several words before the body it negates.
        "I have no plans to take this to the ombudsman, I only want the bill corrected.",
        "我沒有打算去消基會申訴，只是希望帳單更正。",
    ])
    func notWantingToEscalateIsNoEscalation(_ text: String) {
        let result = classify(text, language: text.unicodeScalars.contains { $0.value > 0x4E00 } ? .zh : .en)
        #expect(!result.flags.contains(.escalated), "\(result.explanation)")
    }

    @Test func aWithdrawnComplaintIsGradeOne() {
        let result = classify("The signal is back to normal since yesterday so I'd like to withdraw my complaint. No further action needed.")
        #expect(result.flags.contains(.withdrawal))
        #expect(result.severity == 1, "\(result.explanation)")
    }

    @Test func aSafetyHazardIsMajor() {
        let result = classify("The charger you sent caught fire overnight and scorched the desk. Check whether this batch is safe.")
        #expect(result.flags.contains(.major), "\(result.explanation)")
        #expect(result.severity == 3)
    }
}
