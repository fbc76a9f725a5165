import CCurl

/// A failed libcurl call: the CURLcode, libcurl's error-buffer text and the server's last tagged reply.
struct CurlFailure: Error {
    var code: CURLcode
    var detail: String
    var lastReply: String?

    init(code: CURLcode, detail: String, lastReply: String?) {
        self.code = code
        self.detail = detail
        self.lastReply = lastReply
    }

    /// What the failing call was doing, so the error can name the mailbox or UID.
    enum Context {
        case setup
        case session
        case select(mailbox: String)
        case command(String, mailbox: String?, target: String? = nil)
        case fetch(uid: UInt32, mailbox: String, uidValidity: UInt32?)
        case append(mailbox: String)
    }

    /// The one mapping from libcurl results to `TransportError` (facts: shared/TECH-NOTES.md).
    func transportError(context: Context) -> TransportError {
        let text = explanation
        let contextMailbox: String?
        var targetMailbox: String? = nil
        switch context {
        case .setup, .session: contextMailbox = nil
        case .select(let m), .append(let m): contextMailbox = m
        case .command(_, let m, let t): contextMailbox = m; targetMailbox = t
        case .fetch(_, let m, _): contextMailbox = m
        }
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT, CURLE_NOT_BUILT_IN:
            return .invalidSettings(text)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT,
             CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE:
            return .connectionFailed(text)
        case CURLE_OPERATION_TIMEDOUT:
            return .timedOut(text)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE,
             CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_USE_SSL_FAILED, CURLE_SSL_ISSUER_ERROR,
             CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE,
             CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_ENGINE_INITFAILED:
            return .tlsFailed(text)
        case CURLE_LOGIN_DENIED, CURLE_AUTH_ERROR, CURLE_REMOTE_ACCESS_DENIED:
            // rc 67 covers both a refused login and a failed SELECT; only the error buffer tells them
            // apart ("Select failed"; a refused SASL login leaves it empty).
            if detail.lowercased().contains("select") {
                return .mailboxNotFound(contextMailbox ?? "?")
            }
            return .authenticationFailed
        case CURLE_REMOTE_FILE_NOT_FOUND:
            if detail.lowercased().contains("uidvalidity") {
                if case .fetch(_, let mailbox, let expected) = context {
                    return .uidValidityChanged(mailbox: mailbox, expected: expected)
                }
                return .uidValidityChanged(mailbox: contextMailbox ?? "?", expected: nil)
            }
            if case .fetch(let uid, _, _) = context { return .messageNotFound(uid: uid) }
            return .protocolError(text)
        case CURLE_QUOTE_ERROR, CURLE_UPLOAD_FAILED:
            // NO/BAD to a custom command (rc 21) or to APPEND (rc 25).
            // Dovecot: `NO [TRYCREATE] …` (MOVE/APPEND), `NO [NONEXISTENT] …` (STATUS),
            // `NO Mailbox doesn't exist: X` (the SELECT libcurl sends before a command).
            if let reply = lastReply, reply.contains("[TRYCREATE]") || reply.contains("[NONEXISTENT]")
                || reply.lowercased().contains("mailbox doesn't exist") {
                return .mailboxNotFound(targetMailbox ?? contextMailbox ?? "?")
            }
            return .protocolError(text)
        case CURLE_WEIRD_SERVER_REPLY:
            if case .fetch(let uid, _, _) = context, lastReply?.contains(" OK") == true {
                return .messageNotFound(uid: uid)
            }
            return .protocolError(text)
        default:
            return .protocolError(text)
        }
    }

    /// libcurl's explanation plus the server's reply, e.g.
    /// `UID MOVE 7 "Archive": Quote command returned error (server: A005 NO [TRYCREATE] …)`.
    var explanation: String {
        var parts: [String] = []
        let message = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        parts.append(message)
        if let lastReply, !lastReply.isEmpty {
            parts.append("(server: \(String(lastReply.prefix(200))))")
        }
        return parts.joined(separator: " ") + " [curl \(code.rawValue)]"
    }
}
