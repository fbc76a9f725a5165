import Foundation
import Testing
@testable import Complaints

/// The pre-trained model shipped as a resource (Sources/Complaints/Resources/plaint-model.json).
struct ShippedModelTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theShippedModelIsCurrentWithTheTrainingExamples() throws {
        let examples = try LabeledExample.loadJSONL(path: Self.repository.appendingPathComponent("Fixtures/train/examples.jsonl").path)
        let file = Self.repository.appendingPathComponent("Sources/Complaints/Resources/plaint-model.json").path
        let model = try NaiveBayesModel.load(from: file)
        #expect(model.trainingDigest == NaiveBayesModel.trainingDigest(of: examples),
                "Sources/Complaints/Resources/plaint-model.json is stale: run Fixtures/train/regenerate.sh --model")
        #expect(model.exampleCount == examples.count)
    }

    /// The digest checked at start is embedded (parsing every example at start cost 0.2 s): it must be
    /// the one the embedded examples give.
    @Test func theEmbeddedDigestIsThatOfTheEmbeddedExamples() {
        #expect(ShippedModel.expectedDigest == NaiveBayesModel.trainingDigest(of: Classifier.defaultTrainingExamples),
                "Sources/Complaints/Classification/DefaultTrainingDigest.swift is stale: run Fixtures/train/regenerate.sh --model")
    }

    @Test func classifierUsesTheShippedFileInsteadOfTrainingAtStart() {
        let (model, source) = ShippedModel.loaded
        #expect(!source.hasPrefix("trained"), "\(source)")
        #expect(source.hasSuffix(ShippedModel.fileName))
        #expect(model.trainingDigest == ShippedModel.expectedDigest)
        #expect(Classifier().model?.trainingDigest == model.trainingDigest)
    }

    @Test func aStaleModelIsRecognisedByItsDigest() {
        var examples = Array(Classifier.defaultTrainingExamples.prefix(30))
        let digest = NaiveBayesModel.trainingDigest(of: examples)
        #expect(NaiveBayesModel.train(examples).trainingDigest == digest)
        examples[3].category = examples[3].category == .billing ? .network : .billing
        #expect(NaiveBayesModel.trainingDigest(of: examples) != digest)
        #expect(NaiveBayesModel.trainingDigest(of: Array(examples.prefix(29))) != digest)
    }

    @Test func theShippedModelPredictsLikeAFreshlyTrainedOne() throws {
        let shipped = ShippedModel.loaded.model
        let fresh = NaiveBayesModel.train(Classifier.defaultTrainingExamples)
        for e in Classifier.defaultTrainingExamples.prefix(40) {
            #expect(shipped.predict(subject: e.subject, body: e.body, channel: e.channel)
                    == fresh.predict(subject: e.subject, body: e.body, channel: e.channel))
        }
    }
}
