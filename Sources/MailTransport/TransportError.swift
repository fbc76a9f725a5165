/// Why a mail-transport operation failed, with a message that says what to fix.
///
/// Messages name the server, mailbox or UID at fault and what the server said; they never contain
/// a password or bearer token (credentials never reach libcurl's URL, only `CURLOPT_PASSWORD`).
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The settings cannot work (bad URL, credentials in the URL, unsupported scheme…).
    case invalidSettings(String)
    /// TCP connection, DNS, or the connection dropped mid-command. Retry with backoff.
    case connectionFailed(String)
    /// No response within the configured time (connect or stall). Retry with backoff.
    case timedOut(String)
    /// TLS handshake or certificate verification failed, or the server does not offer STARTTLS.
    case tlsFailed(String)
    /// The server refused the user name / password / bearer token.
    case authenticationFailed
    /// SELECT/STATUS/APPEND/MOVE named a mailbox the server does not have.
    case mailboxNotFound(String)
    /// The mailbox's UIDVALIDITY is not the one the caller expected: resynchronise by source key.
    case uidValidityChanged(mailbox: String, expected: UInt32?)
    /// No message with this UID in the selected mailbox (expunged since the search).
    case messageNotFound(uid: UInt32)
    /// The server rejected a command or answered something unexpected.
    case protocolError(String)

    /// Whether the same call may succeed later without a change of configuration
    /// (network trouble, timeouts, server restarts). The poller backs off and retries these.
    public var isTransient: Bool {
        switch self {
        case .connectionFailed, .timedOut, .protocolError: return true
        case .invalidSettings, .tlsFailed, .authenticationFailed, .mailboxNotFound,
             .uidValidityChanged, .messageNotFound: return false
        }
    }

    public var description: String {
        switch self {
        case .invalidSettings(let m): return "invalid IMAP settings: \(m)"
        case .connectionFailed(let m): return "cannot reach the IMAP server: \(m) (check the host, port and that the server is running)"
        case .timedOut(let m): return "the IMAP server stopped answering: \(m) (check the network or raise the timeout)"
        case .tlsFailed(let m): return "TLS failed: \(m) (check the server certificate, the CA file setting, or use imaps://)"
        case .authenticationFailed: return "the IMAP server refused the login (check the user name and the password or token source)"
        case .mailboxNotFound(let m): return "mailbox \"\(m)\" does not exist on the server (check the mailbox in the URL or create it)"
        case .uidValidityChanged(let mailbox, let expected):
            let was = expected.map { " (expected \($0))" } ?? ""
            return "UIDVALIDITY of mailbox \"\(mailbox)\" changed\(was): the mailbox was recreated; resynchronise by message key"
        case .messageNotFound(let uid): return "no message with UID \(uid) in the mailbox (expunged by another client?)"
        case .protocolError(let m): return "IMAP command failed: \(m)"
        }
    }
}
