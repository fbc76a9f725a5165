import Foundation
import Testing
import Complaints
import TicketStore
import MIME
@testable import Gateway

/// `plaint tickets correct`, `plaint classifier train|eval`, and repeat/batch through `plaint ingest`, in-process.
struct CorrectionAndClassifierCLITests {
    /// A temp directory with a mail folder; runs `plaint` in it with PLAINT_DB pointing inside.
    final class Workspace {
        let dir: String
        var db: String { dir + "/plaint.sqlite" }
        var counter = 0

        init() {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-i5-\(UUID().uuidString)").path
            try! FileManager.default.createDirectory(atPath: dir + "/mail", withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: dir) }

        @discardableResult
        func run(_ arguments: [String], env: [String: String] = [:]) -> (code: ExitCode, out: String, err: String) {
            let console = Console.capture()
            let code = PlaintCLI.run(arguments, context: CommandContext(
                console: console, environment: ["PLAINT_DB": db].merging(env) { $1 }, workingDirectory: dir))
            return (code, console.standardOutput, console.standardError)
        }

        /// Writes one message and ingests it; returns the reference it was filed on.
        func ingest(from sender: String, subject: String, body: String, minute: Int = 0) -> String? {
            counter += 1
            let path = dir + "/mail/m\(counter).eml"
            let raw = "From: \(sender)\r\nTo: complaints@company.example\r\nSubject: \(subject)\r\n"
                + "Message-ID: <m\(counter)-\(UUID().uuidString)@example.org>\r\nDate: Sun, 22 Nov 2026 12:\(String(format: "%02d", minute)):00 +0000\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n\(body)\r\n"
            _ = FileManager.default.createFile(atPath: path, contents: Data(raw.utf8))
            let r = run(["ingest", path])
            guard r.code == .ok, let line = r.out.split(separator: "\n").first else { return nil }
            return String(line.split(separator: " ").first ?? "")
        }

        func store() throws -> TicketStore { try TicketStore(path: db, dataDirectory: dir + "/plaint-data") }
    }

    /// Text no shipped rule fires on, so the category is the model's alone.
    static let subject = "Quokka marmalade"
    static let body = "The quokka marmalade gazebo near the kiosk has purple lanterns. Regards, Pat"

    @Test func correctionChangesTheStoredTicketAndAfterTrainingTheNextPrediction() throws {
        let w = Workspace()
        let before = Self.classify(Classifier())
        #expect(!before.explanation.contains { $0.hasPrefix("category=") && $0.contains("rule '") }, "a rule fired: \(before.explanation)")
        let target: Category = before.category == .hardware ? .timeliness : .hardware

        let reference = try #require(w.ingest(from: "Pat <pat@example.org>", subject: Self.subject, body: Self.body))
        #expect(try w.store().ticket(reference: reference)?.record.complaint.category == before.category)

        let corrected = w.run(["tickets", "correct", reference, "--category", target.rawValue, "--severity", "1", "--as", "lee@company.example"])
        #expect(corrected.code == .ok, "\(corrected.err)")
        #expect(corrected.out.contains("category \(before.category.rawValue) -> \(target.rawValue)"))
        let detail = try #require(try w.store().ticket(reference: reference))
        #expect(detail.record.complaint.category == target)
        #expect(detail.events.last?.action == "corrected")
        #expect(try w.store().corrections().map(\.category) == [target])

        let trained = w.run(["classifier", "train"])
        #expect(trained.code == .ok, "\(trained.err)")
        #expect(trained.out.contains("+ 1 correction"))
        let modelPath = w.dir + "/plaint-model.json"
        #expect(FileManager.default.fileExists(atPath: modelPath))

        // The loaded model now predicts the corrected category for the same text…
        let model = try NaiveBayesModel.load(from: modelPath)
        let after = Self.classify(ClassifierLoader.classifier(model: model))
        #expect(after.category == target)
        // …and intake uses it: a new message with that text from someone else is filed under it.
        let next = try #require(w.ingest(from: "Sam <sam@example.org>", subject: Self.subject, body: Self.body, minute: 5))
        #expect(next != reference)
        #expect(try w.store().ticket(reference: next)?.record.complaint.category == target)
    }

    static func classify(_ classifier: Classifier) -> Classification {
        classifier.classify(ClassifierInput(subject: subject, description: body, channel: .email, language: .en, anonymous: false))
    }

    @Test(arguments: [
        (["tickets", "correct", "CMP-2026-999999", "--kind", "inquiry", "--as", "lee@company.example"], "no ticket CMP-2026-999999"),
        (["tickets", "correct", "CMP-2026-000001", "--category", "bilings", "--as", "lee@company.example"], "did you mean 'billing'"),
        (["tickets", "correct", "CMP-2026-000001", "--severity", "4", "--as", "lee@company.example"], "severity must be 1, 2 or 3"),
        (["tickets", "correct", "CMP-2026-000001", "--kind", "rant", "--as", "lee@company.example"], "unknown kind 'rant'"),
        (["tickets", "correct", "CMP-2026-000001", "--kind", "inquiry"], "--as EMAIL"),
        (["tickets", "correct", "CMP-2026-000001", "--as", "lee@company.example"], "nothing to correct"),
    ])
    func badCorrectionsAreOneLineAndExit2(_ arguments: [String], _ expected: String) {
        let w = Workspace()
        _ = w.ingest(from: "Pat <pat@example.org>", subject: "Bill", body: "You charged me twice.")
        let r = w.run(arguments)
        #expect(r.code == .usage)
        #expect(r.err.split(separator: "\n").count == 1)
        #expect(r.err.contains(expected), "\(r.err)")
    }

    @Test func evalPrintsBeforeAndAfter() throws {
        let w = Workspace()
        let examples = Array(Classifier.defaultTrainingExamples.prefix(12))
        let file = w.dir + "/eval.jsonl"
        _ = FileManager.default.createFile(atPath: file, contents: Data(examples.map(\.jsonLine).joined(separator: "\n").utf8))

        let shippedOnly = w.run(["classifier", "eval", "eval.jsonl"])
        #expect(shippedOnly.code == .ok, "\(shippedOnly.err)")
        #expect(shippedOnly.out.contains("== shipped model (12 examples"))
        #expect(shippedOnly.out.contains("category confusion"))
        #expect(!shippedOnly.out.contains("before / after"))

        #expect(w.run(["classifier", "train", "--examples", "eval.jsonl", "--out", "small.json"]).code == .ok)
        let both = w.run(["classifier", "eval", "eval.jsonl", "--model", "small.json"])
        #expect(both.code == .ok, "\(both.err)")
        #expect(both.out.contains("== trained model"))
        #expect(both.out.contains("before / after"))
        #expect(both.out.contains("escalated   P 1.000 -> 1.000"))

        let broken = w.dir + "/broken.json"
        _ = FileManager.default.createFile(atPath: broken, contents: Data("{}".utf8))
        let bad = w.run(["classifier", "eval", "eval.jsonl", "--model", "broken.json"])
        #expect(bad.code == .configuration)
        #expect(bad.err.split(separator: "\n").count == 1)
        #expect(w.run(["classifier", "eval"]).code == .usage)
    }

    @Test func aBrokenModelFileBesideTheDbWarnsAndIntakeStillFiles() throws {
        let w = Workspace()
        _ = FileManager.default.createFile(atPath: w.dir + "/plaint-model.json", contents: Data("not json".utf8))
        let path = w.dir + "/mail/x.eml"
        _ = FileManager.default.createFile(atPath: path, contents: Data("From: a@example.org\r\nSubject: refund\r\n\r\nrefund please\r\n".utf8))
        let r = w.run(["ingest", path])
        #expect(r.code == .ok)
        #expect(r.err.contains("using the shipped model"))
        #expect(try w.store().counts().tickets == 1)
    }

    @Test func aMissingModelNamedByPlaintModelWarnsOnce() throws {
        let w = Workspace()
        let path = w.dir + "/mail/x.eml"
        _ = FileManager.default.createFile(atPath: path, contents: Data("From: a@example.org\r\nSubject: refund\r\n\r\nrefund please\r\n".utf8))
        let r = w.run(["ingest", path], env: ["PLAINT_MODEL": w.dir + "/nope.json"])
        #expect(r.code == .ok)
        #expect(r.err.split(separator: "\n").count == 1)
        #expect(r.err.contains("nope.json"))
    }

    @Test func showDisplaysTheLinkOfADissatisfiedRepeat() throws {
        let w = Workspace()
        let old = try #require(w.ingest(from: "Ada <ada@example.org>", subject: "Broadband down", body: "My broadband has been down since Monday."))
        do {
            let store = try w.store()
            for status in [TicketStatus.assigned, .awaitingReview, .resolved] {
                try store.setStatus(reference: old, to: status, actor: "lee@company.example")
            }
        }
        let new = try #require(w.ingest(from: "Ada <ada@example.org>", subject: "Broadband down again",
                                        body: "You said it was fixed but I am not satisfied: the broadband is down again.", minute: 30))
        #expect(new != old)
        let shown = w.run(["tickets", "show", new])
        #expect(shown.out.contains("repeat of \(old): dissatisfied with the resolved ticket"), "\(shown.out)")
        #expect(shown.out.contains("[repeat]") || shown.out.contains("repeat]"))
        #expect(w.run(["tickets", "show", old]).out.contains("repeated by \(new)"))
    }

    @Test func ingestDetectsRepeatsAndShowDisplaysIncidents() throws {
        let w = Workspace()
        let outage = ["Internet down in Park Road since 9am", "internet is down since 9am on Park Road",
                      "Park Road internet down since 9am, please fix", "Our internet is down on Park Road since 9am",
                      "internet down Park Road since 9am!!"]
        var references: [String] = []
        for (i, text) in outage.enumerated() {
            references.append(try #require(w.ingest(from: "c\(i)@example.org", subject: "Internet down", body: text, minute: i * 2)))
        }
        #expect(Set(references).count == 5)
        let shown = w.run(["tickets", "show", references[0]])
        #expect(shown.code == .ok)
        #expect(shown.out.contains("incident: INC-2026-0001"), "\(shown.out)")
        #expect(shown.out.contains("batch_incident  part of INC-2026-0001 with 5 similar tickets; managers notified"))

        // The first customer writes again: a follow-up with a reminder, not a sixth ticket.
        let again = w.ingest(from: "c0@example.org", subject: "Internet still down", body: "Still nothing on Park Road.", minute: 20)
        #expect(again == references[0])
        #expect(try w.store().counts().tickets == 5)
        #expect(w.run(["tickets", "show", references[0]]).out.contains("repeat_reminder"))
    }
}
