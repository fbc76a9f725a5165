import Testing
@testable import MailTransport

struct IMAPEndpointTests {
    @Test func parsesImapsWithPortAndMailbox() throws {
        let e = try IMAPEndpoint(parsing: "imaps://mail.example.com:993/Complaints")
        #expect(e == IMAPEndpoint(implicitTLSForTest: true, host: "mail.example.com", port: 993, mailbox: "Complaints"))
        #expect(e.serverURL == "imaps://mail.example.com:993/")
        #expect(e.url(mailbox: "Sent Items") == "imaps://mail.example.com:993/Sent%20Items")
        #expect(!e.isLoopback)
    }

    @Test func defaultsToInbox() throws {
        #expect(try IMAPEndpoint(parsing: "imap://127.0.0.1:14143").mailbox == "INBOX")
        #expect(try IMAPEndpoint(parsing: "IMAP://127.0.0.1/").mailbox == "INBOX")
        #expect(try IMAPEndpoint(parsing: "imap://localhost/Sent%20Items/").mailbox == "Sent Items")
        #expect(try IMAPEndpoint(parsing: "imap://[::1]:143/INBOX").host == "::1")
        #expect(try IMAPEndpoint(parsing: "imap://[::1]:143/INBOX").serverURL == "imap://[::1]:143/")
    }

    @Test(arguments: [
        "http://example.com/INBOX", "imaps://user:secret@example.com/INBOX", "imaps://:993/INBOX",
        "imaps://example.com:99999/INBOX", "imaps://example.com:x/INBOX", "imaps://example.com/INBOX;UID=1",
        "imaps://example.com/IN%0D%0ABOX",
    ])
    func rejects(_ url: String) {
        #expect(throws: TransportError.self) { try IMAPEndpoint(parsing: url) }
    }

    @Test func credentialsInURLAreNotEchoed() {
        do {
            _ = try IMAPEndpoint(parsing: "imaps://user:hunter2@example.com/INBOX")
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.contains("hunter2"))
        }
    }

    @Test func plaintextOnlyForLoopback() {
        var s = IMAPSettings(url: "imap://127.0.0.1:14143/INBOX", username: "u", credential: .password("p"))
        #expect(s.requiresTLS)
        s.allowPlaintext = true
        #expect(!s.requiresTLS)
        s.url = "imap://localhost/INBOX"
        #expect(!s.requiresTLS)
        s.url = "imap://mail.example.com/INBOX"
        #expect(s.requiresTLS)
    }

    @Test func descriptionRedactsTheSecret() {
        let s = IMAPSettings(url: "imaps://h/INBOX", username: "u", credential: .password("hunter2"))
        #expect(!s.description.contains("hunter2"))
        let t = IMAPSettings(url: "imaps://h/INBOX", username: "u", credential: .xoauth2Bearer("tok-123"))
        #expect(!t.description.contains("tok-123"))
    }

    @Test func percentEncoding() {
        #expect(IMAPEndpoint.percentEncode("HEADER.FIELDS (MESSAGE-ID)") == "HEADER.FIELDS%20%28MESSAGE-ID%29")
        #expect(IMAPEndpoint.percentDecode("a%20b%2") == "a b%2")
    }
}

extension IMAPEndpoint {
    init(implicitTLSForTest tls: Bool, host: String, port: Int?, mailbox: String) {
        self = try! IMAPEndpoint(parsing: (tls ? "imaps://" : "imap://") + host + (port.map { ":\($0)" } ?? "") + "/" + mailbox)
    }
}
