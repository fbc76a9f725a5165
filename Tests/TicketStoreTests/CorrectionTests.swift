import Foundation
import Testing
import Complaints
import MIME
@testable import TicketStore

struct CorrectionTests {
    @Test func correctionUpdatesTheTicketRecordsAnEventAndATrainingExample() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        var complaint = sampleComplaint()
        complaint.flags = [.needsTriage, .escalated]
        guard case .opened(let reference) = try store.file(complaint) else { Issue.record("not opened"); return }

        let at = june2026.addingTimeInterval(60)
        let changes = try store.correct(reference: reference.lowercased(), kind: .complaint, category: .billing, severity: 3,
                                        actor: "lee@company.example", at: at)
        #expect(changes.map(\.summary) == ["category network -> billing", "severity 2 -> 3"])

        let detail = try #require(try store.ticket(reference: reference))
        #expect(detail.record.complaint.category == .billing)
        #expect(detail.record.complaint.severity == 3)
        #expect(detail.record.complaint.priority == .high)
        #expect(detail.record.complaint.flags == [.escalated])
        #expect(detail.events.last?.action == "corrected")
        #expect(detail.events.last?.actor == "lee@company.example")
        #expect(detail.events.last?.detail == "category network -> billing; severity 2 -> 3")

        #expect(try store.correctionLog().map(\.summary) == ["category network -> billing", "severity 2 -> 3"])
        let examples = try store.corrections()
        #expect(examples == [LabeledExample(
            id: "correction-\(reference)", language: .en, channel: .email, subject: complaint.subject ?? "",
            body: complaint.description, kind: .complaint, category: .billing, severity: 3, flags: [.escalated],
            source: "correction")])
    }

    @Test func noChangeWritesNothingAndUnknownTicketThrows() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        guard case .opened(let reference) = try store.file(sampleComplaint()) else { Issue.record("not opened"); return }
        #expect(try store.correct(reference: reference, category: .network, actor: "lee@company.example").isEmpty)
        #expect(try store.ticket(reference: reference)?.events.map(\.action) == ["opened"])
        #expect(try store.corrections().isEmpty)
        #expect(throws: StoreError.self) { try store.correct(reference: "CMP-2026-999999", kind: .inquiry, actor: "x@y.z") }
    }

    @Test func laterCorrectionsOfOneTicketGiveOneExampleWithTheFinalLabels() throws {
        let fixture = StoreFixture()
        let store = try fixture.open()
        guard case .opened(let reference) = try store.file(sampleComplaint()) else { Issue.record("not opened"); return }
        try store.correct(reference: reference, category: .billing, actor: "a@company.example")
        try store.correct(reference: reference, category: .hardware, actor: "b@company.example")
        #expect(try store.correctionLog().count == 2)
        #expect(try store.corrections().map(\.category) == [.hardware])
    }

    @Test func migrationTwoUpgradesAVersionOneDatabase() throws {
        let fixture = StoreFixture()
        do {
            let store = try fixture.open()
            try store.file(sampleComplaint())
            // Roll the file back to version 1, as an older Plaint left it.
            try store.connection.execute("""
                DROP TABLE raw_messages; DROP TABLE outbox_reviews; DROP TABLE outbox;
                DROP TABLE corrections; DROP TABLE ticket_links; DROP TABLE incident_tickets; DROP TABLE incidents;
                DROP INDEX tickets_by_complainant_email_nocase; DROP INDEX tickets_by_complainant_phone;
                DROP INDEX tickets_by_complainant_account_nocase;
                DROP INDEX tickets_batch_unlinked; DROP INDEX tickets_batch_linked; ALTER TABLE tickets DROP COLUMN incident_id;
                DELETE FROM schema_migrations WHERE version >= 2; PRAGMA user_version = 1
                """)
            try store.close()
        }
        let store = try fixture.open()
        #expect(try store.schemaVersion == Schema.latestVersion)
        try store.correct(reference: "CMP-2026-000001", kind: .inquiry, actor: "lee@company.example")
        #expect(try store.corrections().count == 1)
    }
}
