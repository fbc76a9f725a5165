import Foundation
import Testing
import TicketStore
@testable import Gateway

/// `plaint run` as a real process against the real Dovecot: killed with SIGKILL mid-batch, then
/// restarted, every message is filed exactly once and marked; SIGTERM finishes and exits 0.
struct RunProcessLiveTests {
    /// The `plaint` executable SwiftPM built beside the test bundle.
    static let binary: String? = {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, dir.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("plaint").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()
    static let enabled = MailboxPollerLiveTests.live && binary != nil

    func environment(_ f: MailboxPollerLiveTests.Fixture, db: String) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["PLAINT_IMAP_URL"] = MailboxPollerLiveTests.imapURL! + "/" + f.mailbox
        env["PLAINT_IMAP_USER"] = f.user
        env["PLAINT_IMAP_PASSWORD"] = MailboxPollerLiveTests.password
        env["PLAINT_IMAP_ALLOW_PLAINTEXT"] = "1"
        env["PLAINT_IMAP_BATCH_SIZE"] = "20"
        env["PLAINT_POLL_SECONDS"] = "1"
        env["PLAINT_DB"] = db
        return env
    }

    /// A child process started with posix_spawn (Foundation's `Process.waitUntilExit` can hang inside
    /// Swift Testing's cooperative threads), its output appended to `log`.
    struct Child {
        var pid: pid_t

        /// Waits for the child; returns the exit status, or 128 + signal number. A child still running
        /// after `timeout` is killed (the test then fails on its status instead of hanging CI).
        func wait(timeout: Double = 90) -> Int32 {
            var status: Int32 = 0
            let deadline = Date().addingTimeInterval(timeout)
            while waitpid(pid, &status, WNOHANG) == 0 {
                if Date() > deadline { kill(pid, SIGKILL) }
                Thread.sleep(forTimeInterval: 0.02)
            }
            let signal = status & 0x7F
            return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        }
    }

    func launch(_ arguments: [String], env: [String: String], log: String) throws -> Child {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([Self.binary!] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // Like a shell: default signal mask, whatever the calling test thread blocks.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, Self.binary!, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
        return Child(pid: pid)
    }

    func ticketCount(_ db: String) -> Int {
        guard let store = try? TicketStore(path: db, dataDirectory: (db as NSString).deletingLastPathComponent + "/plaint-data") else { return 0 }
        return (try? store.counts().tickets) ?? 0
    }

    @Test(.enabled(if: enabled))
    func killedMidBatchThenRestartedFilesEverythingOnce() throws {
        let f = try MailboxPollerLiveTests.Fixture.make()
        try f.append(300)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-kill-\(f.mailbox)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/p.sqlite"
        let run = try launch(["run"], env: environment(f, db: db), log: dir + "/run.log")
        // Wait until it is part-way through, then kill it without warning.
        let deadline = Date().addingTimeInterval(60)
        while ticketCount(db) < 40, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        kill(run.pid, SIGKILL)
        #expect(run.wait() == 128 + SIGKILL)
        let before = ticketCount(db)
        #expect(before >= 40 && before < 300, "killed after \(before) tickets")

        let again = try launch(["poll", "--once"], env: environment(f, db: db), log: dir + "/poll.log")
        #expect(again.wait() == 0, Comment(rawValue: (try? String(contentsOfFile: dir + "/poll.log", encoding: .utf8)) ?? ""))
        let store = try TicketStore(path: db, dataDirectory: dir + "/plaint-data")
        #expect(try store.counts().tickets == 300)
        #expect(try store.counts().messages == 300)
        #expect(try store.unmarkedLocations(mailbox: f.mailbox).isEmpty)
        let infos = try f.freshClient().listMessages(from: 1)
        #expect(infos.count == 300)
        #expect(infos.allSatisfy { $0.hasFlag("$PlaintFiled") })
    }

    @Test(.enabled(if: enabled))
    func sigtermFinishesAndExitsZero() throws {
        let f = try MailboxPollerLiveTests.Fixture.make()
        try f.append(3)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-term-\(f.mailbox)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/p.sqlite"
        let run = try launch(["run"], env: environment(f, db: db), log: dir + "/run.log")
        let deadline = Date().addingTimeInterval(30)
        while ticketCount(db) < 3, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        kill(run.pid, SIGTERM)
        let status = run.wait()
        let log = (try? String(contentsOfFile: dir + "/run.log", encoding: .utf8)) ?? ""
        #expect(status == 0, Comment(rawValue: log))
        #expect(log.contains("polled 3 new: 3 tickets"))
        #expect(log.contains("stopped"))
    }
}
