import Foundation
import Testing
@testable import Complaints

/// The literal prefilter lets extraction skip ICU on lines that cannot match. If it ever rejected a
/// line the regex matches, a signature, a quoted reply or a phone number would silently stop being
/// recognised; these tests hold it to the regex's answer.
struct LiteralPrefilterTests {
    static let patterns: [String] = [
        ChannelDetector.transferPattern, ChannelDetector.complainantLabelPattern, ChannelDetector.mediaSelfPattern,
        ChannelDetector.formTitlePattern, ChannelDetector.staffRecordPattern,
        DescriptionCleaner.attributionStartPattern, DescriptionCleaner.mobileSignaturePattern,
        DescriptionCleaner.valedictionPattern, DescriptionCleaner.chineseValedictionPattern,
        DescriptionCleaner.disclaimerPattern, DescriptionCleaner.footerLinePattern,
        ForwardedBlock.separatorPattern, ForwardedBlock.beginForwardPattern, ForwardedBlock.forwardedByPattern,
        ForwardedBlock.headerLinePattern, ForwardedBlock.fromLinePattern,
        FormFieldParser.labelLinePattern, FormFieldParser.boilerplatePattern,
        PhoneAndAccount.phoneLabel, PhoneAndAccount.accountLabel,
        NameFinder.englishPattern, NameFinder.chinesePattern, AddressText.emailPattern,
        DispositionDetector.bounceSubjectPattern, DispositionDetector.outOfOfficeSubjectPattern,
        DispositionDetector.outOfOfficeBodyPattern, DispositionDetector.outOfOfficeReturnPattern,
        #"(order|invoice|ticket|case|ref|订单|工单|发票|单号)"#, #"CMP-\d{4}-\d{6}"#, #"^\s*([-–—_=*~]\s*){3,}$"#,
        #"\d[\d\s-]{5,18}\d"#, #"^\s*(fw|fwd|转发|轉寄)\s*[:：]"#, #"[<\(（]\s*$"#,
    ] + DescriptionCleaner.attributionPatterns + PhoneAndAccount.phoneShapes + RequestDetector.phrases.map(\.1)
        + ComplaintReader.ReaderConfiguration.defaultWebFormSubjectPatterns
        + ComplaintReader.ReaderConfiguration.defaultWebFormSenderPatterns

    /// Lines chosen to trip a careless filter: case, characters whose case folding is ASCII
    /// (long s, Kelvin sign, ligatures, ß), full-width digits, CJK punctuation, tabs.
    static let tricky: [String] = [
        "On Tue, Nov 3, 2026 at 10:12 AM Support <support@company.example> wrote:",
        "ON TUE, NOV 3 WROTE:", "On\tMonday Ann WROTE :", "On Mon\u{A0}Ann <a@b.example> wrote:",
        "\u{017F}ent from my iPhone", "SENT FROM MY PHONE", "Kind regards,", "\u{212A}ind regards",
        "Best regards, Ann", "ﬁx it please", "Please ﬁx the router", "Stra\u{00DF}e 5, Account number: 12345678",
        "账号：6222021234567890123", "电话：１３８１２３４５６７８", "Tel: +44 20 7946 0958", "(555) 010-1234",
        "555-010-1234", "138 1234 5678", "010-12345678", "CMP-2026-000123", "cmp-2026-000123",
        "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:",
        "From: Ann Lee <ann@x.example>", "发件人: 张三 <z@qq.com>", "Sent: Tuesday", "________________________________",
        "在 2026年11月3日 写道：", "2026年11月3日 10:00，张三 写道:", "Le mar. 3 nov. 2026, Ann a écrit :",
        "El mar, 3 nov 2026, Ana escribió:", "Am 03.11.2026 schrieb Anna:", "Name: Ann Lee", "E-mail | ann@x.example",
        "姓名：王小明", "Message:\tThe router is broken", "This email was sent from our website form",
        "CONFIDENTIALITY NOTICE: this message", "本邮件及其附件含有保密信息", "Unsubscribe here: https://x.example",
        "I'm a reporter at the Gazette", "I AM A JOURNALIST", "we're publishing a story about", "我是都市报记者",
        "Complainant: Mr Dev Menon", "投诉人：韩先生", "Case reference: 2026/118", "Transferred to you by the regulator",
        "Please refund me", "I want a REFUND", "apologise", "compensation please", "why was I charged twice?",
        "Out of office until Monday", "Automatic reply: away", "Undeliverable: your message", "谢谢", "此致",
        "— — —", "***", "~~~~", "=====", "order refund broken late delivery invoice never arrived support please help",
        "New form submission", "Contact us form", "noreply", "webforms", "Mr. Dev Menon called", "用户郭先生询问",
    ]

    /// Sample lines: the tricky ones plus the bodies of the training and evaluation texts.
    static let lines: [String] = {
        var out = tricky
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for file in ["Fixtures/eval/eval.jsonl", "Fixtures/train/examples.jsonl"] {
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { continue }
            for row in text.split(separator: "\n").prefix(300) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any] else { continue }
                for key in ["subject", "body", "text"] {
                    if let v = object[key] as? String { out += TextTools.lines(v).filter { !$0.isEmpty } }
                }
            }
        }
        return out
    }()

    static func regexMatches(_ pattern: String, _ s: String, caseInsensitive: Bool) -> Bool {
        let regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        return regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    @Test(arguments: [true, false])
    func neverRejectsALineTheRegexMatches(caseInsensitive: Bool) {
        #expect(Self.lines.count > 500, "Fixtures/eval and Fixtures/train not found")
        for pattern in Self.patterns {
            let filter = LiteralPrefilter(pattern: pattern, caseInsensitive: caseInsensitive)
            for line in Self.lines {
                let expected = Self.regexMatches(pattern, line, caseInsensitive: caseInsensitive)
                if expected, let filter {
                    #expect(filter.mayMatch(line), "prefilter hides a match of \(pattern.prefix(60)) in \(line)")
                }
                if let answer = filter?.decides(line) {
                    #expect(answer == expected, "exact answer differs for \(pattern.prefix(60)) in \(line)")
                }
                #expect(TextTools.matches(line, pattern, caseInsensitive: caseInsensitive) == expected)
            }
        }
    }

    /// Several sets searched in one pass give each set's own answer: on every sample line, on whole
    /// texts (lines joined, so hits come at any position and the group runs to the end), and on empty text.
    @Test func aGroupAnswersAsEachOfItsSetsAlone() {
        let patterns = Array(Self.patterns.prefix(40))
        let sets = patterns.compactMap { LiteralPrefilter(pattern: $0, caseInsensitive: true)?.sets.first }
        let group = LiteralSetGroup(sets)
        var texts = Self.lines + [""]
        for size in [2, 7, 30] { texts += stride(from: 0, to: Self.lines.count, by: size).map { Self.lines[$0..<min($0 + size, Self.lines.count)].joined(separator: "\n") } }
        var found = 0
        for text in texts {
            let together = group.search(text)
            let alone = sets.map { $0.search(text) }
            #expect(together == alone, "\(text.prefix(80))")
            found += together.filter { $0 == .found }.count
        }
        #expect(found > 1_000)
        // As patterns: a pattern ruled out for a text cannot match any line of it.
        let rules = PatternGroup(patterns)
        for text in texts.suffix(200) {
            for (pattern, possible) in zip(patterns, rules.possible(in: text)) where !possible {
                #expect(!TextTools.lines(text).contains { Self.regexMatches(pattern, $0, caseInsensitive: true) })
            }
        }
    }

    /// The one-pass gate in front of the attribution patterns never hides an attribution line.
    @Test func attributionGateLetsEveryAttributionThrough() {
        var attributions = 0
        for line in Self.lines where DescriptionCleaner.attributionPatterns.contains(where: {
            Self.regexMatches($0, line, caseInsensitive: true)
        }) {
            attributions += 1
            #expect(DescriptionCleaner.attributionGate.mayMatchAny(line), "gate hides \(line)")
        }
        #expect(attributions >= 8)
        #expect(!DescriptionCleaner.attributionGate.mayMatchAny("order refund broken late delivery invoice never arrived"))
    }

    /// Characters that ICU folds to ASCII letters still reach the regex.
    @Test func caseFoldingToASCIIStillMatches() {
        #expect(TextTools.matches("\u{017F}ent from my phone", DescriptionCleaner.mobileSignaturePattern))
        #expect(TextTools.matches("\u{212A}ind regards", DescriptionCleaner.valedictionPattern))
        #expect(TextTools.matches("please ﬁx it", #"\bfix (it|this|the)"#))
        #expect(TextTools.matches("ON MONDAY ANN WROTE:", DescriptionCleaner.attributionPatterns[0]))
    }

    /// The filters exist for the hot patterns and rule out an ordinary complaint line, so ICU does
    /// not run on it (the ingest speed depends on it).
    @Test func hotPatternsRuleOutOrdinaryLines() throws {
        let line = "order refund broken late delivery invoice never arrived support please help damaged wrong item"
        for pattern in [ChannelDetector.transferPattern, ChannelDetector.mediaSelfPattern, ForwardedBlock.fromLinePattern,
                        DescriptionCleaner.disclaimerPattern, FormFieldParser.labelLinePattern, PhoneAndAccount.accountLabel]
            + DescriptionCleaner.attributionPatterns + PhoneAndAccount.phoneShapes {
            let filter = try #require(LiteralPrefilter(pattern: pattern, caseInsensitive: true), "no filter for \(pattern.prefix(60))")
            #expect(!filter.mayMatch(line), "\(pattern.prefix(60)) is not ruled out")
        }
        #expect(LiteralPrefilter(pattern: #"(order|invoice|ticket)"#, caseInsensitive: true)?.decides("Your ORDER") == true)
    }

    /// Patterns outside the understood subset get no filter rather than a wrong one.
    @Test(arguments: [#"(?i)abc"#, #"\Qa.b\E"#, #"(a)\1"#, #"(?<name>x)"#, #"[a-z]+"#, #".*"#, #"a?"#])
    func unknownConstructsGiveNoFilter(pattern: String) {
        #expect(LiteralPrefilter(pattern: pattern, caseInsensitive: true) == nil)
    }
}

/// The outside bodies' names as one set: a letterhead line that names a body in any case is let
/// through, one that names none is not, and a changed list is not answered from the old one.
struct NameSetCacheTests {
    @Test func findsEveryNameInAnyCaseAndFollowsAChangedList() {
        let regulators = ["Financial Services Regulator", "Ofcom", "工信部"]
        let media = ["Daily Gazette"]
        let set = NameSetCache.set(for: [regulators, media])
        for line in ["FINANCIAL SERVICES REGULATOR - Consumer Contact Centre", "ofcom referral", "工信部转办", "the daily gazette"] {
            #expect(set.search(line) != .absent, "\(line)")
        }
        #expect(set.search("My broadband has been down since Monday") == .absent)
        var changed = regulators
        changed.append("Water Ombudsman")
        #expect(NameSetCache.set(for: [changed, media]).search("Water Ombudsman transfer") != .absent)
        #expect(NameSetCache.set(for: [regulators, media]).search("Water Ombudsman transfer") == .absent)
    }
}
