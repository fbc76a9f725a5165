import Foundation
import Testing
@testable import Complaints

struct RepeatPolicyTests {
    let now = Date(timeIntervalSince1970: 1_780_315_200)
    let ada = Complainant(name: "Ada", email: "ada@example.org")

    func complaint(_ text: String, category: Category = .network, complainant: Complainant? = nil) -> Complaint {
        Complaint(disposition: .ticket, category: category, complainant: complainant ?? ada, subject: nil, description: text)
    }

    func candidate(_ reference: String, status: TicketStatus, daysAgo: Double, category: Category = .network,
                   text: String = "My line is down", complainant: Complainant? = nil) -> RepeatPolicy.Candidate {
        let at = now.addingTimeInterval(-daysAgo * 86_400)
        return .init(reference: reference, status: status, createdAt: at, updatedAt: at, category: category,
                     text: text, complainant: complainant ?? ada)
    }

    @Test func openTicketSameCategoryIsAFollowUp() {
        let d = RepeatPolicy().decide(complaint("Still nothing works"), at: now,
                                      candidates: [candidate("CMP-1", status: .assigned, daysAgo: 3)])
        guard case .followUp(let reference, let reason) = d else { Issue.record("got \(d)"); return }
        #expect(reference == "CMP-1")
        #expect(reason.contains("same category network"))
    }

    @Test func newestOpenMatchWinsAndOldOrOtherCustomersDoNot() {
        let bob = Complainant(email: "bob@example.org")
        let candidates = [
            candidate("CMP-old", status: .new, daysAgo: 40),
            candidate("CMP-bob", status: .new, daysAgo: 1, complainant: bob),
            candidate("CMP-a", status: .new, daysAgo: 10),
            candidate("CMP-b", status: .inProgress, daysAgo: 2),
        ]
        #expect(RepeatPolicy().decide(complaint("down again"), at: now, candidates: candidates)
            == .followUp(reference: "CMP-b", reason: "same complainant, same category network"))
        #expect(RepeatPolicy(window: 86_400).decide(complaint("down again"), at: now, candidates: candidates) == .none)
    }

    @Test func otherCategoryNeedsSimilarText() {
        let open = candidate("CMP-1", status: .new, daysAgo: 1, category: .billing, text: "Charged twice for my monthly bill")
        #expect(RepeatPolicy().decide(complaint("Router makes a buzzing noise", category: .hardware), at: now, candidates: [open]) == .none)
        let similar = RepeatPolicy().decide(complaint("charged twice for the monthly bill again", category: .other), at: now, candidates: [open])
        guard case .followUp("CMP-1", let reason) = similar else { Issue.record("got \(similar)"); return }
        #expect(reason.contains("similar description"))
    }

    @Test func sameCustomerByPhoneDigitsOrAccountInAnyCase() {
        #expect(RepeatPolicy.sameComplainant(Complainant(phone: "+44 20 7946 0018"), Complainant(phone: "020-7946-0018")))
        #expect(RepeatPolicy.sameComplainant(Complainant(account: "ac-991"), Complainant(account: "AC-991")))
        #expect(RepeatPolicy.sameComplainant(Complainant(email: "Ada@Example.org"), Complainant(email: "ada@example.org")))
        #expect(!RepeatPolicy.sameComplainant(Complainant(name: "Ada"), Complainant(name: "Ada")))
        #expect(!RepeatPolicy.sameComplainant(Complainant(phone: "123"), Complainant(phone: "123")))
    }

    @Test func resolvedTicketAndDissatisfactionIsALinkedNewTicket() {
        let resolved = candidate("CMP-9", status: .resolved, daysAgo: 5)
        let d = RepeatPolicy().decide(complaint("You closed my complaint but the problem is not resolved. The line drops hourly."),
                                      at: now, candidates: [resolved])
        guard case .linkedNew("CMP-9", let reason) = d else { Issue.record("got \(d)"); return }
        #expect(reason.contains("the problem is not resolved"))
        // Without dissatisfaction, a resolved ticket is just history: a new ordinary ticket.
        #expect(RepeatPolicy().decide(complaint("Can I upgrade my line speed?"), at: now, candidates: [resolved]) == .none)
        // Withdrawn tickets never match.
        #expect(RepeatPolicy().decide(complaint("not resolved"), at: now,
                                      candidates: [candidate("CMP-w", status: .withdrawn, daysAgo: 1)]) == .none)
    }

    @Test func chineseDissatisfaction() {
        #expect(RepeatPolicy.dissatisfaction(in: "上次投诉处理了。但是问题仍然没有解决！请尽快处理") == "但是问题仍然没有解决")
        #expect(RepeatPolicy.dissatisfaction(in: "谢谢你们的帮助") == nil)
    }

    @Test func anonymousAndNonTicketMessagesAreNeverRepeats() {
        let open = candidate("CMP-1", status: .new, daysAgo: 1, complainant: Complainant())
        #expect(RepeatPolicy().decide(complaint("down", complainant: Complainant()), at: now, candidates: [open]) == .none)
        var bounce = complaint("down")
        bounce.disposition = .bounce
        #expect(RepeatPolicy().decide(bounce, at: now, candidates: [candidate("CMP-1", status: .new, daysAgo: 1)]) == .none)
    }
}
