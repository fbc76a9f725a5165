import Foundation
import Testing
import Complaints

struct ClassifierRulesTests {
    func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-rules-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func shippedRulesRoundTripThroughAFile() throws {
        let path = try temporaryFile(RuleSet.defaultJSON)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try RuleSet.load(path: path)
        #expect(loaded == RuleSet.default)
        #expect(loaded.rules.count > 10)
    }

    struct BadFile: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var line: Int
        var key: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        BadFile(name: "weight is a string", text: """
        {"format": "plaint-rules", "version": 1,
         "rules": [
           {"field": "category", "value": "billing", "weight": 2, "phrases": ["refund"]},
           {"field": "category", "value": "network",
            "weight": "high", "phrases": ["outage"]}
         ]}
        """, line: 5, key: "rules[1].weight"),
        BadFile(name: "unknown field", text: """
        {"format": "plaint-rules", "version": 1,
         "rules": [
           {"field": "colour", "value": "red", "weight": 1, "phrases": ["red"]}
         ]}
        """, line: 3, key: "rules[0].field"),
        BadFile(name: "bad severity", text: """
        {"format": "plaint-rules", "version": 1,
         "rules": [

           {"field": "severity",
            "value": "5", "weight": 1, "phrases": ["awful"]}
         ]}
        """, line: 5, key: "rules[0].value"),
        BadFile(name: "missing comma", text: """
        {"format": "plaint-rules", "version": 1,
         "rules": [
           {"field": "kind", "value": "inquiry", "weight": 1, "phrases": ["how do i"]}
           {"field": "kind", "value": "inquiry", "weight": 1, "phrases": ["请问"]}
         ]}
        """, line: 4, key: ""),
        BadFile(name: "wrong version", text: """
        {"format": "plaint-rules",
         "version": 2, "rules": []}
        """, line: 2, key: "version"),
    ])
    func loadErrorsNameTheLine(_ bad: BadFile) throws {
        let path = try temporaryFile(bad.text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try RuleSet.load(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == bad.line, "\(error)")
            #expect(error.key == bad.key, "\(error)")
            #expect(error.description.contains("\(path):line \(bad.line)"))
        }
    }

    @Test func editedRulesChangeDecisionsWithoutRecompiling() throws {
        let text = """
        {"format": "plaint-rules", "version": 1,
         "negation": {"cues": {"en": ["not"], "zh": ["不是"]}},
         "rules": [
           {"field": "category", "value": "hardware", "weight": 4, "phrases": ["kettle", "水壶"]},
           {"field": "category", "value": "billing", "weight": 4, "phrases": ["refund*"]}
         ]}
        """
        let path = try temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let classifier = Classifier(rules: try RuleSet.load(path: path), model: nil, triageThreshold: 0.5)
        func category(_ s: String) -> Category {
            classifier.classify(ClassifierInput(subject: "", description: s, channel: .email, language: .en, anonymous: false)).category
        }
        #expect(category("The kettle in your lounge leaks.") == .hardware)
        #expect(category("公司休息室的水壶漏水。") == .hardware)
        #expect(category("I was refunded the wrong amount") == .billing)  // prefix phrase
        #expect(category("It is not a refund I want, the kettle leaks") == .hardware)  // negated
        #expect(category("Nothing matches here") == .other)  // configured default
    }
}
