/// How to reach the outgoing SMTP server. Holds the secret; never prints it.
///
/// ```swift
/// var s = SMTPSettings(url: "smtps://mail.example.com", username: "complaints", password: secret)
/// s.caFile = "/etc/plaint/ca.pem"
/// let sender = try SMTPSender(settings: s)
/// ```
public struct SMTPSettings: Sendable, CustomStringConvertible, CustomReflectable {
    /// `smtps://host[:port]` (implicit TLS, default port 465) or `smtp://host[:port]` (STARTTLS
    /// required, default port 25; 587 is the usual submission port).
    public var url: String
    /// Log in with SMTP AUTH when set (with `password`).
    public var username: String?
    public var password: String?
    /// Permit an unencrypted `smtp://` session. Honoured only when the host is loopback
    /// (`127.0.0.0/8`, `::1`, `localhost`); elsewhere STARTTLS stays required.
    public var allowPlaintext: Bool
    /// PEM file of CA certificates to trust instead of the system store (self-signed servers).
    public var caFile: String?
    /// Verify the server certificate and host name. Turn off only for experiments.
    public var verifyPeer: Bool
    /// The name sent with EHLO (default `localhost`).
    public var heloName: String
    /// Seconds to wait for the TCP + TLS connection.
    public var connectTimeoutSeconds: Int
    /// Seconds without a single byte before a transfer is abandoned as stalled.
    public var stallTimeoutSeconds: Int

    public init(url: String, username: String? = nil, password: String? = nil, allowPlaintext: Bool = false,
                caFile: String? = nil, verifyPeer: Bool = true, heloName: String = "localhost",
                connectTimeoutSeconds: Int = 30, stallTimeoutSeconds: Int = 60) {
        self.url = url
        self.username = username
        self.password = password
        self.allowPlaintext = allowPlaintext
        self.caFile = caFile
        self.verifyPeer = verifyPeer
        self.heloName = heloName
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.stallTimeoutSeconds = stallTimeoutSeconds
    }

    /// The URL split into parts; throws `.invalidSettings` with what to fix.
    public func endpoint() throws(SMTPError) -> SMTPEndpoint {
        try SMTPEndpoint(parsing: url)
    }

    /// Whether TLS is required (implicit for smtps://, STARTTLS for smtp://): false only when
    /// `allowPlaintext` is set and the host is loopback.
    public var requiresTLS: Bool {
        guard allowPlaintext, let e = try? endpoint() else { return true }
        return !e.isLoopback
    }

    /// `dump()` and debuggers show the description, not the stored password.
    public var customMirror: Mirror { Mirror(self, children: ["description": description]) }

    public var description: String {
        let auth = username.map { "user: \($0), password: \(password == nil ? "none" : "<redacted>")" } ?? "no AUTH"
        return "SMTPSettings(url: \(url), \(auth), allowPlaintext: \(allowPlaintext), "
            + "caFile: \(caFile ?? "system"), verifyPeer: \(verifyPeer))"
    }
}

/// A parsed SMTP URL: scheme, host and port (no user, no path).
public struct SMTPEndpoint: Sendable, Equatable {
    public var implicitTLS: Bool
    public var host: String
    public var port: Int?

    public init(parsing url: String) throws(SMTPError) {
        let lower = url.lowercased()
        var rest: Substring
        if lower.hasPrefix("smtps://") { implicitTLS = true; rest = url.dropFirst(8) }
        else if lower.hasPrefix("smtp://") { implicitTLS = false; rest = url.dropFirst(7) }
        else { throw .invalidSettings("the SMTP URL must start with smtps:// or smtp:// (e.g. smtps://mail.example.com)") }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        guard !rest.contains("/"), !rest.contains("?"), !rest.contains("#") else {
            throw .invalidSettings("the SMTP URL must name only a host and port (e.g. smtp://mail.example.com:587)")
        }
        guard !rest.contains("@") else {
            throw .invalidSettings("the SMTP URL must not contain a user name or password; use the user and password settings")
        }
        guard !rest.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else {
            throw .invalidSettings("the SMTP URL contains a space or control character")
        }
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw .invalidSettings("unclosed [ in the SMTP URL host") }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if after.isEmpty { port = nil }
            else if after.hasPrefix(":"), let p = Int(after.dropFirst()), (1...65535).contains(p) { port = p }
            else { throw .invalidSettings("the port in the SMTP URL is not a number between 1 and 65535") }
        } else if let colon = rest.lastIndex(of: ":") {
            host = String(rest[..<colon])
            guard let p = Int(rest[rest.index(after: colon)...]), (1...65535).contains(p) else {
                throw .invalidSettings("the port in the SMTP URL is not a number between 1 and 65535")
            }
            port = p
        } else {
            host = String(rest)
            port = nil
        }
        guard !host.isEmpty else { throw .invalidSettings("the SMTP URL has no host (e.g. smtps://mail.example.com)") }
    }

    public var isLoopback: Bool {
        let h = host.lowercased()
        return h == "localhost" || h == "::1" || h.hasPrefix("127.")
    }

    /// `smtp://host:port/heloName` for libcurl (the path is the EHLO name).
    func curlURL(heloName: String) -> String {
        let h = host.contains(":") ? "[\(host)]" : host
        return (implicitTLS ? "smtps://" : "smtp://") + h + (port.map { ":\($0)" } ?? "") + "/"
            + IMAPEndpoint.percentEncode(heloName)
    }
}
