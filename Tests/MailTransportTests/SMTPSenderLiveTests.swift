import Foundation
import MIME
import Testing
@testable import MailTransport

/// The throwaway Postfix of `scripts/smtpserver.sh` (delivering into the Dovecot of `scripts/mailserver.sh`).
enum LiveSMTP {
    static var url: String? { LiveDovecot.env("PLAINT_TEST_SMTP_URL") }
    static var isAvailable: Bool { url != nil && LiveDovecot.isAvailable }

    static func sender() throws -> SMTPSender {
        try SMTPSender(settings: SMTPSettings(url: url ?? "smtp://127.0.0.1:14025", allowPlaintext: true,
                                              connectTimeoutSeconds: 5, stallTimeoutSeconds: 20))
    }

    /// Postfix answers 250 before it delivers: polls `user`'s INBOX (UIDs ≥ `from`) for up to
    /// `timeout` seconds until every wanted Message-ID has arrived; returns their bytes by id.
    static func waitForMessages(_ ids: Set<String>, user: String = "customer", from: UInt32,
                                timeout: Double = 10) throws -> [String: [UInt8]] {
        let client = try IMAPClient(settings: LiveDovecot.settings(user: user))
        var found: [String: [UInt8]] = [:]
        var seen = Set<UInt32>()
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let fresh = try client.searchUIDs(from: from).filter { !seen.contains($0) }
            for (uid, id) in try client.messageIDs(uids: fresh) {
                seen.insert(uid)
                // messageIDs gives the raw field value, with angle brackets.
                if let id = id?.trimmingCharacters(in: CharacterSet(charactersIn: "<>")), ids.contains(id) {
                    found[id] = try client.fetch(uid: uid)
                }
            }
            if found.count == ids.count || Date() > deadline { return found }
            Thread.sleep(forTimeInterval: 0.2)
        }
    }

    static func nextUID(user: String = "customer") throws -> UInt32 {
        try IMAPClient(settings: LiveDovecot.settings(user: user)).status().uidNext
    }

    static func reply(subject: String, text: String, name: String, tag: String) -> OutgoingMessage {
        OutgoingMessage(from: Address(name: "Complaints Desk", email: "complaints@company.example"),
                        to: [Address(name: name, email: "customer@example.com")],
                        subject: subject, text: text,
                        inReplyTo: "orig-\(tag)@mail.example.com", references: ["orig-\(tag)@mail.example.com"],
                        headers: [("Auto-Submitted", "auto-replied")],
                        messageID: "smtp-test-\(tag)-\(UInt64.random(in: 0..<UInt64.max))@company.example")
    }
}

private func isCRLFOnly(_ b: [UInt8]) -> Bool {
    for i in b.indices where b[i] == 0x0A { if i == 0 || b[i - 1] != 0x0D { return false } }
    for i in b.indices where b[i] == 0x0D { if i + 1 >= b.count || b[i + 1] != 0x0A { return false } }
    return true
}

/// Integration tests through the real Postfix into the real Dovecot (no mocks).
/// Run: `set -a; . <(scripts/mailserver.sh env); . <(scripts/smtpserver.sh env); set +a`,
/// then `swift test --filter SMTP`.
@Suite(.enabled(if: LiveSMTP.isAvailable, "set PLAINT_TEST_SMTP_URL (scripts/smtpserver.sh start)"))
struct SMTPSenderLiveTests {
    @Test func englishAndChineseRepliesArriveThreadedAndEncoded() throws {
        let start = try LiveSMTP.nextUID()
        let messages = [
            LiveSMTP.reply(subject: "Re: My heater is broken [CMP-2026-000123]",
                           text: "Dear Ann,\n\nWe received your complaint.\n.\nFrom the complaints desk\n",
                           name: "Ann \"A.\" Lee", tag: "en"),
            LiveSMTP.reply(subject: "Re: 暖气坏了 [CMP-2026-000124]",
                           text: "王先生您好：\n\n我们已收到您的投诉，将在两个工作日内答复。\n", name: "王小明", tag: "zh"),
        ]
        let sender = try LiveSMTP.sender()
        for m in messages {
            let receipt = try sender.send(m.bytes, from: "complaints@company.example", to: ["customer@example.com"])
            #expect(receipt.code == 250)
            #expect(receipt.queueID?.isEmpty == false, "\(receipt.reply)")
        }
        let got = try LiveSMTP.waitForMessages(Set(messages.map(\.messageID)), from: start)
        #expect(got.count == 2, "delivered: \(got.keys.sorted())")
        for m in messages {
            guard let bytes = got[m.messageID] else { continue }
            #expect(isCRLFOnly(bytes))
            // Postfix and Dovecot only prepend trace fields: what we sent arrives byte for byte.
            #expect(bytes.count >= m.bytes.count && Array(bytes.suffix(m.bytes.count)) == m.bytes)
            let parsed = Message.parse(bytes)
            #expect(parsed.subject == m.subject)
            #expect(parsed.text == m.text.trimmingCharacters(in: .newlines))
            #expect(parsed.inReplyTo == [m.inReplyTo!])
            #expect(parsed.references == [m.inReplyTo!])
            #expect(parsed.to.first?.name == m.to[0].name)
            #expect(parsed.header.first("Auto-Submitted") == "auto-replied")
        }
    }

    @Test func manyMessagesOverOneConnection() throws {
        let start = try LiveSMTP.nextUID()
        let run = UInt64.random(in: 0..<UInt64.max)
        let messages = (0..<20).map {
            LiveSMTP.reply(subject: "Batch \($0)", text: "Message \($0) of run \(run)", name: "Batch", tag: "batch\($0)")
        }
        var queueIDs = Set<String>()
        do {
            let sender = try LiveSMTP.sender()
            for m in messages {
                let r = try sender.send(m.bytes, from: "complaints@company.example", to: ["customer@example.com"])
                if let q = r.queueID { queueIDs.insert(q) }
            }
            #expect(sender.sentCount == 20)
        }  // the sender (and its connection) ends here: Postfix logs the session's counts
        #expect(queueIDs.count == 20)
        // One SMTP session carried all 20 (Postfix: "disconnect from … mail=20 rcpt=20 data=20").
        if let dir = LiveDovecot.env("PLAINT_TEST_SMTP_DIR") {
            var sawSession = false
            for _ in 0..<50 where !sawSession {
                let log = (try? String(contentsOfFile: dir + "/maillog", encoding: .utf8)) ?? ""
                sawSession = log.contains(" mail=20 rcpt=20 data=20 ")
                if !sawSession { Thread.sleep(forTimeInterval: 0.1) }
            }
            #expect(sawSession, "no single SMTP session with 20 messages in \(dir)/maillog")
        }
        let got = try LiveSMTP.waitForMessages(Set(messages.map(\.messageID)), from: start, timeout: 15)
        #expect(got.count == 20)
    }

    @Test func rejectedRecipientIsPermanentAndTheSenderRecovers() throws {
        let sender = try LiveSMTP.sender()
        let m = LiveSMTP.reply(subject: "nowhere", text: "x", name: "X", tag: "reject")
        do {
            _ = try sender.send(m.bytes, from: "complaints@company.example", to: ["someone@elsewhere.invalid"])
            Issue.record("relaying to an unlisted domain was accepted")
        } catch {
            guard case .permanent(let code, let message) = error else { Issue.record("expected permanent, got \(error)"); return }
            #expect((500...599).contains(code))
            #expect(message.contains("Relay access denied"))
            #expect(!error.isTransient)
        }
        // The next message on the same sender reconnects and goes through, here with the null
        // sender `MAIL FROM:<>` that RFC 3834 §3.3 recommends for automatic replies.
        let ok = try sender.send(m.bytes, from: "", to: ["customer@example.com"])
        #expect(ok.code == 250)
        #expect(ok.queueID != nil)
    }

    @Test func serverNotListeningIsTransient() throws {
        let sender = try SMTPSender(settings: SMTPSettings(url: "smtp://127.0.0.1:1", allowPlaintext: true,
                                                           connectTimeoutSeconds: 3))
        let m = LiveSMTP.reply(subject: "s", text: "t", name: "n", tag: "down")
        do {
            _ = try sender.send(m.bytes, from: "complaints@company.example", to: ["customer@example.com"])
            Issue.record("sent to a closed port")
        } catch {
            #expect(error.isTransient, "\(error)")
            #expect(error.replyCode == nil)
        }
    }

    @Test func starttlsIsRequiredUnlessPlaintextIsAllowed() throws {
        // The test Postfix offers no STARTTLS: without allowPlaintext the sender must refuse to talk.
        let sender = try SMTPSender(settings: SMTPSettings(url: LiveSMTP.url!, connectTimeoutSeconds: 5))
        let m = LiveSMTP.reply(subject: "s", text: "t", name: "n", tag: "tls")
        do {
            _ = try sender.send(m.bytes, from: "complaints@company.example", to: ["customer@example.com"])
            Issue.record("sent in plaintext although TLS is required")
        } catch {
            guard case .tlsFailed = error else { Issue.record("expected tlsFailed, got \(error)"); return }
        }
    }
}

/// Throughput over one reused connection vs a new connection per message (for BENCHMARKS.md).
/// Opt-in: `PLAINT_SMTP_BENCH=1 swift test --filter SMTPThroughput` (prints msgs/s).
@Suite(.enabled(if: LiveSMTP.isAvailable && LiveDovecot.env("PLAINT_SMTP_BENCH") != nil, "set PLAINT_SMTP_BENCH=1"))
struct SMTPThroughputBench {
    @Test func reusedVersusNewConnection() throws {
        let n = Int(LiveDovecot.env("PLAINT_SMTP_BENCH_COUNT") ?? "") ?? 200
        let body = String(repeating: "We received your complaint and will answer soon.\n", count: 60)
        let messages = (0..<n).map { LiveSMTP.reply(subject: "Bench \($0)", text: body, name: "Bench", tag: "bench\($0)").bytes }
        let reused = try LiveSMTP.sender()
        var t = Date()
        for m in messages { _ = try reused.send(m, from: "complaints@company.example", to: ["customer2@example.com"]) }
        let reusedRate = Double(n) / Date().timeIntervalSince(t)
        t = Date()
        for m in messages { _ = try LiveSMTP.sender().send(m, from: "complaints@company.example", to: ["customer2@example.com"]) }
        let freshRate = Double(n) / Date().timeIntervalSince(t)
        print("SMTP throughput, \(n) messages of \(messages[0].count) bytes: one reused connection "
              + "\(Int(reusedRate)) msgs/s, new connection per message \(Int(freshRate)) msgs/s")
    }
}
