import CCurl

/// Why sending one message failed, sorted by what the caller does next.
///
/// Messages carry the server's reply (e.g. `554 5.7.1 <x@y>: Relay access denied`), never a password.
public enum SMTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 4xx reply, connection failure, timeout or dropped connection: retry later with backoff.
    /// `code` is the SMTP reply code, 0 when the server never answered.
    case transient(code: Int, message: String)
    /// 5xx reply (or an address Plaint refuses to send to, code 0): do not retry.
    case permanent(code: Int, message: String)
    /// TLS handshake or certificate verification failed, or the server does not offer STARTTLS.
    case tlsFailed(String)
    /// The server refused the user name / password.
    case authenticationFailed
    /// The settings cannot work (bad URL, unsupported scheme…).
    case invalidSettings(String)

    /// Whether the same message may go through later without a change of configuration.
    public var isTransient: Bool {
        if case .transient = self { return true }
        return false
    }

    /// The SMTP reply code, when the server gave one.
    public var replyCode: Int? {
        switch self {
        case .transient(let c, _), .permanent(let c, _): return c == 0 ? nil : c
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .transient(let code, let m):
            return code == 0 ? "SMTP server unavailable: \(m) (will retry)" : "SMTP server deferred the message (\(code)): \(m) (will retry)"
        case .permanent(let code, let m):
            return code == 0 ? "message refused before sending: \(m)" : "SMTP server rejected the message (\(code)): \(m)"
        case .tlsFailed(let m): return "SMTP TLS failed: \(m) (check the server certificate, the CA file setting, or use smtps://)"
        case .authenticationFailed: return "the SMTP server refused the login (check the user name and the password source)"
        case .invalidSettings(let m): return "invalid SMTP settings: \(m)"
        }
    }
}

extension CurlFailure {
    /// The one mapping from libcurl results of an SMTP transfer to `SMTPError` (facts:
    /// shared/TECH-NOTES.md). libcurl reports a rejected MAIL/RCPT as rc 55 and a reply after DATA
    /// as rc 8, so 4xx vs 5xx comes from the server's reply code, read from the reply lines the
    /// header callback saw in this transfer (the same number CURLINFO_RESPONSE_CODE holds).
    func smtpError(replyLines: [String]) -> SMTPError {
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT, CURLE_NOT_BUILT_IN:
            return .invalidSettings(explanation)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE,
             CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_USE_SSL_FAILED, CURLE_SSL_ISSUER_ERROR,
             CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE,
             CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_ENGINE_INITFAILED:
            return .tlsFailed(explanation)
        case CURLE_LOGIN_DENIED, CURLE_AUTH_ERROR:
            return .authenticationFailed
        default:
            break
        }
        if let reply = SMTPReply.failure(in: replyLines) {
            let message = String(reply.line.prefix(300))
            return reply.code >= 500 ? .permanent(code: reply.code, message: message)
                                     : .transient(code: reply.code, message: message)
        }
        return .transient(code: 0, message: explanation)
    }
}
