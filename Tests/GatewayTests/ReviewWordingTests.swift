import Foundation
import Testing
import Complaints
import TicketStore
@testable import Gateway

struct ReviewWordingTests {
    @Test(arguments: [
        ("We will refund the duplicate charge.", ["refund"]),
        ("A goodwill credit and compensation are on the way", ["compensation"]),
        ("You said you would contact the regulator and the press.", ["regulator", "press"]),
        ("Our lawyers reviewed your lawsuit.", ["lawsuit", "lawyer"]),
        ("我们将为您办理退款，并给予赔偿。", ["赔偿", "退款"]),
        ("您提到已向工信部投诉，并联系了媒体。", ["工信部", "媒体"]),
        ("We fixed the issue and restored your line.", []),
        ("The courtesy call is booked; pressure on the line is normal.", []),
    ])
    func sensitiveTermsAreFoundInEnglishAndChinese(text: String, expected: [String]) {
        #expect(Set(WordingCheck.standard.matches(text)) == Set(expected), "\(text)")
    }

    @Test func theListIsConfigurable() {
        #expect(WordingCheck(terms: ["voucher"]).matches("We will send a voucher and a refund.") == ["voucher"])
    }

    func resolutionParts(_ cause: String) -> TemplateValue {
        ["cause_known": true, "cause": .string(cause), "actions": ["Replaced the router"], "result": "Service restored.",
         "restored": true, "current_state": "Stable.", "widespread": false, "at_fault": true,
         "history": ["first_complaint": "2026-11-22", "findings": "Router fault", "acceptance": ""]]
    }

    @Test func staffTextNeedsTheManagerAndLegalWhenItTouchesSensitiveTerms() throws {
        let f = try AnswerFixture()
        guard case .opened(let reference) = try f.filer().file(AnswerFixture.complaint(id: "r1@example.com"), origin: "t", receivedAt: Date())
        else { Issue.record("not opened"); return }
        let detail = try #require(try f.store.ticket(reference: reference))
        let composer = try AnswerFixture.composer()
        let plain = try composer.staffReply(template: "resolution", detail: detail, parts: resolutionParts("A faulty router."),
                                            author: "handler@company.example", at: Date())
        #expect(plain.review == .manager)
        #expect(plain.raw.count > 0 && !String(decoding: plain.raw, as: UTF8.self).contains("Auto-Submitted"))
        let sensitive = try composer.staffReply(template: "resolution", detail: detail,
                                                parts: resolutionParts("A faulty router; we will refund the month."),
                                                author: "handler@company.example", at: Date())
        #expect(sensitive.review == .managerLegal)
        #expect(sensitive.reviewReason?.contains("refund") == true)
        #expect(throws: ReplyError.self) {
            try composer.staffReply(template: "acknowledgement", detail: detail, parts: [:], author: "h@company.example", at: Date())
        }
    }

    @Test func replySubjectThreadsWithoutRepeatingPrefixesOrTheReference() {
        #expect(ReplyComposer.replySubject(original: "Re: RE: Bill wrong", reference: "CMP-2026-000001", fallback: "x")
                == "Re: Bill wrong [CMP-2026-000001]")
        #expect(ReplyComposer.replySubject(original: "Bill wrong [CMP-2026-000001]", reference: "CMP-2026-000001", fallback: "x")
                == "Re: Bill wrong [CMP-2026-000001]")
        #expect(ReplyComposer.replySubject(original: nil, reference: "CMP-2026-000001", fallback: "We have received it") == "We have received it")
    }
}

struct AcknowledgementLoopRulesTests {
    let guard_ = LoopGuard(ownAddresses: ["complaints@company.example"], maxAcknowledgementsPerHour: 3)
    func complaint(sender: String?) -> Complaint {
        Complaint(disposition: .ticket, complainant: Complainant(email: sender), senderEmail: sender)
    }

    @Test func decisions() {
        #expect(guard_.decide(complaint(sender: "ann@example.com"), recipient: "ann@example.com", acknowledgedInLastHour: 2) == .send)
        #expect(guard_.decide(complaint(sender: "ann@example.com"), recipient: "ann@example.com", acknowledgedInLastHour: 3) != .send)
        #expect(guard_.decide(complaint(sender: "Complaints@Company.example"), recipient: "Complaints@Company.example", acknowledgedInLastHour: 0) != .send)
        #expect(guard_.decide(complaint(sender: "postmaster@example.com"), recipient: "postmaster@example.com", acknowledgedInLastHour: 0) != .send)
        #expect(guard_.decide(complaint(sender: nil), recipient: nil, acknowledgedInLastHour: 0) != .send)
        var bounce = complaint(sender: "ann@example.com")
        bounce.disposition = .bounce
        #expect(guard_.decide(bounce, recipient: "ann@example.com", acknowledgedInLastHour: 0) != .send)
        // A web form sent from a no-reply robot still acknowledges the customer named in it.
        var form = complaint(sender: "noreply@forms.example.com")
        form.complainant.email = "ann@example.com"
        #expect(guard_.decide(form, recipient: "ann@example.com", acknowledgedInLastHour: 0) == .send)
    }
}
