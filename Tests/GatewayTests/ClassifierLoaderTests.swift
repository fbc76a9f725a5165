import Foundation
import Testing
import Complaints
@testable import Gateway

/// Which model, rules and triage threshold intake uses (ClassifierLoader), through `plaint ingest`.
struct ClassifierLoaderTests {
    typealias Workspace = CorrectionAndClassifierCLITests.Workspace

    @Test func theShippedModelIsUsedWhenNoModelFileIsBesideTheDb() {
        let (classifier, warning) = ClassifierLoader.classifier(db: "/nonexistent-dir/plaint.sqlite", environment: [:])
        #expect(warning == nil, "\(warning ?? "")")
        #expect(classifier.model?.trainingDigest == ShippedModel.expectedDigest)
        #expect(classifier.triageThreshold == ClassifierLoader.defaultTriageThreshold)
    }

    @Test func theTriageThresholdComesFromTheEnvironment() throws {
        let w = Workspace()
        let relaxedReference = try #require(w.ingest(from: "Pat <pat@example.org>", subject: "Bill", body: "You charged me twice this month, refund it."))
        let strict = Workspace()
        let path = strict.dir + "/mail/strict.eml"
        let raw = "From: Pat <pat@example.org>\r\nSubject: Bill\r\nMessage-ID: <strict@example.org>\r\n\r\nYou charged me twice this month, refund it.\r\n"
        _ = FileManager.default.createFile(atPath: path, contents: Data(raw.utf8))
        let r = strict.run(["ingest", path], env: ["PLAINT_TRIAGE_THRESHOLD": "1"])
        #expect(r.code == .ok, "\(r.err)")
        let flagged = try strict.store().ticket(reference: String(r.out.split(separator: " ").first ?? ""))
        #expect(flagged?.record.complaint.flags.contains(.needsTriage) == true)
        let relaxed = try w.store().ticket(reference: relaxedReference)
        #expect(relaxed?.record.complaint.flags.contains(.needsTriage) == false)
    }

    @Test(arguments: [
        (["PLAINT_TRIAGE_THRESHOLD": "high"], "PLAINT_TRIAGE_THRESHOLD 'high'"),
        (["PLAINT_RULES": "/nonexistent/rules.json"], "using the shipped rules"),
    ])
    func unusableSettingsWarnOnceAndIntakeStillFiles(_ env: [String: String], _ expected: String) throws {
        let w = Workspace()
        let path = w.dir + "/mail/x.eml"
        _ = FileManager.default.createFile(atPath: path, contents: Data("From: a@example.org\r\nSubject: refund\r\n\r\nrefund please\r\n".utf8))
        let r = w.run(["ingest", path], env: env)
        #expect(r.code == .ok)
        #expect(r.err.split(separator: "\n").count == 1, "\(r.err)")
        #expect(r.err.contains(expected), "\(r.err)")
        #expect(try w.store().counts().tickets == 1)
    }

    @Test func anEditedRulesFileChangesIntakeWithoutRecompiling() throws {
        let w = Workspace()
        // A deployment adds its own product name as a hardware phrase.
        let edited = RuleSet.defaultJSON.replacingOccurrences(of: #""phrases": ["router*", "modem*","#,
                                                              with: #""phrases": ["zorblax", "router*", "modem*","#)
        #expect(edited != RuleSet.defaultJSON)
        let rulesPath = w.dir + "/rules.json"
        try edited.write(toFile: rulesPath, atomically: true, encoding: .utf8)
        let (classifier, warning) = ClassifierLoader.classifier(db: w.db, environment: ["PLAINT_RULES": rulesPath])
        #expect(warning == nil)
        let input = ClassifierInput(subject: "zorblax", description: "The zorblax stopped working.", channel: .email, language: .en, anonymous: false)
        #expect(classifier.classify(input).explanation.contains { $0.hasPrefix("category=hardware") && $0.contains("rule 'zorblax'") })
        #expect(!Classifier().classify(input).explanation.contains { $0.contains("rule 'zorblax'") })
    }
}
