import Foundation
import Testing
import Complaints
@testable import TicketStore

struct LifecycleTests {
    @Test func legalMovesAreAppliedAndLogged() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        guard case .opened(let reference) = try store.file(sampleComplaint()) else { Issue.record("not opened"); return }
        let later = june2026.addingTimeInterval(7200)
        try store.setStatus(reference: reference, to: .acknowledged, actor: "plaint", at: june2026.addingTimeInterval(60))
        try store.setStatus(reference: reference, to: .assigned, actor: "li.wei", detail: "technical desk", at: later)
        try store.appendEvent(reference: " " + reference.lowercased(), actor: "li.wei", action: "note", detail: "called the customer", at: later)
        #expect(try store.ticket(reference: reference.lowercased())?.record.reference == reference)

        let detail = try #require(try store.ticket(reference: reference))
        #expect(detail.record.status == .assigned)
        #expect(detail.record.updatedAt == later)
        #expect(detail.events.map(\.action) == ["opened", "status", "status", "note"])
        #expect(detail.events.map(\.actor) == ["plaint", "plaint", "li.wei", "li.wei"])
        #expect(detail.events[2].detail == "acknowledged -> assigned: technical desk")
        #expect(detail.events[3].at == later)
        #expect(try store.tickets(status: .assigned).map(\.reference) == [reference])
        #expect(try store.counts().ticketsByStatus == [.assigned: 1])
    }

    @Test func illegalMoveIsRefusedAndChangesNothing() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        guard case .opened(let reference) = try store.file(sampleComplaint()) else { Issue.record("not opened"); return }
        let skip = #expect(throws: StoreError.self) { try store.setStatus(reference: reference, to: .resolved, actor: "li.wei") }
        #expect(skip?.kind == .illegalTransition(from: "new", to: "resolved"))
        #expect(skip?.description.contains("cannot move from new to resolved; allowed: acknowledged, assigned, closed, withdrawn") == true)

        try store.setStatus(reference: reference, to: .closed, actor: "li.wei")
        let reopen = #expect(throws: StoreError.self) { try store.setStatus(reference: reference, to: .inProgress, actor: "li.wei") }
        #expect(reopen?.description.contains("it is final") == true)

        let detail = try #require(try store.ticket(reference: reference))
        #expect(detail.record.status == .closed)
        #expect(detail.events.map(\.action) == ["opened", "status"])
    }

    @Test func unknownTicketIsATypedError() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let error = #expect(throws: StoreError.self) { try store.appendEvent(reference: "CMP-2026-999999", actor: "x", action: "note") }
        #expect(error?.kind == .unknownTicket(reference: "CMP-2026-999999"))
        #expect(try store.ticket(reference: "CMP-2026-999999") == nil)
        #expect(throws: StoreError.self) { try store.setStatus(reference: "nope", to: .closed, actor: "x") }
    }
}
