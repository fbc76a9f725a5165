import Foundation
import Testing
import Complaints
@testable import Gateway

/// `plaint classifier rules`, and `plaint classifier eval` with `--cross-validate` and `PLAINT_RULES`.
struct ClassifierCommandsTests {
    typealias Workspace = CorrectionAndClassifierCLITests.Workspace

    @Test func rulesPrintsTheShippedRulesAndChecksAnEditedCopy() throws {
        let w = Workspace()
        let printed = w.run(["classifier", "rules"])
        #expect(printed.code == .ok)
        #expect(try RuleSet(json: printed.out) == RuleSet.default)
        let path = w.dir + "/rules.json"
        try printed.out.replacingOccurrences(of: #""strongEvidence": 10.0"#, with: #""strongEvidence": "ten""#)
            .write(toFile: path, atomically: true, encoding: .utf8)
        let bad = w.run(["classifier", "rules", "rules.json"])
        #expect(bad.code == .usage)
        #expect(bad.err.contains("combine.strongEvidence"), "\(bad.err)")
        try printed.out.write(toFile: path, atomically: true, encoding: .utf8)
        let good = w.run(["classifier", "rules", "rules.json"])
        #expect(good.code == .ok, "\(good.err)")
        #expect(good.out.contains("\(RuleSet.default.rules.count) rules (kind "), "\(good.out)")
    }

    @Test func evalCrossValidatesAndMeasuresTheRulesFileItIsGiven() throws {
        let w = Workspace()
        let examples = Array(Classifier.defaultTrainingExamples.prefix(30))
        _ = FileManager.default.createFile(atPath: w.dir + "/small.jsonl", contents: Data(examples.map(\.jsonLine).joined(separator: "\n").utf8))
        let cv = w.run(["classifier", "eval", "small.jsonl", "--cross-validate", "3"])
        #expect(cv.code == .ok, "\(cv.err)")
        #expect(cv.out.contains("== 3-fold cross-validation on 30 examples"))
        #expect(cv.out.contains("category confusion"))
        #expect(w.run(["classifier", "eval", "small.jsonl", "--cross-validate", "1"]).code == .usage)
        let broken = w.run(["classifier", "eval", "small.jsonl"], env: ["PLAINT_RULES": "missing.json"])
        #expect(broken.code == .usage)
        #expect(broken.err.split(separator: "\n").count == 1, "\(broken.err)")
        let shipped = w.run(["classifier", "eval", "small.jsonl"])
        #expect(shipped.out.contains("channel "), "\(shipped.out)")
    }
}
