import Foundation
import Testing
@testable import Gateway

/// `plaint status` and `plaint reconcile` against the real Dovecot: a stalled fetcher is never silent.
struct HealthCommandsLiveTests {
    @Test(.enabled(if: MailboxPollerLiveTests.live))
    func statusAndReconcileTellTheTruth() throws {
        let f = try MailboxPollerLiveTests.Fixture.make()
        try f.append(3)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-health-\(f.mailbox)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let env = ["PLAINT_IMAP_URL": MailboxPollerLiveTests.imapURL! + "/" + f.mailbox, "PLAINT_IMAP_USER": f.user,
                   "PLAINT_IMAP_PASSWORD": MailboxPollerLiveTests.password, "PLAINT_IMAP_ALLOW_PLAINTEXT": "yes",
                   "PLAINT_DB": dir + "/p.sqlite"]
        func plaint(_ args: String...) -> (ExitCode, Console) {
            let console = Console.capture()
            return (PlaintCLI.run(args, context: CommandContext(console: console, environment: env, workingDirectory: dir)), console)
        }

        // Before any poll there is no database yet: status says so and fails.
        #expect(plaint("status").0 == .database)
        // Unfiled mail shows up in reconcile.
        #expect(plaint("poll", "--once").0 == .ok)
        try f.append(2, from: 100)
        let (gapCode, gaps) = plaint("reconcile")
        #expect(gapCode == .partial)
        #expect(gaps.standardOutput.contains("2 gaps"))
        #expect(gaps.standardOutput.contains("not filed (Message-ID poll-100@example.com)"))
        let (statusCode, status) = plaint("status")
        #expect(statusCode == .ok)
        #expect(status.standardOutput.contains("server backlog: 2 messages not yet filed"))
        #expect(status.standardOutput.contains("tickets: 3"))
        // After the next poll everything is filed and marked.
        #expect(plaint("poll", "--once").0 == .ok)
        let (cleanCode, clean) = plaint("reconcile")
        #expect(cleanCode == .ok)
        #expect(clean.standardOutput.contains("no gaps"))
        // Monitoring: a last success older than status_stale_seconds makes status exit 6.
        var stale = env
        stale["PLAINT_STATUS_STALE_SECONDS"] = "10"
        let console = Console.capture()
        Thread.sleep(forTimeInterval: 11)
        #expect(PlaintCLI.run(["status", "--offline"], context: CommandContext(console: console, environment: stale, workingDirectory: dir)) == .unhealthy)
        #expect(console.standardError.contains("unhealthy: no successful poll in the last 10 s"))
    }
}
