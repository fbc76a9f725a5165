import Foundation
import Testing
import MIME
@testable import Complaints

/// Runs the reader over `Fixtures/mail` and checks the extraction fields of `Fixtures/labels.json`
/// (disposition, channel, complainant, language, subject, description, attachments). The
/// classifier's fields (kind, category, severity, priority) are checked by its own tests.
struct ExtractionFixtureTests {
    static let fixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func labels() -> [(String, [String: Any])] {
        guard let data = try? Data(contentsOf: fixtures.appendingPathComponent("labels.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        return object.keys.sorted().compactMap { key in (object[key] as? [String: Any]).map { (key, $0) } }
    }

    /// One line per wrong field of one fixture.
    static func mismatches(_ file: String, _ expected: [String: Any]) -> [String] {
        guard let bytes = FileManager.default.contents(atPath: fixtures.appendingPathComponent("mail/" + file).path) else {
            return ["\(file): missing"]
        }
        let c = ComplaintReader().read(Message.parse(Array(bytes)))
        var out: [String] = []
        func check(_ field: String, _ got: String?, _ want: Any?) {
            guard let want else { return }
            let w = want as? String
            if want is NSNull { if got != nil { out.append("\(file): \(field) = \(got!) (want null)") } }
            else if got != w { out.append("\(file): \(field) = \(got ?? "nil") (want \(w ?? "?"))") }
        }
        check("disposition", c.disposition.rawValue, expected["disposition"])
        check("channel", c.channel.rawValue, expected["channel"])
        check("language", c.language.rawValue, expected["language"])
        check("subject", c.subject, expected["subject"])
        if let who = expected["complainant"] as? [String: Any] {
            check("complainant.name", c.complainant.name, who["name"])
            check("complainant.email", c.complainant.email, who["email"])
            check("complainant.phone", c.complainant.phone, who["phone"])
            check("complainant.account", c.complainant.account, who["account"])
        }
        for s in expected["description_contains"] as? [String] ?? [] where !c.description.contains(s) {
            out.append("\(file): description lacks \"\(s)\" — got \"\(c.description.prefix(300))\"")
        }
        for s in expected["description_excludes"] as? [String] ?? [] where c.description.contains(s) {
            out.append("\(file): description keeps \"\(s)\"")
        }
        if let flags = expected["flags"] as? [String] {
            // The reader sets `escalated` for transfers and `anonymous`; other escalations are the classifier's.
            let mine = [Channel.regulator, .consumerAssociation, .media].contains(c.channel) ? ["escalated", "anonymous"] : ["anonymous"]
            for f in mine where flags.contains(f) != c.flags.contains(Flag(rawValue: f)!) && c.disposition == .ticket {
                out.append("\(file): flag \(f) = \(c.flags.contains(Flag(rawValue: f)!))")
            }
        }
        if let atts = expected["attachments"] as? [[String: Any]] {
            let names = atts.compactMap { $0["filename"] as? String }
            if names != c.attachments.map(\.filename) { out.append("\(file): attachments \(c.attachments.map(\.filename)) (want \(names))") }
        }
        return out
    }

    @Test func fixturesAreReadAsLabelled() {
        let all = Self.labels()
        #expect(all.count > 50, "Fixtures/labels.json not found or nearly empty")
        let wrong = all.flatMap { Self.mismatches($0.0, $0.1) }
        #expect(wrong.isEmpty, Comment(rawValue: "\(wrong.count) mismatches:\n" + wrong.joined(separator: "\n")))
    }
}
