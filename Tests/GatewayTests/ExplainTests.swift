import Foundation
import Testing
@testable import Gateway

/// `plaint parse --explain` shows why each field was decided, including the reader's own overrides.
struct ExplainTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/mail/channels/consumer-council-en.eml").path

    @Test func explainsEveryDecision() throws {
        let console = Console.capture()
        let code = PlaintCLI.run(["parse", Self.fixture, "--json", "--explain"],
                                 context: CommandContext(console: console, environment: [:], workingDirectory: "/"))
        #expect(code == .ok)
        let object = try JSONParser.parse(console.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
        let reasons = object["explanation"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(reasons.contains { $0.hasPrefix("kind=") })
        #expect(reasons.contains { $0.hasPrefix("category=") })
        #expect(reasons.contains { $0.hasPrefix("severity=") })
        #expect(reasons.contains { $0.hasPrefix("escalated") })
        #expect((object["confidence"]?.doubleValue ?? -1) > 0)
        // Without --explain the documented keys stay exactly as they are.
        let plain = Console.capture()
        _ = PlaintCLI.run(["parse", Self.fixture, "--json"], context: CommandContext(console: plain, environment: [:], workingDirectory: "/"))
        guard case .object(let pairs) = try JSONParser.parse(plain.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Issue.record("not an object"); return
        }
        #expect(pairs.map(\.0) == ["file", "disposition", "kind", "category", "severity", "priority", "flags", "channel",
                                   "complainant", "language", "subject", "description", "attachments"])
    }
}
