import Foundation
import Testing
import Complaints

/// Mail of unusual shapes: very short, very long, mixed scripts, negation far from or near the words.
struct ClassifierTextShapeTests {
    func classify(_ body: String, subject: String = "", language: Language = .en) -> Classification {
        ClassifierTests.classifier.classify(ClassifierInput(subject: subject, description: body, channel: .email, language: language, anonymous: false))
    }

    @Test func aLongMailFullOfNegationsStillReadsTheRealComplaint() {
        // Thousands of negation cues and rule phrases: each cue negates only what follows it in its clause.
        let filler = String(repeating: "I am not asking for a refund and I do not want compensation, it is not urgent. ", count: 300)
        let result = classify(filler + "\nBut your engineer never showed up for the installation appointment on Tuesday.")
        #expect(result.category == .installationRepair, "\(result.explanation)")
        #expect(result.explanation.contains { $0.hasPrefix("negated") && $0.contains("refund") })
        #expect(!result.explanation.contains { $0.hasPrefix("negated") && $0.contains("installation") })
    }

    @Test func aLongChineseMailFindsTheIssue() {
        let filler = String(repeating: "我是你们的老用户了，一直觉得你们的服务还可以，平时也会推荐给亲戚朋友。", count: 200)
        let result = classify(filler + "但是这个月账单多扣了两次月租，请尽快退款。", language: .zh)
        #expect(result.category == .billing, "\(result.explanation)")
        #expect(result.kind == .complaint)
    }

    @Test(arguments: [
        ("My account 被盗了, someone 用我的名义 ordered a new SIM card and my bank codes now go to them.", Category.securityPrivacy),
        ("Hi, 我家寬頻 keeps dropping every evening, 網速 is terrible, please check the line.", .network),
        ("The app 一打开就闪退 since yesterday's update, I cannot check my usage.", .software),
    ])
    func mixedLanguageMail(_ text: String, _ expected: Category) {
        let result = classify(text, language: .zh)
        #expect(result.category == expected, "\(result.explanation)")
        #expect(result.kind == .complaint)
    }

    @Test func veryShortChineseAndPunctuationOnlyMail() {
        #expect(classify("退款！", language: .zh).category == .billing)
        let marks = classify("？？", language: .zh)
        #expect(marks.flags.contains(.needsTriage), "\(marks.explanation)")
        #expect((0...1).contains(marks.confidence))
    }

    @Test func negationDoesNotCrossAClauseBreak() {
        // "not" ends its scope at the comma: the overcharge still counts.
        let result = classify("The engineer was not late, you overcharged me by 40 pounds on the last invoice.")
        #expect(result.category == .billing, "\(result.explanation)")
        #expect(!result.explanation.contains { $0.hasPrefix("negated") && $0.contains("overcharg") })
    }

    @Test func explanationsNameStemsAndWordsWithoutRepeats() {
        let result = classify("You charged me twice this month, I want a refund of the duplicate payment.", subject: "Refund")
        let category = result.explanation.first { $0.hasPrefix("category=") } ?? ""
        #expect(category.contains("model p="), "\(category)")
        if let features = category.range(of: "[features: ") {
            let names = category[features.upperBound...].dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(Set(names).count == names.count, "\(names)")
        }
    }
}
