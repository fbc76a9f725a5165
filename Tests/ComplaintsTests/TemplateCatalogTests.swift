import Testing
import MIME
@testable import Complaints

/// Approvals bound to exact bytes; who may approve.
struct TemplateCatalogTests {
    static let approvers = [
        Approver(email: "manager@company.example", role: "manager"),
        Approver(email: "legal@company.example", role: "legal"),
        Approver(email: "agent@company.example", role: "staff"),
    ]

    static func file(_ name: String, _ text: String) -> TemplateFile { TemplateFile(file: name, bytes: Array(text.utf8)) }

    static let files = [
        file("acknowledgement.en.txt", "Subject: Hi {{ ticket.reference }}\n\nThanks.\n"),
        file("acknowledgement.zh.txt", "Subject: 您好 {{ ticket.reference }}\n\n谢谢。\n"),
        file("resolution.en.txt", "Subject: Done\n\nDone.\n"),
    ]

    @Test func approvalIsBoundToTheExactBytes() throws {
        var catalog = TemplateCatalog(files: Self.files, approvals: [])
        #expect(catalog.unapprovedFiles.count == 3)
        let recorded = try catalog.approve(name: "acknowledgement", as: "Manager@Company.example", approvers: Self.approvers, at: "2026-11-22T15:40:00Z")
        #expect(recorded.map(\.file) == ["acknowledgement.en.txt", "acknowledgement.zh.txt"])
        #expect(recorded[0].sha256 == SHA256.hex(Self.files[0].bytes))
        #expect(recorded[0].role == .manager && recorded[0].approver == "manager@company.example")
        #expect(catalog.unapprovedFiles.map(\.file) == ["resolution.en.txt"])

        // One byte of wording changes: the approval no longer holds, and the file is named.
        var edited = Self.files
        edited[0] = Self.file("acknowledgement.en.txt", "Subject: Hi {{ ticket.reference }}\n\nThanks!\n")
        #expect(edited[0].sha256 != Self.files[0].sha256)
        let after = TemplateCatalog(files: edited, approvals: catalog.approvals)
        #expect(after.state(of: edited[0]) == .changed(recorded[0]))
        #expect(after.state(of: edited[1]).isApproved)
        #expect(after.unapprovedFiles.map(\.file) == ["acknowledgement.en.txt", "resolution.en.txt"])
        #expect(after.unapprovedFiles.last?.state == .neverApproved)
    }

    @Test func approveRefusesNonApprovers() {
        var catalog = TemplateCatalog(files: Self.files, approvals: [])
        let unlisted = #expect(throws: TemplateApprovalError.self) {
            try catalog.approve(name: "resolution", as: "someone@example.org", approvers: Self.approvers, at: "t")
        }
        #expect(unlisted?.message.contains("not in the approvers list") == true)
        let staff = #expect(throws: TemplateApprovalError.self) {
            try catalog.approve(name: "resolution", as: "agent@company.example", approvers: Self.approvers, at: "t")
        }
        #expect(staff?.message.contains("listed as 'staff'") == true)
        #expect(throws: TemplateApprovalError.self) {
            try catalog.approve(name: "nonexistent", as: "legal@company.example", approvers: Self.approvers, at: "t")
        }
        #expect(catalog.approvals.isEmpty)
        #expect(throws: Never.self) { try catalog.approve(name: "resolution", as: "legal@company.example", approvers: Self.approvers, at: "t") }
        #expect(catalog.approvals.first?.role == .legal)
    }

    @Test func brokenTemplateCannotBeApproved() {
        var catalog = TemplateCatalog(files: [Self.file("resolution.en.txt", "Subject: x\n\n{{#if a}}")], approvals: [])
        let error = #expect(throws: TemplateApprovalError.self) {
            try catalog.approve(name: "resolution", as: "manager@company.example", approvers: Self.approvers, at: "t")
        }
        #expect(error?.message.contains("resolution.en.txt:3:10: unclosed {{#if}}") == true)
    }

    @Test func missingFilesAreNamed() {
        let catalog = TemplateCatalog(files: Self.files, approvals: [])
        #expect(catalog.missingFiles.contains("resolution.zh.txt"))
        #expect(!catalog.missingFiles.contains("acknowledgement.en.txt"))
        #expect(catalog.names == ["acknowledgement", "resolution"])
        let orphan = TemplateCatalog(files: Self.files + [Self.file("survey_request.en.html", "<p>x</p>")], approvals: [])
        #expect(orphan.missingFiles.filter { $0 == "survey_request.en.txt" }.count == 1)
    }
}
