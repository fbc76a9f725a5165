/// What the client knows about its IMAP session, as a value type with no I/O (tested alone).
///
/// libcurl runs the dialogue (LOGIN, SELECT, the command); this tracks what its answers mean across
/// commands: which UIDVALIDITY the last SELECT reported and whether the server knows UID MOVE.
struct IMAPSessionState: Equatable, Sendable {
    enum MoveSupport: Equatable, Sendable { case unknown, supported, unsupported }

    /// UIDVALIDITY of the client's mailbox from the most recent SELECT (libcurl re-SELECTs after a reconnect).
    private(set) var uidValidity: UInt32?
    private(set) var moveSupport: MoveSupport = .unknown

    /// What a SELECT's `* OK [UIDVALIDITY n]` means for the caller.
    enum SelectOutcome: Equatable, Sendable { case first, unchanged, changed(from: UInt32) }

    mutating func selected(uidValidity new: UInt32) -> SelectOutcome {
        defer { uidValidity = new }
        guard let old = uidValidity else { return .first }
        return old == new ? .unchanged : .changed(from: old)
    }

    /// The commands that move one message: `UID MOVE` (RFC 6851), or COPY + \Deleted + UID EXPUNGE
    /// (RFC 4315) once the server has rejected MOVE.
    func moveCommands(uid: UInt32, to target: String) -> [String] {
        moveCommands(uids: [uid], to: target)
    }

    /// The same for several messages at once, as one UID set (`UID MOVE 3:7,9 "Processed"`).
    func moveCommands(uids: [UInt32], to target: String) -> [String] {
        let t = IMAPCommand.quoted(target)
        let set = IMAPCommand.uidSet(uids)
        switch moveSupport {
        case .unknown, .supported:
            return ["UID MOVE \(set) \(t)"]
        case .unsupported:
            return ["UID COPY \(set) \(t)", "UID STORE \(set) +FLAGS.SILENT (\\Deleted)", "UID EXPUNGE \(set)"]
        }
    }

    /// Records the result of a `UID MOVE`; returns true when the caller should retry with the fallback.
    mutating func moveFinished(serverReply: String?, succeeded: Bool) -> Bool {
        if succeeded { moveSupport = .supported; return false }
        guard moveSupport == .unknown, let reply = serverReply else { return false }
        // An unknown command is BAD (RFC 9051 §7.1.3); a NO means MOVE exists but failed.
        let words = reply.split(separator: " ")
        if words.count >= 2, words[1].uppercased() == "BAD" {
            moveSupport = .unsupported
            return true
        }
        return false
    }
}

/// Builders for command arguments (RFC 9051 §4.3 quoted strings, §2.3.2 flags).
enum IMAPCommand {
    /// A quoted string with `\` and `"` escaped. Rejects CR/LF/NUL, which need a literal.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for ch in s {
            if ch == "\\" || ch == "\"" { out.append("\\") }
            out.append(ch)
        }
        return out + "\""
    }

    /// A UID set (RFC 9051 §9 `sequence-set`): ascending, duplicates dropped, runs as `a:b`
    /// (`[9, 3, 4, 5, 7]` → `3:5,7,9`). Must not be empty.
    static func uidSet(_ uids: [UInt32]) -> String {
        precondition(!uids.isEmpty, "an IMAP UID set cannot be empty")
        var parts: [String] = []
        let sorted = Array(Set(uids)).sorted()
        var lo = sorted[0], hi = sorted[0]
        for uid in sorted.dropFirst() {
            if uid == hi + 1 { hi = uid; continue }
            parts.append(lo == hi ? "\(lo)" : "\(lo):\(hi)")
            lo = uid; hi = uid
        }
        parts.append(lo == hi ? "\(lo)" : "\(lo):\(hi)")
        return parts.joined(separator: ",")
    }

    /// Whether `flag` is a system flag (`\Seen`) or a keyword atom (`$PlaintFiled`).
    static func isValidFlag(_ flag: String) -> Bool {
        var body = Substring(flag)
        if body.hasPrefix("\\") { body = body.dropFirst() }
        guard !body.isEmpty else { return false }
        return body.unicodeScalars.allSatisfy { c in
            c.value > 0x20 && c.value < 0x7F && !"(){ %*\"\\]".unicodeScalars.contains(c)
        }
    }

    /// Whether a mailbox name can travel as a quoted string (no CR, LF or NUL; 7-bit only,
    /// since non-ASCII names need modified UTF-7, RFC 3501 §5.1.3, which is not implemented).
    static func isSendableMailbox(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
    }
}
