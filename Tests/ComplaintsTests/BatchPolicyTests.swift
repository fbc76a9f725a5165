import Foundation
import Testing
@testable import Complaints

struct BatchPolicyTests {
    let start = Date(timeIntervalSince1970: 1_780_315_200)
    let outage = [
        "Internet down in Park Road since 9am",
        "internet is down since 9am on Park Road",
        "Park Road internet down since 9am, please fix",
        "Our internet is down on Park Road since 9am",
        "internet down Park Road since 9am!!",
        "Internet down since 9am at Park Road too",
    ]

    func member(_ i: Int, minutes: Double, text: String? = nil, category: Category = .network, incident: String? = nil) -> BatchPolicy.Member {
        .init(reference: "CMP-\(i)", createdAt: start.addingTimeInterval(minutes * 60), category: category,
              text: text ?? outage[i % outage.count], incident: incident)
    }

    @Test func fiveSimilarWithinTheWindowMakeAnIncident() {
        let recent = (0..<4).map { member($0, minutes: Double($0) * 2) }
        #expect(BatchPolicy().decide(member(4, minutes: 10), recent: recent)
            == .create(members: ["CMP-0", "CMP-1", "CMP-2", "CMP-3", "CMP-4"]))
    }

    @Test func fourAreNotEnough() {
        let recent = (0..<3).map { member($0, minutes: Double($0)) }
        #expect(BatchPolicy().decide(member(3, minutes: 5), recent: recent) == .none)
    }

    @Test func oldOtherCategoryOrDissimilarTicketsDoNotCount() {
        let recent = [member(0, minutes: -120), member(1, minutes: 1, category: .billing),
                      member(2, minutes: 2, text: "My bill is wrong this month"), member(3, minutes: 3), member(5, minutes: 4)]
        #expect(BatchPolicy().decide(member(4, minutes: 10), recent: recent) == .none)
    }

    @Test func aSimilarTicketInAnIncidentIsExtended() {
        let recent = [member(0, minutes: 0, incident: "INC-2026-0001"), member(1, minutes: 1)]
        #expect(BatchPolicy().decide(member(2, minutes: 3), recent: recent)
            == .extend(incident: "INC-2026-0001", members: ["CMP-1", "CMP-2"]))
    }

    /// In whatever order the store hands them over: the newest similar ticket's incident is joined, a
    /// newer dissimilar ticket's incident is not, and every similar ticket in no incident joins, oldest first.
    @Test func theNewestSimilarTicketsIncidentIsJoinedInAnyOrder() {
        let recent = [member(0, minutes: 0, incident: "INC-2026-0001"), member(1, minutes: 1),
                      member(2, minutes: 2, incident: "INC-2026-0002"), member(3, minutes: 3),
                      member(7, minutes: 4, text: "My bill is wrong this month", incident: "INC-2026-0003")]
        for order in [recent, recent.reversed(), [recent[3], recent[0], recent[4], recent[2], recent[1]]] {
            #expect(BatchPolicy().decide(member(4, minutes: 5), recent: order)
                == .extend(incident: "INC-2026-0002", members: ["CMP-1", "CMP-3", "CMP-4"]))
        }
    }
}
