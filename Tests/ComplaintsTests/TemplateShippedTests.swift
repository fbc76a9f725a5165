import Foundation
import Testing
@testable import Complaints

/// Every shipped template parses and renders in both languages with the sample ticket (ordinary,
/// escalated, sparse), compared with `Goldens/`. `RECORD=1 swift test --filter TemplateShipped` re-records them;
/// a mismatch writes `NAME.failed` beside the golden.
struct TemplateShippedTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates")
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func shippedFiles() throws -> [TemplateFile] {
        try FileManager.default.contentsOfDirectory(atPath: templates.path).sorted()
            .filter { MessageTemplate.parseFileName($0) != nil }
            .map { TemplateFile(file: $0, bytes: Array(try Data(contentsOf: templates.appendingPathComponent($0)))) }
    }

    @Test func everyRequiredTemplateExistsInBothLanguages() throws {
        let catalog = TemplateCatalog(files: try Self.shippedFiles(), approvals: [])
        #expect(catalog.missingFiles.isEmpty, "missing: \(catalog.missingFiles)")
        #expect(catalog.names == TemplateCatalog.requiredNames.sorted())
    }

    @Test func everyShippedTemplateRendersLikeItsGolden() throws {
        let record = ProcessInfo.processInfo.environment["RECORD"] == "1"
        let files = try Self.shippedFiles()
        #expect(files.count >= 16)
        var compared = 0
        for file in files {
            let template = try MessageTemplate(file: file.file, source: file.text)
            for variant in TemplateSample.Variant.allCases {
                let rendered = try template.render(TemplateSample.context(language: template.language, variant: variant))
                let text = (rendered.subject.map { "Subject: \($0)\n\n" } ?? "") + rendered.body
                #expect(!text.contains("{{") && !text.contains("}}"), "\(file.file): a tag survived rendering")
                #expect(text.contains("CMP-2026-000123") || template.format == .html && text.contains("CMP-2026-000123"),
                        "\(file.file) does not mention the ticket reference")
                let stem = file.file.hasSuffix(".txt") ? String(file.file.dropLast(4)) : file.file
                let golden = Self.goldens.appendingPathComponent("\(stem).\(variant.rawValue).txt")
                if record {
                    try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
                    try Data(text.utf8).write(to: golden)
                    continue
                }
                let expected = try String(contentsOf: golden, encoding: .utf8)
                if expected != text {
                    try Data(text.utf8).write(to: golden.appendingPathExtension("failed"))
                    Issue.record("\(golden.lastPathComponent) differs; see \(golden.lastPathComponent).failed (RECORD=1 to accept)")
                }
                compared += 1
            }
        }
        #expect(record || compared >= 48)
    }

    /// SPEC §7: for an escalated ticket the result and the question of fault come first.
    @Test func escalatedResolutionStartsWithTheResult() throws {
        for language in ["en", "zh"] {
            let file = try #require(try Self.shippedFiles().first { $0.file == "resolution.\(language).txt" })
            let template = try MessageTemplate(file: file.file, source: file.text)
            let escalated = try template.render(TemplateSample.context(language: language, variant: .escalated)).body
            let ordinary = try template.render(TemplateSample.context(language: language, variant: .ordinary)).body
            let sparse = try template.render(TemplateSample.context(language: language, variant: .sparse)).body
            let result = language == "en" ? "Result:" : "处理结果："
            let cause = language == "en" ? "Cause:" : "原因："
            let fault = language == "en" ? "at fault" : "责任在我公司"
            #expect(try #require(escalated.range(of: result)).lowerBound < #require(escalated.range(of: cause)).lowerBound)
            #expect(try #require(ordinary.range(of: cause)).lowerBound < #require(ordinary.range(of: result)).lowerBound)
            #expect(escalated.contains(fault))
            // Unknown cause is said so; not at fault is said so; no measures section when not widespread.
            #expect(sparse.contains(language == "en" ? "not yet been able to establish the cause" : "尚未查明原因"))
            #expect(sparse.contains(language == "en" ? "was not at fault" : "并非我公司责任"))
            #expect(!sparse.contains(language == "en" ? "Coordinating department" : "牵头协调部门"))
        }
    }
}
