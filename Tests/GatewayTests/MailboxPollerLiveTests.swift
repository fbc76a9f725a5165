import Foundation
import Testing
import TicketStore
import MailTransport
@testable import Gateway

/// The poller against the real Dovecot that `scripts/mailserver.sh start` runs on 127.0.0.1
/// (scripts/test.sh exports its env file). Each test uses its own mailbox and database.
struct MailboxPollerLiveTests {
    static let imapURL = ProcessInfo.processInfo.environment["PLAINT_TEST_IMAP_URL"]
    static let live = imapURL != nil
    static let password = "secret"

    struct Fixture {
        var mailbox: String
        var user: String
        var store: TicketStore
        var client: IMAPClient

        /// A poller on its own connection, as `plaint poll` makes one.
        func poller(_ settings: PollSettings? = nil) throws -> MailboxPoller {
            let s = settings ?? PollSettings(mailbox: mailbox, batchSize: 50)
            return MailboxPoller(client: try IMAPClient(settings: Fixture.settings(mailbox, user: user)),
                                 filer: Filer(store: store, intake: Intake(maxMessageBytes: s.maxMessageBytes)), settings: s)
        }

        static func settings(_ mailbox: String, user: String, password: String = MailboxPollerLiveTests.password) -> IMAPSettings {
            IMAPSettings(url: MailboxPollerLiveTests.imapURL! + "/" + mailbox, username: user, credential: .password(password),
                         allowPlaintext: true, connectTimeoutSeconds: 10, stallTimeoutSeconds: 30)
        }

        static func make(user: String = "complaints") throws -> Fixture {
            let mailbox = "G" + String(UInt64.random(in: 0..<UInt64.max), radix: 36)
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-poll-\(mailbox)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let admin = try IMAPClient(settings: settings("INBOX", user: user))
            try admin.createMailbox(mailbox)
            let store = try TicketStore(path: directory + "/p.sqlite", dataDirectory: directory + "/data")
            return Fixture(mailbox: mailbox, user: user, store: store, client: try IMAPClient(settings: settings(mailbox, user: user)))
        }

        /// A new connection, as a mail client opening the mailbox now would see it (a connection left
        /// idle while thousands of flags change piles up unsolicited updates past libcurl's 300 KB cap).
        func freshClient() throws -> IMAPClient { try IMAPClient(settings: Fixture.settings(mailbox, user: user)) }

        /// Delivers messages over a new connection, as an MTA would.
        func append(_ count: Int, from start: Int = 0, messageID: Bool = true) throws {
            let delivery = try freshClient()
            for i in start..<(start + count) { try delivery.append(Fixture.complaint(i, messageID: messageID)) }
        }

        static func complaint(_ i: Int, messageID: Bool = true) -> [UInt8] {
            var head = "From: Customer \(i) <customer\(i)@example.com>\r\nTo: complaints@company.example\r\n"
                + "Subject: My bill for November is wrong (\(i))\r\nDate: Sun, 22 Nov 2026 12:00:00 +0000\r\n"
            if messageID { head += "Message-ID: <poll-\(i)@example.com>\r\n" }
            return Array((head + "Content-Type: text/plain; charset=utf-8\r\n\r\nI was charged twice this month, invoice \(i). Please refund the extra charge.\r\n").utf8)
        }
    }

    @Test(.enabled(if: live))
    func filesEveryMessageOnceAndPicksUpNewMail() throws {
        let f = try Fixture.make()
        try f.append(995)
        try f.append(5, from: 5000, messageID: false)
        let poller = try f.poller()
        let first = try poller.pollOnce()
        #expect(first.tally.opened == 1000)
        #expect(try f.store.counts().messages == 1000)
        #expect(try poller.pollOnce().tally.total == 0)
        // Mail that arrives between polls is found by the next poll.
        try f.append(3, from: 6000)
        let third = try poller.pollOnce()
        #expect(third.tally.opened == 3)
        #expect(try f.store.counts().tickets == 1003)
        // Every message is marked on the server, and only after it was committed.
        let infos = try f.freshClient().listMessages(from: 1)
        #expect(infos.count == 1003)
        #expect(infos.allSatisfy { $0.hasFlag("$PlaintFiled") })
        #expect(try f.store.unmarkedLocations(mailbox: f.mailbox).isEmpty)
    }

    /// The poll lists the backlog once; mail delivered while it works through that list is still
    /// filed by the same poll (it lists again when the list is done), and marked with the rest.
    @Test(.enabled(if: live))
    func mailArrivingDuringAPollIsFiledByThatPoll() throws {
        let f = try Fixture.make()
        try f.append(120)
        var delivered = false
        let report = try f.poller(PollSettings(mailbox: f.mailbox, batchSize: 50)).pollOnce(shouldStop: {
            if !delivered { delivered = true; try? f.append(2, from: 7000) }
            return false
        })
        #expect(delivered)
        #expect(report.tally.opened == 122)
        #expect(try f.store.counts().tickets == 122)
        let infos = try f.freshClient().listMessages(from: 1)
        #expect(infos.count == 122)
        #expect(infos.allSatisfy { $0.hasFlag("$PlaintFiled") })
        #expect(try f.store.unmarkedLocations(mailbox: f.mailbox).isEmpty)
    }

    /// A stop requested while the prefetching connection is ahead: the batches already taken are filed
    /// and marked, the rest is left for the next poll, and nothing is filed twice.
    @Test(.enabled(if: live))
    func stoppingMidBacklogFilesWhatWasTakenAndTheNextPollTheRest() throws {
        let f = try Fixture.make()
        try f.append(300)
        let poller = try f.poller(PollSettings(mailbox: f.mailbox, batchSize: 20))
        var asked = 0
        let first = try poller.pollOnce(shouldStop: {
            asked += 1
            return asked > 3
        })
        #expect(first.interrupted)
        #expect(first.tally.opened > 0 && first.tally.opened < 300, "\(first.tally.opened)")
        #expect(try f.store.unmarkedLocations(mailbox: f.mailbox).isEmpty)
        let marked = try f.freshClient().listMessages(from: 1).filter { $0.hasFlag("$PlaintFiled") }.count
        #expect(marked == first.tally.opened)
        let second = try poller.pollOnce()
        #expect(first.tally.opened + second.tally.opened == 300)
        #expect(try f.store.counts().tickets == 300)
        #expect(try f.freshClient().listMessages(from: 1).allSatisfy { $0.hasFlag("$PlaintFiled") })
    }

    /// The prefetching connection sets `\Seen` on the whole backlog while the poller's own connection
    /// waits, and Dovecot reports each of those changes to the waiting session at its next command;
    /// libcurl fails a command whose untagged lines pass 300 KB. That took ~10,000 messages with plain
    /// flags (the poll failed after filing everything and its retry said "marked N filed earlier");
    /// here 2,000 unread messages that carry eight labels each make ~430 KB. The poll reports what it
    /// filed, and everything is marked.
    @Test(.enabled(if: live))
    func aPrefetchedBacklogIsReportedAndMarkedByItsOwnPoll() throws {
        let f = try Fixture.make()
        try f.append(2_000)
        let uids = try f.freshClient().searchUIDs(from: 1)
        let labeller = try f.freshClient()
        try labeller.removeFlag("\\Seen", uids: uids)  // as delivered by an MTA: unread
        for label in 1...8 { try labeller.addFlag("$CustomerLabel\(label)_abcdef", uids: uids) }
        let report = try f.poller(PollSettings(mailbox: f.mailbox, batchSize: 100)).pollOnce()
        #expect(report.tally.opened == 2_000)
        #expect(report.repaired == 0)
        #expect(try f.store.unmarkedLocations(mailbox: f.mailbox).isEmpty)
        #expect(try f.freshClient().listMessages(from: 1).allSatisfy { $0.hasFlag("$PlaintFiled") })
    }

    /// A poll that filed its messages but could not mark them fails; retried with the same report (as
    /// `plaint poll --once` retries), it marks them without counting them as "filed earlier".
    @Test(.enabled(if: live))
    func aRetriedPollReportsWhatItFiledOnce() throws {
        let f = try Fixture.make()
        try f.append(5)
        let folder = f.mailbox + "Done"
        let poller = try f.poller(PollSettings(mailbox: f.mailbox, processed: .move, processedFolder: folder, batchSize: 50))
        var report = PollReport()
        #expect(throws: PollError.self) { try poller.pollOnce(into: &report) }  // no such folder yet
        #expect(report.tally.opened == 5)
        try f.client.createMailbox(folder)
        try poller.pollOnce(into: &report)
        #expect(report.tally.opened == 5)
        #expect(report.repaired == 0)
        #expect(report.summary == "polled 5 new: 5 tickets, 0 already filed")
        #expect(try f.freshClient().listMessages(from: 1).isEmpty)
    }

    @Test(.enabled(if: live))
    func seenMessagesAreStillFiled() throws {
        let f = try Fixture.make()
        try f.append(2)
        for info in try f.client.listMessages(from: 1) { try f.client.addFlag("\\Seen", uid: info.uid) }
        #expect(try f.poller().pollOnce().tally.opened == 2)
    }

    @Test(.enabled(if: live))
    func crashBetweenCommitAndMarkIsRepaired() throws {
        let f = try Fixture.make()
        try f.append(1)
        // File it the way a poll would, then "crash" before marking it on the server.
        let status = try f.client.status()
        let uid = try f.client.listMessages(from: 1)[0].uid
        let raw = try f.client.fetch(uid: uid)
        _ = try Filer(store: f.store).file(raw, origin: "imap:\(f.mailbox)", receivedAt: Date(),
                                           location: MailboxLocation(mailbox: f.mailbox, uidValidity: status.uidValidity, uid: uid))
        #expect(try f.client.listMessages(from: 1)[0].hasFlag("$PlaintFiled") == false)
        let report = try f.poller().pollOnce()
        #expect(report.repaired == 1)
        #expect(report.tally.total == 0)
        #expect(try f.client.listMessages(from: 1)[0].hasFlag("$PlaintFiled"))
        #expect(try f.store.counts().tickets == 1)
    }

    @Test(.enabled(if: live))
    func newUIDValidityRefilesNothing() throws {
        let f = try Fixture.make()
        try f.append(4)
        #expect(try f.poller().pollOnce().tally.opened == 4)
        // Recreating the mailbox gives it a new UIDVALIDITY; the same messages come back under new UIDs.
        let admin = try IMAPClient(settings: Fixture.settings("INBOX", user: f.user))
        try admin.deleteMailbox(f.mailbox)
        try admin.createMailbox(f.mailbox)
        let fresh = try IMAPClient(settings: Fixture.settings(f.mailbox, user: f.user))
        for i in 0..<4 { try fresh.append(Fixture.complaint(i)) }
        let report = try f.poller().pollOnce()
        #expect(report.tally.opened == 0)
        #expect(report.tally.duplicates == 4)
        #expect(try f.store.counts().tickets == 4)
    }

    @Test(.enabled(if: live))
    func moveActionAndOversizeQuarantine() throws {
        let f = try Fixture.make()
        let processed = f.mailbox + "P"
        let quarantine = f.mailbox + "Q"
        try f.client.createMailbox(processed)
        try f.client.createMailbox(quarantine)
        try f.append(2)
        var big = Fixture.complaint(99)
        big += Array(repeating: UInt8(ascii: "x"), count: 8_000) + [13, 10]
        try f.client.append(big)
        let settings = PollSettings(mailbox: f.mailbox, processed: .move, processedFolder: processed,
                                    quarantineFolder: quarantine, maxMessageBytes: 4_000)
        let report = try f.poller(settings).pollOnce()
        #expect(report.tally.opened == 2)
        #expect(report.tally.recorded[.quarantine] == 1)
        #expect(try f.client.listMessages(from: 1).isEmpty)
        #expect(try IMAPClient(settings: Fixture.settings(processed, user: f.user)).listMessages(from: 1).count == 2)
        #expect(try IMAPClient(settings: Fixture.settings(quarantine, user: f.user)).listMessages(from: 1).count == 1)
        let reason = try f.store.quarantined().first?.reason ?? ""
        #expect(reason.contains("exceeds the 4000-byte limit"))
        // Quarantined once: the next poll does not fetch it again.
        #expect(try f.poller(settings).pollOnce().tally.total == 0)
    }

    @Test(.enabled(if: live))
    func serverDroppingTheConnectionLosesNothing() throws {
        // A dedicated user, so kicking its sessions cannot disturb the other tests.
        let f = try Fixture.make(user: "customer2")
        try f.append(30)
        let poller = try f.poller(PollSettings(mailbox: f.mailbox, batchSize: 10))
        var seen = 0
        var dropped = false
        var report = PollReport()  // one for every attempt, as `plaint poll --once` keeps it
        do {
            // Asked at least once per batch: the second time, the first batch has been taken and the
            // prefetching connection is at work on the rest.
            try poller.pollOnce(into: &report, shouldStop: {
                seen += 1
                if seen == 2, !dropped {
                    dropped = true
                    MailboxPollerLiveTests.kick("customer2")
                }
                return false
            })
        } catch {
            #expect(error.isTransient, "\(error)")
        }
        #expect(dropped)
        // Polling again (as `plaint poll --once` and `plaint run` do, with backoff) reconnects and
        // finishes the job: nothing lost, nothing twice.
        var finished = false
        for _ in 0..<3 where !finished {
            finished = (try? poller.pollOnce(into: &report)) != nil
        }
        #expect(finished)
        // The report counts the whole job, not only the attempt that finished it.
        #expect(report.tally.opened == 30)
        #expect(report.repaired == 0)
        #expect(try f.store.counts().tickets == 30)
        #expect(try f.store.counts().messages == 30)
        #expect(try f.freshClient().listMessages(from: 1).allSatisfy { $0.hasFlag("$PlaintFiled") })
    }

    @Test(.enabled(if: live))
    func wrongPasswordIsOneClearErrorAndExit5() throws {
        let console = Console.capture()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-pw-\(UUID().uuidString)").path
        let env = ["PLAINT_IMAP_URL": Self.imapURL! + "/INBOX", "PLAINT_IMAP_USER": "complaints",
                   "PLAINT_IMAP_PASSWORD": "wrong", "PLAINT_IMAP_ALLOW_PLAINTEXT": "true", "PLAINT_DB": dir + "/p.sqlite"]
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let code = PlaintCLI.run(["poll", "--once"], context: CommandContext(console: console, environment: env, workingDirectory: dir))
        #expect(code == .mailbox)
        let lines = console.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(console.standardError.contains("refused the login"))
        #expect(!console.standardError.contains("wrong"))
    }

    static func kick(_ user: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let dir = ProcessInfo.processInfo.environment["PLAINT_TEST_MAIL_DIR"] ?? "/nonexistent"
        p.arguments = ["doveadm", "-c", dir + "/dovecot.conf", "kick", user]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
    }
}
