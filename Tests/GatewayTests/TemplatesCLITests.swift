import Foundation
import Testing
import Complaints
import MIME
@testable import Gateway

/// `plaint templates check | list | approve`, in-process, on a copy of the shipped templates.
struct TemplatesCLITests {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")

    /// A temp working directory holding `Templates/`, a copy of the shipped set.
    final class Workspace {
        let dir: String
        var templates: String { dir + "/Templates" }

        init() throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-tpl-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: TemplatesCLITests.shipped.path, toPath: templates)
        }

        deinit { try? FileManager.default.removeItem(atPath: dir) }

        func run(_ arguments: [String], env: [String: String] = [:]) -> (code: ExitCode, out: String, err: String) {
            let console = Console.capture()
            let code = PlaintCLI.run(arguments, context: CommandContext(console: console, environment: env, workingDirectory: dir))
            return (code, console.standardOutput, console.standardError)
        }

        func write(_ file: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: templates + "/" + file))
        }
    }

    @Test func shippedSetPassesCheck() throws {
        let w = try Workspace()
        let r = w.run(["templates", "check"])
        #expect(r.code == .ok, "\(r.out)\(r.err)")
        #expect(r.out.contains("all parse, render and are approved"))
    }

    @Test func shippedApprovalsMatchTheShippedBytes() throws {
        let catalog = try TemplateCatalogLoader.load(directory: Self.shipped.path)
        #expect(catalog.files.count >= 16)
        #expect(catalog.unapprovedFiles.isEmpty, "\(catalog.unapprovedFiles.map(\.file))")
        for approval in catalog.approvals {
            #expect(approval.role == .manager || approval.role == .legal)
        }
    }

    @Test func badTemplateFailsWithFileLineColumn() throws {
        let w = try Workspace()
        try w.write("acknowledgement.en.txt", "Subject: Hi\n\nDear {{ customer.name }},\n{{#if ticket.escalated}}\nx\n")
        let r = w.run(["templates", "check"])
        #expect(r.code == .configuration)
        #expect(r.out.contains("Templates/acknowledgement.en.txt:6:1: unclosed {{#if}} opened at 4:1"), "\(r.out)")
        #expect(r.err.contains("1 bad or missing"))
    }

    @Test func rawOutputInHTMLAndMissingLanguageFailCheck() throws {
        let w = try Workspace()
        try w.write("acknowledgement.en.html", "<p>\n  {{{ customer.name }}}</p>\n")
        try FileManager.default.removeItem(atPath: w.templates + "/inquiry_answer.zh.txt")
        let r = w.run(["templates", "check"])
        #expect(r.code == .configuration)
        #expect(r.out.contains("Templates/acknowledgement.en.html:2:3: {{{ customer.name }}} (unescaped output) is not allowed in an HTML template"), "\(r.out)")
        #expect(r.out.contains("Templates/inquiry_answer.zh.txt: missing"), "\(r.out)")
        #expect(r.out.contains("acknowledgement.en.html: unapproved: wording changed"))
    }

    @Test func unknownNameFailsCheck() throws {
        let w = try Workspace()
        try w.write("staff_reminder.zh.txt", "Subject: x\n\n{{ ticket.nonexistent }}\n")
        let r = w.run(["templates", "check", "Templates"])
        #expect(r.code == .configuration)
        #expect(r.out.contains("staff_reminder.zh.txt:3:1: no value for 'ticket.nonexistent'"), "\(r.out)")
    }

    @Test func editVoidsApprovalAndApproveRestoresIt() throws {
        let w = try Workspace()
        let path = w.templates + "/survey_request.en.txt"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "Thank you for your time.", with: "Thank you for your time!")
        try w.write("survey_request.en.txt", text)

        let check = w.run(["templates", "check"])
        #expect(check.code == .configuration)
        #expect(check.out.contains("survey_request.en.txt: unapproved: wording changed since manager@company.example (manager)"), "\(check.out)")
        #expect(check.err.contains("1 unapproved"))
        let list = w.run(["templates", "list"])
        #expect(list.code == .ok)
        #expect(list.out.contains("unapproved: en.txt changed"), "\(list.out)")

        let refused = w.run(["templates", "approve", "survey_request", "--as", "intern@company.example"])
        #expect(refused.code == .configuration)
        #expect(refused.err.contains("not in the approvers list"))

        let approved = w.run(["templates", "approve", "survey_request", "--as", "legal@company.example"],
                             env: ["PLAINT_NOW": "2026-11-22T16:00:00Z"])
        #expect(approved.code == .ok, "\(approved.err)")
        #expect(approved.out.contains("approved survey_request.en.txt sha256 \(SHA256.hex(Array(text.utf8)).prefix(12))"))
        #expect(approved.out.contains("by legal@company.example (legal) at 2026-11-22T16:00:00Z"))
        #expect(w.run(["templates", "check"]).code == .ok)
        let catalog = try TemplateCatalogLoader.load(directory: w.templates)
        #expect(catalog.approvals.filter { $0.file.hasPrefix("survey_request.") }.allSatisfy { $0.approver == "legal@company.example" })
    }

    @Test func approversFromEnvironmentAndRoles() throws {
        let w = try Workspace()
        let staff = w.run(["templates", "approve", "resolution", "--as", "agent@company.example"],
                          env: ["PLAINT_APPROVERS": "agent@company.example:staff,boss@company.example:manager"])
        #expect(staff.code == .configuration)
        #expect(staff.err.contains("listed as 'staff'"))
        let boss = w.run(["templates", "approve", "resolution", "--as", "boss@company.example"],
                         env: ["PLAINT_APPROVERS": "agent@company.example:staff,boss@company.example:manager"])
        #expect(boss.code == .ok, "\(boss.err)")
        #expect(boss.out.split(separator: "\n").count == 4)
        let missing = w.run(["templates", "approve", "resolution"])
        #expect(missing.code == .usage)
    }

    @Test func listShowsLanguagesStateAndApprover() throws {
        let w = try Workspace()
        let r = w.run(["templates", "list"], env: ["PLAINT_TEMPLATES": w.templates])
        #expect(r.code == .ok)
        let line = try #require(r.out.split(separator: "\n").first { $0.hasPrefix("acknowledgement ") })
        #expect(line.contains("en,en+html,zh,zh+html") && line.contains("approved") && line.contains("manager@company.example (manager)"))
        #expect(w.run(["templates", "list", "/nonexistent-dir"]).code == .configuration)
    }

    @Test func approvalsFileRoundTrips() throws {
        let a = [TemplateApproval(file: "a.en.txt", sha256: String(repeating: "0", count: 64), approver: "m@x.example", role: .legal, approvedAt: "2026-11-22T00:00:00Z")]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-appr-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try TemplateCatalogLoader.writeApprovals(a, directory: dir)
        #expect(try TemplateCatalogLoader.readApprovals(path: dir + "/approvals.json") == a)
        #expect(try TemplateCatalogLoader.parseApprovers("a@x.example:manager, b@x.example:legal")
                == [Approver(email: "a@x.example", role: "manager"), Approver(email: "b@x.example", role: "legal")])
        #expect(throws: TemplateLoadError.self) { try TemplateCatalogLoader.parseApprovers("nobody") }
    }
}
