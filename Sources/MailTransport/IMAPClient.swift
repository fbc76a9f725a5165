import CCurl

/// An IMAP client over libcurl for one mailbox: one connection reused across commands.
///
/// Not thread-safe and not `Sendable`: give it one owner (the poller actor). Creating it does not
/// connect; the first command logs in (and SELECTs the mailbox of the URL when the command needs
/// it). After any error libcurl drops the connection and the next command reconnects by itself.
///
/// ```swift
/// let client = try IMAPClient(settings: settings)
/// let status = try client.status()                 // UIDVALIDITY, UIDNEXT, MESSAGES
/// for info in try client.listMessages(from: lastUID + 1) {
///     let bytes = try client.fetch(uid: info.uid, expectedSize: info.size, uidValidity: status.uidValidity)
///     // … commit to the database, then:
///     try client.addFlag("$PlaintFiled", uid: info.uid)
/// }
/// ```
/// Note: `fetch` uses `BODY[]` (libcurl 7.88 has no PEEK), so it sets `\Seen`.
public final class IMAPClient {
    public let settings: IMAPSettings
    public let endpoint: IMAPEndpoint
    private var handle: CurlHandle
    private var session = IMAPSessionState()

    /// The mailbox named by the URL (INBOX when the URL has none).
    public var mailbox: String { endpoint.mailbox }

    /// UIDVALIDITY from the most recent SELECT on this connection, if one happened.
    public var selectedUIDValidity: UInt32? { session.uidValidity }

    /// Validates the settings and prepares a handle; does not connect.
    /// - Throws: `TransportError.invalidSettings` naming what to fix.
    public init(settings: IMAPSettings) throws(TransportError) {
        self.settings = settings
        endpoint = try settings.endpoint()
        guard IMAPCommand.isSendableMailbox(endpoint.mailbox) else {
            throw .invalidSettings("mailbox names must be printable ASCII (modified UTF-7 is not supported)")
        }
        guard !settings.username.isEmpty else { throw .invalidSettings("the IMAP user name is empty") }
        handle = try CurlHandle()
        try configure()
    }

    private func configure() throws(TransportError) {
        let s = settings
        try handle.set(CURLOPT_PROTOCOLS_STR, "imap,imaps")
        try handle.set(CURLOPT_USERNAME, s.username)
        switch s.credential {
        case .password(let p):
            guard !p.isEmpty else { throw .invalidSettings("the IMAP password is empty") }
            try handle.set(CURLOPT_PASSWORD, p)
        case .xoauth2Bearer(let token):
            guard !token.isEmpty else { throw .invalidSettings("the XOAUTH2 bearer token is empty") }
            try handle.set(CURLOPT_XOAUTH2_BEARER, token)
            try handle.set(CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2")
        }
        try handle.configureTransport(implicitTLS: endpoint.implicitTLS, requiresTLS: s.requiresTLS, caFile: s.caFile,
                                      verifyPeer: s.verifyPeer, connectTimeoutSeconds: s.connectTimeoutSeconds,
                                      stallTimeoutSeconds: s.stallTimeoutSeconds)
    }

    // MARK: Mailbox state

    /// `STATUS mailbox (MESSAGES UIDNEXT UIDVALIDITY)` — works without selecting (RFC 9051 §6.3.11).
    /// - Parameter mailbox: defaults to the URL's mailbox.
    /// - Throws: `.mailboxNotFound` if the mailbox does not exist; connection/TLS/auth errors.
    public func status(mailbox: String? = nil) throws(TransportError) -> MailboxStatus {
        let name = mailbox ?? self.mailbox
        let out = try command("STATUS \(IMAPCommand.quoted(name)) (MESSAGES UIDNEXT UIDVALIDITY)",
                              in: nil, context: .command("STATUS", mailbox: name, target: name))
        guard let st = IMAPResponseParser.status(in: out, mailbox: name) else {
            throw .protocolError("the server answered STATUS for \(name) without UIDVALIDITY/UIDNEXT")
        }
        return st
    }

    /// SELECTs the URL's mailbox if this connection has not (a NOOP in it) and returns its UIDVALIDITY.
    /// Use `status()` for a fresh value on a long-lived connection.
    @discardableResult
    public func select() throws(TransportError) -> UInt32 {
        try noop()
        if let v = session.uidValidity { return v }
        return try status().uidValidity
    }

    /// `NOOP` in the URL's mailbox: keeps the session alive and makes the server report new mail
    /// (Dovecot shows new messages to `UID SEARCH` only after it has sent `* n EXISTS`).
    public func noop() throws(TransportError) {
        _ = try command("NOOP", in: mailbox, context: .command("NOOP", mailbox: mailbox))
    }

    /// Leaves the current session (logging out) and connects anew at the next command.
    ///
    /// For a session that sat idle while another connection of the same user changed the flags of many
    /// messages: Dovecot reports each change to it as an untagged `FETCH` at its next command, and
    /// libcurl fails a command whose untagged lines pass 300 KB ("Too large response headers"), which
    /// ~10,000 `\Seen` changes do. A new session starts from the mailbox as it is now.
    public func startNewSession() throws(TransportError) {
        handle = try CurlHandle()
        try configure()
    }

    // MARK: Listing

    /// UIDs ≥ `from` in the URL's mailbox, ascending (`UID SEARCH UID from:*`, after a NOOP when
    /// `refresh`). The `*` quirk is handled: the highest UID below `from` is filtered out.
    /// Large ranges are searched in UID windows (see `uidWindows`).
    public func searchUIDs(from: UInt32, refresh: Bool = true) throws(TransportError) -> [UInt32] {
        if refresh { try noop() }
        var uids: [UInt32] = []
        for (lo, hi) in try uidWindows(from: from, size: searchWindow) {
            let range = "\(lo):" + (hi.map(String.init) ?? "*")
            let out = try command("UID SEARCH UID \(range)", in: mailbox, context: .command("UID SEARCH", mailbox: mailbox))
            uids += IMAPResponseParser.searchUIDs(in: out, from: lo).filter { $0 <= (hi ?? .max) }
        }
        return uids
    }

    /// UID, size and flags of every message with UID in `from...through` (through: `*` when nil),
    /// ascending, via `UID FETCH a:b (UID FLAGS RFC822.SIZE)` in UID windows, after a NOOP when `refresh`.
    public func listMessages(from: UInt32, through: UInt32? = nil, refresh: Bool = true) throws(TransportError) -> [MessageInfo] {
        if refresh { try noop() }
        let start = max(from, 1)
        if let through, through < start { return [] }
        var list: [MessageInfo] = []
        for (lo, hi) in try uidWindows(from: start, size: listWindow) {
            let top = min(hi ?? .max, through ?? .max)
            if top < lo { break }
            let range = "\(lo):" + (top == .max ? "*" : String(top))
            let out = try command("UID FETCH \(range) (UID FLAGS RFC822.SIZE)", in: mailbox,
                                  context: .command("UID FETCH", mailbox: mailbox))
            list += IMAPResponseParser.messages(in: out, uids: lo...top)
            if top == through { break }
        }
        return list
    }

    /// UIDs per SEARCH / FETCH listing command. libcurl 7.88 as patched by Debian (CVE-2023-38039)
    /// fails a transfer whose response "headers" pass 300 KB ("Too large response headers", rc 56),
    /// and its count grows with the square of the number of response lines (about line length ×
    /// lines² / 2): 100 lines of `* n FETCH (UID n FLAGS (\Seen $PlaintFiled) RFC822.SIZE n)` already
    /// fail (measured), 40 lines stay near 50 KB even with long keyword lists. One `* SEARCH` line is
    /// cheap, so SEARCH windows can be large.
    var searchWindow: UInt32 = 5_000
    var listWindow: UInt32 = 40

    /// `[from, from+size-1], …, [k, *]` up to the mailbox's UIDNEXT (from STATUS); a single open
    /// window `[from, *]` when the range is small. The last window is open so that mail arriving
    /// after the STATUS is not missed.
    func uidWindows(from: UInt32, size: UInt32) throws(TransportError) -> [(UInt32, UInt32?)] {
        let start = max(from, 1)
        let next = try status().uidNext
        return IMAPClient.windows(from: start, uidNext: next, size: size)
    }

    static func windows(from start: UInt32, uidNext: UInt32, size: UInt32) -> [(UInt32, UInt32?)] {
        var result: [(UInt32, UInt32?)] = []
        var lo = max(start, 1)
        let size = max(size, 1)
        while true {
            let (hi, overflow) = lo.addingReportingOverflow(size - 1)
            if overflow || hi >= uidNext &- 1 || uidNext == 0 { result.append((lo, nil)); return result }
            result.append((lo, hi))
            lo = hi + 1
        }
    }

    // MARK: Fetching

    /// The exact bytes of message `uid` (`UID FETCH uid BODY[]` through libcurl's URL fetch).
    /// - Parameters:
    ///   - expectedSize: RFC822.SIZE if known, to reserve memory once (otherwise taken from the literal).
    ///   - uidValidity: when given, fails with `.uidValidityChanged` instead of fetching from a
    ///     recreated mailbox.
    /// - Throws: `.messageNotFound(uid:)` if it was expunged; `.uidValidityChanged`; transport errors.
    public func fetch(uid: UInt32, expectedSize: Int? = nil, uidValidity: UInt32? = nil) throws(TransportError) -> [UInt8] {
        try fetchURL(uid: uid, section: nil, expectedSize: expectedSize, uidValidity: uidValidity)
    }

    /// The header section of message `uid` (`BODY[HEADER]`, with the blank line), for messages
    /// over the size limit that are quarantined without their body.
    public func fetchHeaders(uid: UInt32, uidValidity: UInt32? = nil) throws(TransportError) -> [UInt8] {
        try fetchURL(uid: uid, section: "HEADER", expectedSize: nil, uidValidity: uidValidity)
    }

    /// Message-ID of each UID (without angle brackets' surrounding whitespace; nil when absent),
    /// one header-field fetch per UID (libcurl 7.88 drops literals in custom commands). UIDs that no
    /// longer exist are left out.
    public func messageIDs(uids: [UInt32], uidValidity: UInt32? = nil) throws(TransportError) -> [UInt32: String?] {
        var result: [UInt32: String?] = [:]
        for uid in uids {
            do {
                let header = try fetchURL(uid: uid, section: "HEADER.FIELDS (MESSAGE-ID)", expectedSize: nil,
                                          uidValidity: uidValidity)
                result[uid] = IMAPResponseParser.messageID(inHeader: header)
            } catch .messageNotFound {
                continue
            }
        }
        return result
    }

    private func fetchURL(uid: UInt32, section: String?, expectedSize: Int?, uidValidity: UInt32?) throws(TransportError) -> [UInt8] {
        var url = endpoint.url(mailbox: mailbox)
        if let uidValidity { url += ";UIDVALIDITY=\(uidValidity)/" }
        url += ";UID=\(uid)"
        if let section { url += "/;SECTION=" + IMAPEndpoint.percentEncode(section) }
        let context = CurlFailure.Context.fetch(uid: uid, mailbox: mailbox, uidValidity: uidValidity)
        try prepare(url: url, customRequest: nil)
        try perform(context: context, expectedSize: expectedSize)
        return handle.takeBody()
    }

    // MARK: Changing

    /// Adds a flag or keyword (`UID STORE uid +FLAGS.SILENT (flag)`), e.g. `$PlaintFiled`.
    /// Idempotent; a UID that no longer exists is not an error (nothing to mark).
    public func addFlag(_ flag: String, uid: UInt32) throws(TransportError) {
        try addFlag(flag, uids: [uid])
    }

    /// Adds a flag or keyword to several messages in one command (`UID STORE 3:7,9 +FLAGS.SILENT (flag)`).
    /// UIDs that no longer exist are skipped by the server; an empty list sends nothing.
    public func addFlag(_ flag: String, uids: [UInt32]) throws(TransportError) {
        try store("+", flag, uids: uids)
    }

    /// Removes a flag or keyword from several messages (`UID STORE 3:7,9 -FLAGS.SILENT (flag)`), e.g.
    /// `\Seen` to make mail look unread again (libcurl's APPEND stores every message as `\Seen`).
    public func removeFlag(_ flag: String, uids: [UInt32]) throws(TransportError) {
        try store("-", flag, uids: uids)
    }

    private func store(_ sign: String, _ flag: String, uids: [UInt32]) throws(TransportError) {
        guard IMAPCommand.isValidFlag(flag) else {
            throw .invalidSettings("\"\(flag)\" is not a valid IMAP flag or keyword (use e.g. $PlaintFiled)")
        }
        guard !uids.isEmpty else { return }
        _ = try command("UID STORE \(IMAPCommand.uidSet(uids)) \(sign)FLAGS.SILENT (\(flag))", in: mailbox,
                        context: .command("UID STORE", mailbox: mailbox))
    }

    /// Moves message `uid` to `target` (`UID MOVE`, or COPY + \Deleted + `UID EXPUNGE` when the
    /// server does not know MOVE). A UID that no longer exists is not an error.
    /// - Throws: `.mailboxNotFound(target)` when the target does not exist.
    public func move(uid: UInt32, to target: String) throws(TransportError) {
        try move(uids: [uid], to: target)
    }

    /// Moves several messages to `target` in one `UID MOVE` (or one COPY/STORE/EXPUNGE round) with a
    /// UID set. An empty list sends nothing.
    public func move(uids: [UInt32], to target: String) throws(TransportError) {
        guard IMAPCommand.isSendableMailbox(target) else {
            throw .invalidSettings("mailbox names must be printable ASCII (modified UTF-7 is not supported)")
        }
        guard !uids.isEmpty else { return }
        while true {
            let commands = session.moveCommands(uids: uids, to: target)
            let isMove = commands.count == 1
            do {
                for c in commands {
                    _ = try command(c, in: mailbox, context: .command(String(c.prefix(8)), mailbox: mailbox, target: target))
                }
                if isMove { _ = session.moveFinished(serverReply: nil, succeeded: true) }
                return
            } catch {
                if isMove, case .protocolError = error,
                   session.moveFinished(serverReply: lastFailureReply, succeeded: false) {
                    continue  // server rejected MOVE as unknown: retry with COPY/STORE/EXPUNGE
                }
                throw error
            }
        }
    }

    /// Appends a message (`APPEND`); used by tests and benchmarks to fill mailboxes.
    /// - Parameter mailbox: defaults to the URL's mailbox.
    public func append(_ bytes: [UInt8], to mailbox: String? = nil) throws(TransportError) {
        let name = mailbox ?? self.mailbox
        try prepare(url: endpoint.url(mailbox: name), customRequest: nil)
        try handle.set(CURLOPT_UPLOAD, 1)
        try handle.set(CURLOPT_INFILESIZE_LARGE, offset: Int64(bytes.count))
        defer {
            try? handle.set(CURLOPT_UPLOAD, 0)
            try? handle.set(CURLOPT_INFILESIZE_LARGE, offset: -1)
        }
        do {
            try handle.perform(uploading: bytes)
        } catch {
            lastFailureReply = error.lastReply
            throw error.transportError(context: .append(mailbox: name))
        }
    }

    /// `CREATE name` (tests and setup). Throws `.protocolError` if it already exists.
    public func createMailbox(_ name: String) throws(TransportError) {
        _ = try command("CREATE \(IMAPCommand.quoted(name))", in: nil, context: .command("CREATE", mailbox: nil, target: name))
    }

    /// `DELETE name` (tests and cleanup).
    public func deleteMailbox(_ name: String) throws(TransportError) {
        _ = try command("DELETE \(IMAPCommand.quoted(name))", in: nil, context: .command("DELETE", mailbox: nil, target: name))
    }

    // MARK: Plumbing

    /// The server's last tagged reply of the most recent failure (for the MOVE fallback).
    private var lastFailureReply: String?

    /// Runs a command without literals; returns the untagged output bytes.
    private func command(_ text: String, in mailbox: String?, context: CurlFailure.Context) throws(TransportError) -> [UInt8] {
        let url = mailbox.map { endpoint.url(mailbox: $0) } ?? endpoint.serverURL
        try prepare(url: url, customRequest: text)
        try perform(context: context, expectedSize: nil)
        return handle.takeBody()
    }

    private func prepare(url: String, customRequest: String?) throws(TransportError) {
        try handle.set(CURLOPT_URL, url)
        try handle.set(CURLOPT_CUSTOMREQUEST, customRequest)
    }

    private func perform(context: CurlFailure.Context, expectedSize: Int?) throws(TransportError) {
        defer {
            if let v = handle.selectedUIDValidity { _ = session.selected(uidValidity: v) }
        }
        do {
            try handle.perform(expectedSize: expectedSize)
            lastFailureReply = nil
        } catch {
            lastFailureReply = error.lastReply
            throw error.transportError(context: context)
        }
    }
}

@available(*, unavailable)
extension IMAPClient: Sendable {}
