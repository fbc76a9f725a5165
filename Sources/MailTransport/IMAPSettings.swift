/// How to reach one IMAP mailbox. Holds the secret; never prints it.
///
/// ```swift
/// var s = IMAPSettings(url: "imaps://mail.example.com/INBOX", username: "complaints",
///                      credential: .password(secretFromEnvironment))
/// s.caFile = "/etc/plaint/ca.pem"
/// let client = try IMAPClient(settings: s)
/// ```
public struct IMAPSettings: Sendable, CustomStringConvertible {
    /// The secret that proves the user. Comes from the caller (env var or file), never from argv.
    public enum Credential: Sendable {
        case password(String)
        /// OAuth 2 access token sent with SASL XOAUTH2.
        case xoauth2Bearer(String)
    }

    /// `imaps://host[:port]/Mailbox` (implicit TLS) or `imap://host[:port]/Mailbox` (STARTTLS).
    /// The mailbox defaults to INBOX. Percent-encode special characters (`Sent%20Items`).
    public var url: String
    public var username: String
    public var credential: Credential
    /// Permit an unencrypted `imap://` session. Honoured only when the host is loopback
    /// (`127.0.0.0/8`, `::1`, `localhost`); elsewhere STARTTLS stays required.
    public var allowPlaintext: Bool
    /// PEM file of CA certificates to trust instead of the system store (self-signed servers).
    public var caFile: String?
    /// Verify the server certificate and host name. Turn off only for experiments.
    public var verifyPeer: Bool
    /// Seconds to wait for the TCP + TLS connection.
    public var connectTimeoutSeconds: Int
    /// Seconds without a single byte before a command is abandoned as stalled (never silent).
    public var stallTimeoutSeconds: Int

    public init(url: String, username: String, credential: Credential, allowPlaintext: Bool = false,
                caFile: String? = nil, verifyPeer: Bool = true,
                connectTimeoutSeconds: Int = 30, stallTimeoutSeconds: Int = 60) {
        self.url = url
        self.username = username
        self.credential = credential
        self.allowPlaintext = allowPlaintext
        self.caFile = caFile
        self.verifyPeer = verifyPeer
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.stallTimeoutSeconds = stallTimeoutSeconds
    }

    /// The URL split into parts; throws `.invalidSettings` with what to fix.
    public func endpoint() throws(TransportError) -> IMAPEndpoint {
        try IMAPEndpoint(parsing: url)
    }

    /// Whether TLS is required (implicit for imaps://, STARTTLS for imap://): false only when
    /// `allowPlaintext` is set and the host is loopback.
    public var requiresTLS: Bool {
        guard allowPlaintext, let e = try? endpoint() else { return true }
        return !e.isLoopback
    }

    public var description: String {
        let kind: String
        switch credential {
        case .password: kind = "password"
        case .xoauth2Bearer: kind = "xoauth2"
        }
        return "IMAPSettings(url: \(url), user: \(username), credential: \(kind) <redacted>, "
            + "allowPlaintext: \(allowPlaintext), caFile: \(caFile ?? "system"), verifyPeer: \(verifyPeer))"
    }
}

/// A parsed IMAP URL (RFC 5092 subset): scheme, host, port and mailbox.
public struct IMAPEndpoint: Sendable, Equatable {
    public var implicitTLS: Bool
    public var host: String
    public var port: Int?
    /// Decoded mailbox name, e.g. `INBOX` or `Sent Items`.
    public var mailbox: String

    public init(parsing url: String) throws(TransportError) {
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("imaps://") { implicitTLS = true; rest = url.dropFirst(8) }
        else if lower.hasPrefix("imap://") { implicitTLS = false; rest = url.dropFirst(7) }
        else { throw .invalidSettings("the IMAP URL must start with imaps:// or imap:// (e.g. imaps://mail.example.com/INBOX)") }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != ";" }
        if authority.contains("@") {
            throw .invalidSettings("the IMAP URL must not contain a user name or password; use the user and password settings")
        }
        var path = rest.dropFirst(authority.count)
        if path.hasPrefix("/") { path = path.dropFirst() }
        if let semi = path.firstIndex(where: { $0 == ";" || $0 == "?" }) {
            throw .invalidSettings("the IMAP URL must name only a mailbox, not \(path[semi...].prefix(20))…")
        }
        // Host: `[v6]:port`, `host:port`, `host`.
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw .invalidSettings("unclosed [ in the IMAP URL host") }
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            port = after.hasPrefix(":") ? Int(after.dropFirst()) : nil
            if after.hasPrefix(":") && port == nil { throw .invalidSettings("the port in the IMAP URL is not a number") }
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            guard let p = Int(authority[authority.index(after: colon)...]), (1...65535).contains(p) else {
                throw .invalidSettings("the port in the IMAP URL is not a number between 1 and 65535")
            }
            port = p
        } else {
            host = String(authority)
            port = nil
        }
        guard !host.isEmpty else { throw .invalidSettings("the IMAP URL has no host (e.g. imaps://mail.example.com/INBOX)") }
        var decoded = IMAPEndpoint.percentDecode(path)
        while decoded.hasSuffix("/") { decoded.removeLast() }
        mailbox = decoded.isEmpty ? "INBOX" : decoded
        guard !mailbox.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
            throw .invalidSettings("the mailbox name contains a control character")
        }
    }

    public var isLoopback: Bool {
        let h = host.lowercased()
        return h == "localhost" || h == "::1" || h.hasPrefix("127.")
    }

    /// `imaps://host:port/` — the server without a mailbox (STATUS, CREATE, APPEND target prefix).
    var serverURL: String {
        let h = host.contains(":") ? "[\(host)]" : host
        return (implicitTLS ? "imaps://" : "imap://") + h + (port.map { ":\($0)" } ?? "") + "/"
    }

    /// `imaps://host:port/Mailbox` with the mailbox percent-encoded for libcurl.
    func url(mailbox: String) -> String {
        serverURL + IMAPEndpoint.percentEncode(mailbox)
    }

    static func percentEncode(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(hex[Int(b >> 4)])
                out.unicodeScalars.append(hex[Int(b & 0xF)])
            }
        }
        return out
    }

    static func percentDecode(_ s: Substring) -> String {
        var bytes: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%"), it.count >= 2,
               let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
