import CCurl
import Testing
@testable import MailTransport

/// The one mapping from libcurl results to `TransportError`, with the texts libcurl 7.88 and
/// Dovecot 2.3 really produce.
struct CurlFailureTests {
    @Test func loginDeniedIsAuthentication() {
        let f = CurlFailure(code: CURLE_LOGIN_DENIED, detail: "Login denied",
                            lastReply: "A002 NO [AUTHENTICATIONFAILED] Authentication failed.")
        #expect(f.transportError(context: .command("STATUS", mailbox: "INBOX")) == .authenticationFailed)
    }

    @Test func selectFailedIsMailboxNotFound() {
        let f = CurlFailure(code: CURLE_LOGIN_DENIED, detail: "Select failed", lastReply: nil)
        #expect(f.transportError(context: .fetch(uid: 1, mailbox: "Box", uidValidity: nil)) == .mailboxNotFound("Box"))
    }

    @Test func nonexistentAndTrycreate() {
        let a = CurlFailure(code: CURLE_QUOTE_ERROR, detail: "Quote command returned error",
                            lastReply: "A004 NO [NONEXISTENT] Mailbox doesn't exist: X")
        #expect(a.transportError(context: .command("NOOP", mailbox: "X")) == .mailboxNotFound("X"))
        let b = CurlFailure(code: CURLE_QUOTE_ERROR, detail: "Quote command returned error",
                            lastReply: "A005 NO [TRYCREATE] Mailbox doesn't exist: P")
        #expect(b.transportError(context: .command("UID MOVE", mailbox: "INBOX", target: "P")) == .mailboxNotFound("P"))
        let c = CurlFailure(code: CURLE_QUOTE_ERROR, detail: "Quote command returned error", lastReply: "A006 BAD nope")
        guard case .protocolError(let m) = c.transportError(context: .command("X", mailbox: nil)) else {
            Issue.record("expected protocolError"); return
        }
        #expect(m.contains("A006 BAD nope"))
    }

    @Test func uidValidityAndMissingMessage() {
        let v = CurlFailure(code: CURLE_REMOTE_FILE_NOT_FOUND, detail: "Mailbox UIDVALIDITY has changed", lastReply: nil)
        #expect(v.transportError(context: .fetch(uid: 3, mailbox: "INBOX", uidValidity: 7)) == .uidValidityChanged(mailbox: "INBOX", expected: 7))
        let m = CurlFailure(code: CURLE_REMOTE_FILE_NOT_FOUND, detail: "", lastReply: nil)
        #expect(m.transportError(context: .fetch(uid: 3, mailbox: "INBOX", uidValidity: nil)) == .messageNotFound(uid: 3))
    }

    @Test(arguments: [CURLE_COULDNT_CONNECT, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING])
    func connectionTrouble(_ code: CURLcode) {
        let e = CurlFailure(code: code, detail: "x", lastReply: nil).transportError(context: .session)
        guard case .connectionFailed = e else { Issue.record("got \(e)"); return }
        #expect(e.isTransient)
    }

    @Test(arguments: [CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_USE_SSL_FAILED, CURLE_SSL_CACERT_BADFILE])
    func tlsTrouble(_ code: CURLcode) {
        let e = CurlFailure(code: code, detail: "x", lastReply: nil).transportError(context: .session)
        guard case .tlsFailed = e else { Issue.record("got \(e)"); return }
        #expect(!e.isTransient)
    }

    @Test func timeout() {
        let e = CurlFailure(code: CURLE_OPERATION_TIMEDOUT, detail: "Operation too slow", lastReply: nil).transportError(context: .session)
        #expect(e == .timedOut("Operation too slow [curl 28]"))
    }
}
