import CCurl

/// What the server said when it accepted a message.
public struct SMTPReceipt: Sendable, Equatable {
    /// The final reply code (250).
    public var code: Int
    /// The final reply line, e.g. `250 2.0.0 Ok: queued as 6F60CF9A037`.
    public var reply: String
    /// The server's queue id when it names one (Postfix: `queued as ID`), for its logs.
    public var queueID: String?

    public init(code: Int, reply: String, queueID: String?) {
        self.code = code
        self.reply = reply
        self.queueID = queueID
    }
}

/// Sends messages over libcurl SMTP, reusing one connection for many messages.
///
/// Not thread-safe and not `Sendable`: give it one owner (the outbox sender). Creating it does not
/// connect; the first `send` connects (STARTTLS for `smtp://` unless plaintext is allowed on
/// loopback, then AUTH when a user is set). Consecutive sends go straight to `MAIL FROM` on the
/// same connection; after an error libcurl drops it and the next send reconnects by itself.
///
/// ```swift
/// let sender = try SMTPSender(settings: SMTPSettings(url: "smtps://mail.example.com",
///                                                    username: "complaints", password: secret))
/// do {
///     let receipt = try sender.send(message.bytes, from: "complaints@company.example", to: ["ann@example.com"])
///     print(receipt.queueID ?? "-")
/// } catch .transient { /* retry later */ } catch { /* failed for good: record it */ }
/// ```
/// The bytes must already be in wire form (CRLF line ends, see `OutgoingMessage`): `CURLOPT_CRLF`
/// stays off because it would turn CRLF into CR CR LF. libcurl dot-stuffs and ends DATA itself.
public final class SMTPSender {
    public let settings: SMTPSettings
    public let endpoint: SMTPEndpoint
    private let handle: CurlHandle
    /// Messages accepted by the server through this sender.
    public private(set) var sentCount = 0

    /// Validates the settings and prepares a handle; does not connect.
    /// - Throws: `.invalidSettings` naming what to fix.
    public init(settings: SMTPSettings) throws(SMTPError) {
        self.settings = settings
        endpoint = try settings.endpoint()
        if let user = settings.username {
            guard !user.isEmpty else { throw .invalidSettings("the SMTP user name is empty (leave it unset to send without AUTH)") }
            guard let p = settings.password, !p.isEmpty else { throw .invalidSettings("an SMTP user is set but the password is empty") }
        }
        guard SMTPSender.isValidHeloName(settings.heloName) else {
            throw .invalidSettings("the EHLO name must be a host name (letters, digits, dots, hyphens)")
        }
        do {
            handle = try CurlHandle()
            try SMTPSender.configure(handle, settings: settings, endpoint: endpoint)
        } catch {
            throw .invalidSettings(error.description)
        }
    }

    private static func configure(_ handle: CurlHandle, settings s: SMTPSettings, endpoint: SMTPEndpoint) throws(TransportError) {
        try handle.set(CURLOPT_PROTOCOLS_STR, "smtp,smtps")
        try handle.set(CURLOPT_URL, endpoint.curlURL(heloName: s.heloName))
        if let user = s.username, let password = s.password {
            try handle.set(CURLOPT_USERNAME, user)
            try handle.set(CURLOPT_PASSWORD, password)
        }
        try handle.configureTransport(implicitTLS: endpoint.implicitTLS, requiresTLS: s.requiresTLS, caFile: s.caFile,
                                      verifyPeer: s.verifyPeer, connectTimeoutSeconds: s.connectTimeoutSeconds,
                                      stallTimeoutSeconds: s.stallTimeoutSeconds)
        try handle.set(CURLOPT_CRLF, 0)
        try handle.set(CURLOPT_UPLOAD, 1)
    }

    /// Sends one message: `MAIL FROM`, one `RCPT TO` per recipient, `DATA`.
    /// - Parameters:
    ///   - bytes: the message in wire form (CRLF line ends).
    ///   - from: envelope sender (bounces go here); empty for the null sender `<>`.
    ///   - to: envelope recipients; every one must be accepted or nothing is sent.
    /// - Returns: the server's acceptance, with its queue id.
    /// - Throws: `.transient` (4xx, connection trouble: retry later), `.permanent` (5xx or an
    ///   unusable address: do not retry), `.tlsFailed`, `.authenticationFailed`, `.invalidSettings`.
    public func send(_ bytes: [UInt8], from: String, to: [String]) throws(SMTPError) -> SMTPReceipt {
        guard from.isEmpty || SMTPSender.isValidEnvelopeAddress(from) else {
            throw .permanent(code: 0, message: "invalid envelope sender \(SMTPSender.printable(from))")
        }
        guard !to.isEmpty else { throw .permanent(code: 0, message: "no recipients") }
        for r in to where !SMTPSender.isValidEnvelopeAddress(r) {
            throw .permanent(code: 0, message: "invalid recipient address \(SMTPSender.printable(r))")
        }
        var list: UnsafeMutablePointer<curl_slist>? = nil
        for r in to {
            guard let next = curl_slist_append(list, "<\(r)>") else {
                curl_slist_free_all(list)
                throw .transient(code: 0, message: "out of memory building the recipient list")
            }
            list = next
        }
        defer {
            try? handle.set(CURLOPT_MAIL_RCPT, pointer: nil)
            curl_slist_free_all(list)
        }
        do {
            try handle.set(CURLOPT_MAIL_FROM, "<\(from)>")
            try handle.set(CURLOPT_MAIL_RCPT, pointer: UnsafeMutableRawPointer(list))
            try handle.set(CURLOPT_INFILESIZE_LARGE, offset: Int64(bytes.count))
        } catch {
            throw .invalidSettings(error.description)
        }
        do {
            try handle.perform(uploading: bytes)
        } catch {
            throw error.smtpError(replyLines: handle.responseLines)
        }
        let final = SMTPReply.finals(handle.responseLines).last
        sentCount += 1
        return SMTPReceipt(code: final?.code ?? 250, reply: final?.line ?? "", queueID: final?.queueID)
    }

    /// `local@domain` without whitespace, controls, brackets, quotes or commas; ≤ 254 octets.
    /// Non-ASCII (SMTPUTF8) addresses are not supported.
    public static func isValidEnvelopeAddress(_ a: String) -> Bool {
        let u = Array(a.utf8)
        guard !u.isEmpty, u.count <= 254, let at = u.lastIndex(of: UInt8(ascii: "@")),
              at > 0, at < u.count - 1 else { return false }
        return u.allSatisfy { $0 > 0x20 && $0 < 0x7F && !"<>()[],;:\"\\".utf8.contains($0) }
    }

    static func isValidHeloName(_ n: String) -> Bool {
        !n.isEmpty && n.utf8.count <= 253 && n.utf8.allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x2E
        }
    }

    /// An address for an error message: controls shown as `?`, at most 100 characters.
    private static func printable(_ s: String) -> String {
        "\"" + String(String(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) }).prefix(100)) + "\""
    }
}

@available(*, unavailable)
extension SMTPSender: Sendable {}
