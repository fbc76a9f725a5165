import Testing
import Complaints

struct TicketStatusTests {
    @Test func closedAndWithdrawnAreFinal() {
        for status in TicketStatus.allCases {
            #expect(!TicketStatus.closed.canMove(to: status))
            #expect(!TicketStatus.withdrawn.canMove(to: status))
        }
    }

    @Test func reviewGateCannotBeSkipped() {
        // Nothing reaches `resolved` except through the review queue (SPEC §8).
        let direct = TicketStatus.allCases.filter { $0 != .awaitingReview && $0.canMove(to: .resolved) }
        #expect(direct.isEmpty)
    }

    @Test func dissatisfiedCustomerReopens() {
        #expect(TicketStatus.resolved.canMove(to: .inProgress))
        #expect(!TicketStatus.resolved.isOpen)
        #expect(TicketStatus.awaitingReview.isOpen)
    }
}
