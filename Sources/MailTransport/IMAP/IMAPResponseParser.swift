/// Pure parsing of the untagged responses libcurl hands to the write and header callbacks.
///
/// Robust by construction: malformed lines become `.other`, never a trap or a throw, so an
/// unexpected server line cannot stop a poll. Implements the subset of RFC 9051 §7 Plaint reads.
enum IMAPResponseParser {
    /// Splits a custom command's output into lines (CRLF or LF) and parses each one.
    static func responses(in bytes: [UInt8]) -> [IMAPResponse] {
        var result: [IMAPResponse] = []
        var start = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                var end = i
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                if end > start {
                    result.append(parse(line: String(decoding: bytes[start..<end], as: UTF8.self)))
                }
                start = i + 1
            }
            i += 1
        }
        return result
    }

    /// Parses one response line (without its CRLF).
    static func parse(line: String) -> IMAPResponse {
        guard line.hasPrefix("* ") else { return .other(line) }
        var t = IMAPTokenizer(line.dropFirst(2))
        guard let first = t.next()?.string else { return .other(line) }

        if let n = UInt32(first) {
            // `* n EXISTS` / `* n RECENT` / `* n EXPUNGE` / `* n FETCH (...)`.
            guard let kind = t.next()?.string?.uppercased() else { return .other(line) }
            switch kind {
            case "EXISTS": return .exists(n)
            case "RECENT": return .recent(n)
            case "EXPUNGE": return .expunge(n)
            case "FETCH":
                guard case .list(let items)? = t.next() else { return .other(line) }
                return .fetch(sequence: n, fetchAttributes(items))
            default: return .other(line)
            }
        }

        switch first.uppercased() {
        case "SEARCH":
            var uids: [UInt32] = []
            while let tok = t.next() {
                // `(MODSEQ n)` may trail a CONDSTORE search; anything non-numeric is skipped.
                if let s = tok.string, let v = UInt32(s) { uids.append(v) }
            }
            return .search(uids)
        case "STATUS":
            guard let mailbox = t.next()?.string, case .list(let items)? = t.next() else { return .other(line) }
            var dict: [String: UInt64] = [:]
            var k = 0
            while k + 1 < items.count {
                if let key = items[k].string, let value = items[k + 1].number { dict[key.uppercased()] = value }
                k += 2
            }
            return .status(mailbox: mailbox, items: dict)
        case "FLAGS":
            guard case .list(let items)? = t.next() else { return .other(line) }
            return .flags(items.compactMap(\.string))
        case "OK", "NO", "BAD", "BYE", "PREAUTH":
            let code = t.responseCode()
            return .condition(status: first.uppercased(), code: code?.code, argument: code?.argument, text: t.rest())
        default:
            return .other(line)
        }
    }

    static func fetchAttributes(_ items: [IMAPToken]) -> FetchAttributes {
        var attrs = FetchAttributes()
        var k = 0
        while k < items.count {
            guard let name = items[k].string?.uppercased() else { k += 1; continue }
            let value = k + 1 < items.count ? items[k + 1] : nil
            switch name {
            case "UID": attrs.uid = value?.number.flatMap { UInt32(exactly: $0) }
            case "RFC822.SIZE": attrs.size = value?.number.flatMap { Int(exactly: $0) }
            case "FLAGS":
                if case .list(let flags)? = value { attrs.flags = flags.compactMap(\.string) }
            default: break
            }
            k += 2
        }
        return attrs
    }

    /// `n` if the line ends with a literal announcement `{n}` (how a FETCH body begins).
    static func literalSize(atEndOf line: String) -> Int? {
        guard line.hasSuffix("}"), let open = line.lastIndex(of: "{") else { return nil }
        let digits = line[line.index(after: open)..<line.index(before: line.endIndex)]
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy(\.isASCII), let n = Int(digits), n >= 0 else { return nil }
        return n
    }

    /// The value of a `[UIDVALIDITY n]` response code in an untagged OK line.
    static func uidValidity(inLine line: String) -> UInt32? {
        if case .condition(_, "UIDVALIDITY", let arg?, _) = parse(line: line) { return UInt32(arg) }
        return nil
    }

    // MARK: Results of the commands IMAPClient sends

    /// UIDs from `* SEARCH` lines at or above `from` (a `n:*` search returns the highest UID even
    /// when it is below `n`: RFC 9051 §6.4.8), ascending and without duplicates.
    static func searchUIDs(in bytes: [UInt8], from: UInt32) -> [UInt32] {
        var uids = Set<UInt32>()
        for case .search(let list) in responses(in: bytes) {
            for uid in list where uid >= from { uids.insert(uid) }
        }
        return uids.sorted()
    }

    /// Messages from `* n FETCH (UID … FLAGS … RFC822.SIZE …)` lines with a UID in `range`,
    /// ascending by UID; unsolicited FETCH lines without a UID (flag updates) are ignored.
    static func messages(in bytes: [UInt8], uids range: ClosedRange<UInt32>) -> [MessageInfo] {
        var byUID: [UInt32: MessageInfo] = [:]
        for case .fetch(_, let attrs) in responses(in: bytes) {
            guard let uid = attrs.uid, range.contains(uid) else { continue }
            var info = byUID[uid] ?? MessageInfo(uid: uid, size: nil, flags: [])
            if let size = attrs.size { info.size = size }
            if let flags = attrs.flags { info.flags = flags }
            byUID[uid] = info
        }
        return byUID.values.sorted { $0.uid < $1.uid }
    }

    /// The STATUS data for `mailbox` (case-insensitive for INBOX only, RFC 9051 §5.1).
    static func status(in bytes: [UInt8], mailbox: String) -> MailboxStatus? {
        for case .status(let name, let items) in responses(in: bytes) {
            let same = name == mailbox || (name.uppercased() == "INBOX" && mailbox.uppercased() == "INBOX")
            guard same, let v = items["UIDVALIDITY"], let n = items["UIDNEXT"],
                  let validity = UInt32(exactly: v), let next = UInt32(exactly: n) else { continue }
            return MailboxStatus(uidValidity: validity, uidNext: next, messages: Int(items["MESSAGES"] ?? 0))
        }
        return nil
    }
}

extension IMAPResponseParser {
    /// The Message-ID field value of a header block (unfolded, trimmed), nil when absent.
    static func messageID(inHeader bytes: [UInt8]) -> String? {
        var value: [UInt8]?
        var lineStart = 0
        while lineStart < bytes.count {
            var end = lineStart
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var line = bytes[lineStart..<end]
            if line.last == 0x0D { line = line.dropLast() }
            lineStart = end + 1
            if value != nil {
                guard let first = line.first, first == 0x20 || first == 0x09 else { break }
                value! += [0x20] + line.drop { $0 == 0x20 || $0 == 0x09 }
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            if String(decoding: line[..<colon], as: UTF8.self).lowercased() == "message-id" {
                value = Array(line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 })
            }
        }
        guard var v = value else { return nil }
        while let last = v.last, last == 0x20 || last == 0x09 { v.removeLast() }
        while let first = v.first, first == 0x20 || first == 0x09 { v.removeFirst() }
        return v.isEmpty ? nil : String(decoding: v, as: UTF8.self)
    }
}
