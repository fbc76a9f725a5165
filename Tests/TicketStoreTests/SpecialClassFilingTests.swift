import Foundation
import Testing
import Complaints
import MIME
@testable import TicketStore

/// SPEC §5 repeat and batch, detected while filing (`specialClasses: .standard`).
struct SpecialClassFilingTests {
    func file(_ store: TicketStore, _ complaint: Complaint, at date: Date) throws -> FilingOutcome {
        let raw = sampleRaw(for: complaint)
        return try store.file(complaint, raw: raw, sourceKey: .forMessage(messageID: complaint.messageID, raw: raw),
                              source: "test", receivedAt: date, attachments: [], specialClasses: .standard)
    }

    func customer(_ email: String, _ text: String, category: Category = .network, subject: String? = nil) -> Complaint {
        var c = sampleComplaint(subject: subject ?? "")
        c.subject = subject
        c.complainant = Complainant(name: nil, email: email)
        c.senderEmail = email
        c.description = text
        c.category = category
        return c
    }

    @Test func repeatWhileOpenIsAFollowUpWithAReminder() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let first = customer("ada@example.org", "My broadband has been down since Monday.")
        guard case .opened(let reference) = try file(store, first, at: june2026) else { Issue.record("not opened"); return }
        try store.setStatus(reference: reference, to: .assigned, actor: "lee@company.example")

        let again = customer("ADA@example.org", "Still no internet. Nobody has called me back.")
        #expect(try file(store, again, at: june2026.addingTimeInterval(2 * 86_400)) == .followUp(reference: reference))
        #expect(try store.counts().tickets == 1)
        let detail = try #require(try store.ticket(reference: reference))
        #expect(detail.messages.count == 2)
        #expect(detail.record.complaint.flags.contains(.repeat))
        #expect(detail.record.complaint.priority == .high)
        #expect(detail.events.map(\.action) == ["opened", "status", "follow_up", "repeat_reminder"])
        #expect(detail.events.last?.detail?.contains("reminder to the handler") == true)
    }

    @Test func anotherCustomerOrAnotherIssueOrTooLateIsANewTicket() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        _ = try file(store, customer("ada@example.org", "Broadband down since Monday."), at: june2026)
        guard case .opened = try file(store, customer("bob@example.org", "Broadband down since Monday."), at: june2026)
        else { Issue.record("another customer is not a repeat"); return }
        guard case .opened = try file(store, customer("ada@example.org", "You charged me twice for May.", category: .billing),
                                      at: june2026.addingTimeInterval(60)) else { Issue.record("another issue is not a repeat"); return }
        guard case .opened = try file(store, customer("ada@example.org", "Broadband down again."),
                                      at: june2026.addingTimeInterval(31 * 86_400)) else { Issue.record("31 days later is not a repeat"); return }
        #expect(try store.counts().tickets == 4)
    }

    @Test func dissatisfiedAfterResolutionIsANewLinkedTicket() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        guard case .opened(let old) = try file(store, customer("ada@example.org", "Broadband down since Monday."), at: june2026)
        else { Issue.record("not opened"); return }
        for status in [TicketStatus.assigned, .awaitingReview, .resolved] {
            try store.setStatus(reference: old, to: status, actor: "lee@company.example", at: june2026.addingTimeInterval(86_400))
        }
        let unhappy = customer("ada@example.org", "You marked it fixed but I am not satisfied: the line still drops every hour.")
        guard case .opened(let new) = try file(store, unhappy, at: june2026.addingTimeInterval(3 * 86_400)) else {
            Issue.record("expected a new ticket"); return
        }
        #expect(new != old)
        let detail = try #require(try store.ticket(reference: new))
        #expect(detail.record.complaint.flags.contains(.repeat))
        #expect(detail.record.complaint.priority == .high)
        #expect(detail.links.map(\.relation) == [.repeatOf])
        #expect(detail.links.first?.reference == old)
        #expect(detail.links.first?.reason.contains("I am not satisfied") == true)
        #expect(detail.events.map(\.action) == ["opened", "linked"])
        let oldDetail = try #require(try store.ticket(reference: old))
        #expect(oldDetail.links.map(\.relation) == [.repeatedBy])
        #expect(oldDetail.events.last?.action == "linked")
        #expect(oldDetail.record.status == .resolved)

        // A calm new question to the same customer after resolution is an ordinary ticket.
        guard case .opened(let third) = try file(store, customer("ada@example.org", "Can I move my line to a new flat?", category: .other),
                                                 at: june2026.addingTimeInterval(4 * 86_400)) else { Issue.record("not opened"); return }
        #expect(try store.ticket(reference: third)?.links.isEmpty == true)
    }

    @Test func quotedReferenceStillWinsOverRepeatDetection() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        guard case .opened(let a) = try file(store, customer("ada@example.org", "Broadband down."), at: june2026) else { return }
        guard case .followUp(let b) = try file(store, customer("ada@example.org", "Down again."), at: june2026.addingTimeInterval(60))
        else { Issue.record("expected follow-up"); return }
        #expect(a == b)
        var reply = customer("ada@example.org", "Re: thanks")
        reply.ticketReference = a
        #expect(try file(store, reply, at: june2026.addingTimeInterval(120)) == .followUp(reference: a))
        #expect(try store.ticket(reference: a)?.events.filter { $0.action == "repeat_reminder" }.count == 1)
        // Exactly once still holds: the same message again is a duplicate, not another reminder.
        #expect(try file(store, reply, at: june2026.addingTimeInterval(180)) == .duplicate(reference: a))
    }

    static let outage = [
        "Internet down in Park Road since 9am",
        "internet is down since 9am on Park Road",
        "Park Road internet down since 9am, please fix",
        "Our internet is down on Park Road since 9am",
        "internet down Park Road since 9am!!",
        "Internet down since 9am at Park Road too",
    ]

    @Test func fiveSimilarOutageComplaintsInTenMinutesAreOneIncident() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        var references: [String] = []
        for i in 0..<5 {
            let outcome = try file(store, customer("c\(i)@example.org", Self.outage[i]), at: june2026.addingTimeInterval(Double(i) * 150))
            guard case .opened(let r) = outcome else { Issue.record("not opened: \(outcome)"); return }
            references.append(r)
        }
        let incidents = try store.incidents()
        #expect(incidents.count == 1)
        #expect(incidents.first?.reference == "INC-2026-0001")
        #expect(incidents.first?.members == references)
        for r in references {
            let d = try #require(try store.ticket(reference: r))
            #expect(d.record.complaint.flags.contains(.batch))
            #expect(d.record.complaint.priority == .high)
            #expect(d.incident?.reference == "INC-2026-0001")
            #expect(d.events.last?.action == "batch_incident")
            #expect(d.events.last?.detail == "part of INC-2026-0001 with 5 similar tickets; managers notified")
        }
        // A sixth joins the same incident.
        guard case .opened(let sixth) = try file(store, customer("c6@example.org", Self.outage[5]), at: june2026.addingTimeInterval(900))
        else { Issue.record("not opened"); return }
        #expect(try store.ticket(reference: sixth)?.incident?.members.count == 6)
        #expect(try store.ticket(reference: sixth)?.events.last?.detail == "part of INC-2026-0001 with 6 similar tickets; managers notified")
        #expect(try store.incidents().count == 1)
    }

    /// Only the newest `candidateLimit` tickets of a category in no incident are compared, yet an ongoing
    /// outage is still found behind them: tickets already in an incident are searched on their own.
    @Test func anOutageIsJoinedBehindMoreUnrelatedTicketsThanTheCandidateLimit() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        var classes = SpecialClasses.standard
        classes.batch?.candidateLimit = 4  // just enough for five to open an incident
        func file(_ complaint: Complaint, minutes: Double) throws -> FilingOutcome {
            let raw = sampleRaw(for: complaint)
            return try store.file(complaint, raw: raw, sourceKey: .forMessage(messageID: complaint.messageID, raw: raw), source: "test",
                                  receivedAt: june2026.addingTimeInterval(minutes * 60), attachments: [], specialClasses: classes)
        }
        for i in 0..<5 { _ = try file(customer("c\(i)@example.org", Self.outage[i]), minutes: Double(i)) }
        let unrelated = ["My router's wifi light keeps blinking amber", "The engineer never came for the fibre install",
                         "Your app logs me out every morning", "Why was my static IP address changed?",
                         "Modem overheats and smells of burnt plastic", "Speed test shows 3 Mbps on a 500 plan"]
        for (i, text) in unrelated.enumerated() { _ = try file(customer("u\(i)@example.org", text), minutes: 10 + Double(i)) }
        guard case .opened(let late) = try file(customer("c9@example.org", Self.outage[5]), minutes: 20)
        else { Issue.record("not opened"); return }
        #expect(try store.ticket(reference: late)?.incident?.reference == "INC-2026-0001")
        #expect(try store.ticket(reference: late)?.incident?.members.count == 6)
        #expect(try store.incidents().count == 1)
    }

    @Test func incidentOpenedBeforeMigrationFourKeepsCountingItsMembers() throws {
        let fixture = StoreFixture()
        do {
            let store = try fixture.open()
            for i in 0..<5 {
                _ = try file(store, customer("c\(i)@example.org", Self.outage[i]), at: june2026.addingTimeInterval(Double(i) * 150))
            }
            // Roll the file back to version 3, as an older Plaint left it.
            try store.connection.execute("""
                ALTER TABLE incidents DROP COLUMN member_count; DROP TABLE raw_messages;
                DROP INDEX tickets_batch_unlinked; DROP INDEX tickets_batch_linked; ALTER TABLE tickets DROP COLUMN incident_id;
                CREATE INDEX tickets_by_category_created ON tickets (category, created_at);
                DELETE FROM schema_migrations WHERE version >= 4; PRAGMA user_version = 3
                """)
            try store.close()
        }
        let store = try fixture.open()
        guard case .opened(let sixth) = try file(store, customer("c6@example.org", Self.outage[5]), at: june2026.addingTimeInterval(900))
        else { Issue.record("not opened"); return }
        #expect(try store.ticket(reference: sixth)?.events.last?.detail == "part of INC-2026-0001 with 6 similar tickets; managers notified")
    }

    @Test func fourSimilarAreNotAnIncident() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        for i in 0..<4 { _ = try file(store, customer("c\(i)@example.org", Self.outage[i]), at: june2026.addingTimeInterval(Double(i) * 60)) }
        #expect(try store.incidents().isEmpty)
        #expect(try store.tickets().allSatisfy { !$0.complaint.flags.contains(.batch) })
    }

    @Test func fiveDissimilarAreNotAnIncident() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        let texts = ["My router is blinking red", "Wifi slow in the evenings for weeks", "No 4G signal at my office",
                     "Calls drop when I walk outside", "Broadband speed far below what I pay for"]
        for (i, text) in texts.enumerated() {
            _ = try file(store, customer("c\(i)@example.org", text), at: june2026.addingTimeInterval(Double(i) * 60))
        }
        #expect(try store.incidents().isEmpty)
    }

    @Test func bareFileDetectsNothing() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        for i in 0..<5 { try store.file(customer("c\(i % 2)@example.org", Self.outage[i])) }
        #expect(try store.counts().tickets == 5)
        #expect(try store.incidents().isEmpty)
    }
}
