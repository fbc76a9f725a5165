import Foundation
import Testing
import Complaints

struct ClassifierModelTests {
    static let fixturesPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/train/examples.jsonl").path

    @Test func embeddedExamplesMatchFixtures() throws {
        let fromFile = try LabeledExample.loadJSONL(path: Self.fixturesPath)
        #expect(fromFile == Classifier.defaultTrainingExamples, "regenerate DefaultTrainingExamples.swift from Fixtures/train/examples.jsonl")
    }

    @Test func trainingExamplesCoverEveryLabel() throws {
        let examples = try LabeledExample.loadJSONL(path: Self.fixturesPath)
        #expect(examples.count >= 300)
        #expect(Set(examples.map(\.category)) == Set(Category.defaults))
        #expect(Set(examples.map(\.kind)) == Set(Kind.allCases))
        #expect(Set(examples.map(\.severity)) == [1, 2, 3])
        #expect(Set(examples.flatMap(\.flags)) == [.escalated, .major, .withdrawal])
        let english = examples.filter { $0.language == .en }.count
        #expect(english > examples.count / 3 && english < examples.count * 2 / 3)
        #expect(Set(examples.map(\.id)).count == examples.count)
    }

    @Test func saveAndLoadGiveIdenticalPredictions() throws {
        let examples = Classifier.defaultTrainingExamples
        let model = NaiveBayesModel.train(examples)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-model-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"format\":\"plaint-nb\""))
        #expect(text.contains("\"version\":\(NaiveBayesModel.version)"))
        let loaded = try NaiveBayesModel.load(from: path)
        #expect(loaded.exampleCount == examples.count)
        let probes = examples.map { ($0.subject, $0.body, $0.channel) } + [("", "完全不相关的文字 zzz", nil)]
        for (subject, body, channel) in probes {
            #expect(model.predict(subject: subject, body: body, channel: channel) == loaded.predict(subject: subject, body: body, channel: channel))
        }
        let a = Classifier(rules: .default, model: model, triageThreshold: 0.5)
        let b = Classifier(rules: .default, model: loaded, triageThreshold: 0.5)
        for e in examples.prefix(50) { #expect(a.classify(e.input) == b.classify(e.input)) }
    }

    @Test func modelFilesOfAnotherVersionAreRejected() throws {
        let data = try NaiveBayesModel.train(Array(Classifier.defaultTrainingExamples.prefix(20))).jsonData()
        let newer = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"version\":\(NaiveBayesModel.version)", with: "\"version\":99")
        #expect(throws: ModelFileError.self) { try NaiveBayesModel.load(data: Data(newer.utf8)) }
        #expect(throws: ModelFileError.self) { try NaiveBayesModel.load(data: Data("{}".utf8)) }
    }

    @Test func aCorrectionChangesTheNextPredictionAfterRetraining() {
        let examples = Classifier.defaultTrainingExamples
        // No category rule fires on this text, so only the model (and so the training data) decides.
        let message = "The jingle on your hotline is deafening and loops the same three seconds forever."
        let input = ClassifierInput(subject: "jingle", description: message, channel: .email, language: .en, anonymous: false)
        let before = Classifier(rules: .default, model: NaiveBayesModel.train(examples), triageThreshold: 0.5).classify(input)
        #expect(!before.explanation.contains { $0.hasPrefix("category=") && $0.contains("rule '") })
        let target: Category = before.category == .productPolicy ? .serviceAttitude : .productPolicy
        let correction = LabeledExample(id: "correction-1", language: .en, channel: .email, subject: "jingle", body: message,
                                        kind: .complaint, category: target, severity: 1, source: "correction")
        let after = Classifier(rules: .default, model: NaiveBayesModel.train(examples + [correction]), triageThreshold: 0.5).classify(input)
        #expect(after.category == target, "\(after.explanation)")
        #expect(after.category != before.category)
    }

    @Test func jsonlErrorsNameTheLine() {
        let good = LabeledExample(id: "a", language: .en, subject: "s", body: "b", kind: .inquiry, category: .other, severity: 1)
        let text = [good.jsonLine, "", #"{"id": "b", "language": "en", "body": "x", "kind": "rant", "category": "other", "severity": 1}"#].joined(separator: "\n")
        do {
            _ = try LabeledExample.parseJSONL(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("kind"))
        }
        do {
            _ = try LabeledExample.parseJSONL(good.jsonLine + "\n{\"id\": \"c\"")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
        }
        #expect((try? LabeledExample.parseJSONL(good.jsonLine + "\n# comment\n")) == [good])
    }

    @Test func evaluatorCountsAgreementFlagsAndConfusion() {
        let classifier = Classifier()
        let examples = [
            LabeledExample(id: "1", language: .en, subject: "", body: "You charged me twice this month, refund it.", kind: .complaint,
                           category: .billing, severity: 2),
            // Deliberately mislabelled: the classifier must disagree on category and on the flag.
            LabeledExample(id: "2", language: .en, subject: "", body: "You charged me twice this month, refund it.", kind: .complaint,
                           category: .network, severity: 2, flags: [.escalated]),
        ]
        let report = Evaluator.evaluate(classifier, examples)
        #expect(report.total == 2)
        #expect(report.categoryAccuracy == 0.5)
        #expect(report.confusion["network"]?["billing"] == 1)
        #expect(report.confusion["billing"]?["billing"] == 1)
        #expect(report.score(.escalated)?.falseNegatives == 1)
        #expect(report.score(.escalated)?.recall == 0)
        #expect(report.mistakes.contains { $0.id == "2" && $0.field == "category" })
        #expect(report.text.contains("category    "))
        #expect(report.text.contains("escalated"))
    }

    /// A loaded model keeps only its prediction table (a third of the memory): it predicts exactly as
    /// trained, and refuses, with the reason, to be written out again as if it were complete.
    @Test func aLoadedModelPredictsButIsNotSavedAgain() throws {
        let model = NaiveBayesModel.train(Array(Classifier.defaultTrainingExamples.prefix(60)))
        let loaded = try NaiveBayesModel.load(data: try model.jsonData())
        #expect(loaded.isPredictionOnly && !model.isPredictionOnly)
        #expect(loaded.predict(subject: "App", body: "the app crashes on login") == model.predict(subject: "App", body: "the app crashes on login"))
        #expect(loaded.exampleCount == 60)
        do {
            _ = try loaded.jsonData()
            Issue.record("a loaded model was serialised without its counts")
        } catch let error as ModelFileError {
            #expect(error.message.contains("cannot be saved"), "\(error)")
        }
    }

    @Test func naiveBayesOnlyModelsRoundTripAndOlderFilesAskForRetraining() throws {
        let model = NaiveBayesModel.train(Array(Classifier.defaultTrainingExamples.prefix(40)), alpha: 0.3, temperature: 1,
                                          temperaturePower: 0.5, linearShare: 0)
        let loaded = try NaiveBayesModel.load(data: try model.jsonData())
        #expect(loaded.predict(subject: "refund", body: "charged twice") == model.predict(subject: "refund", body: "charged twice"))
        // A version 2 file (older features) is refused with a request to retrain, not misread.
        let old = #"{"format":"plaint-nb","version":2,"buckets":262144,"alpha":0.3,"temperature":1,"temperaturePower":0.5,"vocabulary":[],"fields":[]}"#
        do {
            _ = try NaiveBayesModel.load(data: Data(old.utf8))
            Issue.record("a version 2 file loaded")
        } catch {
            #expect(error.message.contains("retrain"), "\(error)")
        }
        let full = String(decoding: try NaiveBayesModel.train(Array(Classifier.defaultTrainingExamples.prefix(40))).jsonData(), as: UTF8.self)
        let truncated = full.replacingOccurrences(of: "\"counts\":\"", with: "\"counts\":\"AAAA")
        #expect(throws: ModelFileError.self) { try NaiveBayesModel.load(data: Data(truncated.utf8)) }
    }
}
