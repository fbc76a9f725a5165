import Foundation
import Testing
@testable import MailTransport

/// The throwaway Dovecot started by `scripts/mailserver.sh start` (env file sourced into the test env).
enum LiveDovecot {
    static func env(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }

    static var isAvailable: Bool { env("PLAINT_TEST_IMAP_URL") != nil }
    static var plainURL: String { env("PLAINT_TEST_IMAP_URL") ?? "imap://127.0.0.1:14143" }
    static var tlsURL: String { env("PLAINT_TEST_IMAPS_URL") ?? "imaps://127.0.0.1:14993" }
    static var caFile: String? { env("PLAINT_TEST_CA_FILE") }
    static let password = "secret"

    /// Settings for `user` on the implicit-TLS port, trusting the test CA.
    static func settings(mailbox: String = "INBOX", user: String = "complaints", tls: Bool = true) -> IMAPSettings {
        IMAPSettings(url: (tls ? tlsURL : plainURL) + "/" + IMAPEndpoint.percentEncode(mailbox),
                     username: user, credential: .password(password), caFile: caFile,
                     connectTimeoutSeconds: 10, stallTimeoutSeconds: 30)
    }

    /// A fresh mailbox `T<random>` for one test, created on the server; returns a client for it.
    static func freshMailbox(user: String = "complaints", tag: String = "T") throws -> (IMAPClient, String) {
        let name = tag + String(UInt64.random(in: 0..<UInt64.max), radix: 36)
        let client = try IMAPClient(settings: settings(mailbox: name, user: user))
        try client.createMailbox(name)
        return (client, name)
    }

    /// Runs `doveadm -c $PLAINT_TEST_MAIL_DIR/dovecot.conf ARGS` against the test server.
    static func doveadm(_ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["doveadm", "-c", (env("PLAINT_TEST_MAIL_DIR") ?? "/nonexistent") + "/dovecot.conf"] + args
        try p.run()
        p.waitUntilExit()
    }

    /// Deletes test mailboxes from a connection that has none selected (Dovecot disconnects a
    /// session whose selected mailbox is deleted).
    static func cleanup(_ names: String...) {
        guard let admin = try? IMAPClient(settings: settings()) else { return }
        for n in names { try? admin.deleteMailbox(n) }
    }

    static func message(subject: String, body: [UInt8] = Array("hello\r\n".utf8), messageID: String? = nil) -> [UInt8] {
        var head = "From: Customer <customer@example.com>\r\nTo: complaints@example.com\r\nSubject: \(subject)\r\n"
        if let messageID { head += "Message-ID: \(messageID)\r\n" }
        head += "Date: Sun, 22 Nov 2026 12:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\n"
        return Array(head.utf8) + body
    }
}
