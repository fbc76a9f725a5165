import CCurl
import Testing
@testable import MailTransport

struct SMTPSettingsTests {
    @Test(arguments: [
        ("smtps://mail.example.com", true, "mail.example.com", nil as Int?),
        ("smtp://127.0.0.1:14025", false, "127.0.0.1", 14025),
        ("SMTP://[::1]:25/", false, "::1", 25),
        ("smtps://mail.example.com:465/", true, "mail.example.com", 465),
    ])
    func parsesURLs(url: String, tls: Bool, host: String, port: Int?) throws {
        let e = try SMTPEndpoint(parsing: url)
        #expect(e.implicitTLS == tls && e.host == host && e.port == port)
    }

    @Test(arguments: ["imap://x", "smtp://", "smtp://u:p@host", "smtp://host/path", "smtp://host:0", "smtp://host:x", "smtp://ho st"])
    func rejectsBadURLs(url: String) {
        #expect(throws: SMTPError.self) { try SMTPEndpoint(parsing: url) }
    }

    @Test func plaintextOnlyOnLoopback() {
        #expect(!SMTPSettings(url: "smtp://127.0.0.1:25", allowPlaintext: true).requiresTLS)
        #expect(!SMTPSettings(url: "smtp://localhost:25", allowPlaintext: true).requiresTLS)
        #expect(SMTPSettings(url: "smtp://mail.example.com:25", allowPlaintext: true).requiresTLS)
        #expect(SMTPSettings(url: "smtp://127.0.0.1:25").requiresTLS)
    }

    @Test func secretNeverPrinted() throws {
        let s = SMTPSettings(url: "smtps://mail.example.com", username: "complaints", password: "hunter2-secret")
        #expect(!s.description.contains("hunter2"))
        #expect(!"\(s)".contains("hunter2"))
        var dumped = ""
        dump(s, to: &dumped)
        #expect(!dumped.contains("hunter2") && !String(reflecting: s).contains("hunter2"))
        #expect(throws: SMTPError.invalidSettings("an SMTP user is set but the password is empty")) {
            try SMTPSender(settings: SMTPSettings(url: "smtps://mail.example.com", username: "u", password: ""))
        }
    }

    @Test func envelopeAddresses() {
        #expect(SMTPSender.isValidEnvelopeAddress("customer@example.com"))
        for bad in ["", "customer", "a@", "@b", "a b@c", "a@b\r\nRCPT TO:<x@y>", "<a@b>", "王@example.com"] {
            #expect(!SMTPSender.isValidEnvelopeAddress(bad), "\(bad)")
        }
    }

    @Test func refusesBadAddressesBeforeConnecting() throws {
        // Port 1 is never contacted: the address check comes first.
        let sender = try SMTPSender(settings: SMTPSettings(url: "smtp://127.0.0.1:1", allowPlaintext: true))
        #expect(throws: SMTPError.self) { try sender.send([], from: "a@b.example", to: ["x@y\r\nDATA"]) }
        do {
            _ = try sender.send([], from: "a@b.example", to: [])
        } catch {
            #expect(error == .permanent(code: 0, message: "no recipients"))
        }
    }
}

struct SMTPReplyTests {
    @Test func parsesReplies() {
        let r = SMTPReply("250 2.0.0 Ok: queued as 6F60CF9A037")
        #expect(r?.code == 250 && r?.isFinal == true && r?.queueID == "6F60CF9A037")
        #expect(SMTPReply("250-PIPELINING")?.isFinal == false)
        #expect(SMTPReply("250 2.1.0 Ok")?.queueID == nil)
        #expect(SMTPReply("hello") == nil)
        #expect(SMTPReply("25") == nil)
        #expect(SMTPReply("2500 x") == nil)
    }

    static let relayDenied = ["220 mta ESMTP", "250-mta", "250 CHUNKING", "250 2.1.0 Ok",
                              "554 5.7.1 <x@elsewhere.invalid>: Relay access denied", "221 2.0.0 Bye"]

    @Test func classifiesFailures() {
        func map(_ code: CURLcode, _ lines: [String]) -> SMTPError {
            CurlFailure(code: code, detail: "", lastReply: nil).smtpError(replyLines: lines)
        }
        #expect(map(CURLE_SEND_ERROR, Self.relayDenied)
                == .permanent(code: 554, message: "554 5.7.1 <x@elsewhere.invalid>: Relay access denied"))
        #expect(map(CURLE_WEIRD_SERVER_REPLY, ["250 2.1.5 Ok", "452 4.3.1 Insufficient system storage"])
                == .transient(code: 452, message: "452 4.3.1 Insufficient system storage"))
        #expect(map(CURLE_COULDNT_CONNECT, []).isTransient)
        #expect(map(CURLE_COULDNT_CONNECT, []).replyCode == nil)
        #expect(map(CURLE_OPERATION_TIMEDOUT, ["220 hi"]).isTransient)
        if case .tlsFailed = map(CURLE_USE_SSL_FAILED, ["250 ok"]) {} else { Issue.record("STARTTLS refusal must be tlsFailed") }
        #expect(map(CURLE_LOGIN_DENIED, ["535 5.7.8 Error: authentication failed"]) == .authenticationFailed)
        if case .invalidSettings = map(CURLE_UNSUPPORTED_PROTOCOL, []) {} else { Issue.record("bad protocol") }
    }
}
