import Foundation
import Testing
import Complaints
@testable import Gateway

/// Golden tests over the labelled sample mail in Fixtures/mail (labels in Fixtures/labels.json).
///
/// Decoding, extraction and disposition labels must match exactly, in the file's own line ends and
/// with every line end converted (LF ↔ CRLF). Classification labels (kind, category, severity,
/// priority, flags) are scored: the corpus must reach the accuracy floor below. On a mismatch the
/// actual JSON is written beside the file as `.failed`.
struct FixtureCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let exactKeys = ["disposition", "channel", "language", "subject", "complainant"]
    static let scoredKeys = ["kind", "category", "severity", "priority", "flags"]
    static let classificationFloor = 0.85

    struct Labelled: Sendable, CustomTestStringConvertible {
        var path: String
        var labels: JSONValue
        var testDescription: String { path }
    }

    static func corpus() throws -> [Labelled] {
        let data = try Data(contentsOf: root.appendingPathComponent("labels.json"))
        guard case .object(let entries) = try JSONParser.parse(String(decoding: data, as: UTF8.self)) else { return [] }
        return entries.map { Labelled(path: $0.0, labels: $0.1) }
    }

    static func actual(_ bytes: [UInt8], path: String) -> JSONValue {
        let complaint = Intake().read(bytes).complaint
        return ComplaintJSON.object(file: path, complaint: complaint)
    }

    /// Every problem with one file, empty when it matches its labels.
    static func mismatches(_ item: Labelled, actual: JSONValue, keys: [String]) -> [String] {
        var problems: [String] = []
        for key in keys {
            guard let expected = item.labels[key] else { continue }
            let got = actual[key] ?? .null
            if key == "complainant", case .object(let fields) = expected {
                for (field, value) in fields where got[field] != value {
                    problems.append("complainant.\(field): expected \(value.serialized), got \((got[field] ?? .null).serialized)")
                }
            } else if got != expected {
                problems.append("\(key): expected \(expected.serialized), got \(got.serialized)")
            }
        }
        let description = actual["description"]?.stringValue ?? ""
        for phrase in item.labels["description_contains"]?.arrayValue ?? [] {
            if let p = phrase.stringValue, !description.contains(p) { problems.append("description lacks \"\(p)\"") }
        }
        for phrase in item.labels["description_excludes"]?.arrayValue ?? [] {
            if let p = phrase.stringValue, description.contains(p) { problems.append("description keeps \"\(p)\"") }
        }
        if let expected = item.labels["attachments"], keys.contains("disposition") {
            if sortedKeys(actual["attachments"] ?? .null) != sortedKeys(expected) {
                problems.append("attachments: expected \(expected.serialized), got \((actual["attachments"] ?? .null).serialized)")
            }
        }
        if item.labels["attachment_filename_safe"]?.boolValue == true {
            for a in actual["attachments"]?.arrayValue ?? [] {
                let name = a["filename"]?.stringValue ?? ""
                if name.isEmpty || name.contains("/") || name.contains("\\") || name.hasPrefix(".")
                    || name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                    problems.append("unsafe attachment filename \(a["filename"]?.serialized ?? "null")")
                }
            }
        }
        return problems
    }

    @Test func corpusIsThere() throws {
        #expect(try Self.corpus().count >= 50)
    }

    @Test(arguments: try FixtureCorpusTests.corpus())
    func decodesAndExtracts(_ item: Labelled) throws {
        let url = Self.root.appendingPathComponent("mail").appendingPathComponent(item.path)
        let bytes = [UInt8](try Data(contentsOf: url))
        let actual = Self.actual(bytes, path: item.path)
        let problems = Self.mismatches(item, actual: actual, keys: Self.exactKeys)
        let failed = url.appendingPathExtension("failed")
        if problems.isEmpty {
            try? FileManager.default.removeItem(at: failed)
        } else {
            try? Data((actual.serialized + "\n").utf8).write(to: failed)
        }
        #expect(problems.isEmpty, Comment(rawValue: "\(item.path):\n  " + problems.joined(separator: "\n  ")))
    }

    @Test(arguments: try FixtureCorpusTests.corpus().filter { !$0.path.hasPrefix("hostile/") })
    func lineEndsDoNotMatter(_ item: Labelled) throws {
        let url = Self.root.appendingPathComponent("mail").appendingPathComponent(item.path)
        let bytes = [UInt8](try Data(contentsOf: url))
        let isCRLF = bytes.firstIndex(of: 0x0A).map { $0 > 0 && bytes[$0 - 1] == 0x0D } ?? false
        let converted = isCRLF ? LineEnds.toLF(bytes) : LineEnds.toCRLF(bytes)
        let original = Self.actual(bytes, path: item.path)
        let other = Self.actual(converted, path: item.path)
        for key in ["disposition", "subject", "description", "channel", "complainant", "language"] {
            #expect(original[key] == other[key], Comment(rawValue: "\(item.path) \(key) differs when line ends are converted"))
        }
    }

    @Test func classificationAccuracy() throws {
        var right = 0, total = 0
        var misses: [String] = []
        for item in try Self.corpus() where item.labels["disposition"]?.stringValue == "ticket" {
            let url = Self.root.appendingPathComponent("mail").appendingPathComponent(item.path)
            let actual = Self.actual([UInt8](try Data(contentsOf: url)), path: item.path)
            for key in Self.scoredKeys {
                guard let expected = item.labels[key] else { continue }
                total += 1
                if actual[key] == expected { right += 1 } else {
                    misses.append("\(item.path) \(key): expected \(expected.serialized), got \((actual[key] ?? .null).serialized)")
                }
            }
        }
        let accuracy = total == 0 ? 0 : Double(right) / Double(total)
        #expect(total > 100)
        #expect(accuracy >= Self.classificationFloor,
                Comment(rawValue: "classification \(right)/\(total) = \(accuracy); misses:\n" + misses.joined(separator: "\n")))
    }
}

/// The same value with every object's keys in sorted order, so comparisons ignore key order.
func sortedKeys(_ value: JSONValue) -> JSONValue {
    switch value {
    case .array(let items): .array(items.map(sortedKeys))
    case .object(let pairs): .object(pairs.sorted { $0.0 < $1.0 }.map { ($0.0, sortedKeys($0.1)) })
    default: value
    }
}

enum LineEnds {
    static func toLF(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (i, b) in bytes.enumerated() where !(b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) { out.append(b) }
        return out
    }

    static func toCRLF(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 40)
        for (i, b) in bytes.enumerated() {
            if b == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) { out.append(0x0D) }
            out.append(b)
        }
        return out
    }
}
