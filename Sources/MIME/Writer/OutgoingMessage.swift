import Foundation

/// A message Plaint sends, rendered to wire bytes (RFC 5322, MIME RFC 2045–2047).
///
/// Pure: no I/O. `bytes` has CRLF line ends, no line over 998 octets, `MIME-Version: 1.0`, a
/// UTF-8 text/plain body (7bit, quoted-printable or base64, see `BodyEncoder`) or, when `html` is
/// given, multipart/alternative with the text first. Every customer-controlled string (names,
/// subjects, extra header values) goes through `HeaderEncoder`, so CR/LF can never start a header.
///
///     let reply = OutgoingMessage(
///         from: Address(name: "Complaints", email: "complaints@company.example"),
///         to: [Address(name: customerName, email: customerEmail)],
///         subject: "Re: \(originalSubject) [CMP-2026-000123]",
///         text: body,
///         inReplyTo: original.messageID, references: original.references + [original.messageID!],
///         headers: [("Auto-Submitted", "auto-replied")])
///     try sender.send(reply.bytes, from: "complaints@company.example", to: [customerEmail])
public struct OutgoingMessage: Sendable {
    public var from: Address
    public var to: [Address]
    public var cc: [Address]
    public var replyTo: [Address]
    public var subject: String
    public var text: String
    public var html: String?
    /// Message-ID of the message answered (without brackets), for threading (RFC 5322 §3.6.4).
    public var inReplyTo: String?
    /// The thread so far, oldest first; `inReplyTo` is appended when missing.
    public var references: [String]
    /// Additional fields, e.g. `("Auto-Submitted", "auto-replied")`. Names are fixed by code and
    /// must not be one of the fields this type writes itself; values are encoded like a subject.
    public var headers: [(name: String, value: String)]
    /// Without brackets. Defaults to a fresh one in the From address's domain.
    public var messageID: String
    public var date: Date

    public init(from: Address, to: [Address], cc: [Address] = [], replyTo: [Address] = [],
                subject: String, text: String, html: String? = nil,
                inReplyTo: String? = nil, references: [String] = [],
                headers: [(name: String, value: String)] = [],
                messageID: String? = nil, date: Date = Date()) {
        self.from = from
        self.to = to
        self.cc = cc
        self.replyTo = replyTo
        self.subject = subject
        self.text = text
        self.html = html
        self.inReplyTo = inReplyTo
        self.references = references
        self.headers = headers
        self.messageID = messageID ?? MessageIDGenerator(forAddress: from.email).next(now: date)
        self.date = date
        for h in headers {
            precondition(OutgoingMessage.isValidFieldName(h.name), "invalid header field name \(h.name)")
            precondition(!OutgoingMessage.reservedFields.contains(h.name.lowercased()),
                         "\(h.name) is written by OutgoingMessage itself")
        }
    }

    /// Fields written from the properties; extra headers may not repeat them.
    static let reservedFields: Set<String> = [
        "date", "from", "to", "cc", "bcc", "reply-to", "subject", "message-id", "in-reply-to",
        "references", "mime-version", "content-type", "content-transfer-encoding", "sender",
    ]

    /// RFC 5322 §3.6.8: printable ASCII except colon, 1…76 characters.
    static func isValidFieldName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 76 && name.utf8.allSatisfy { $0 >= 33 && $0 <= 126 && $0 != UInt8(ascii: ":") }
    }

    /// The References list written: the given thread plus `inReplyTo`, cleaned, without duplicates.
    var threadReferences: [String] {
        var ids = references.compactMap(HeaderEncoder.cleanMessageID)
        if let parent = inReplyTo.flatMap(HeaderEncoder.cleanMessageID), !ids.contains(parent) { ids.append(parent) }
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// The complete message in wire form.
    public var bytes: [UInt8] {
        var head: [String] = []
        head.append("Date: " + OutgoingMessage.rfc5322Date(date))
        head.append(HeaderEncoder.field("From", addresses: [from]))
        if !to.isEmpty { head.append(HeaderEncoder.field("To", addresses: to)) }
        if !cc.isEmpty { head.append(HeaderEncoder.field("Cc", addresses: cc)) }
        if !replyTo.isEmpty { head.append(HeaderEncoder.field("Reply-To", addresses: replyTo)) }
        head.append(HeaderEncoder.field("Subject", unstructured: subject))
        head.append(HeaderEncoder.field("Message-ID", messageIDs: [messageID]))
        if let parent = inReplyTo.flatMap(HeaderEncoder.cleanMessageID) {
            head.append(HeaderEncoder.field("In-Reply-To", messageIDs: [parent]))
        }
        let refs = threadReferences
        if !refs.isEmpty { head.append(HeaderEncoder.field("References", messageIDs: refs)) }
        for h in headers { head.append(HeaderEncoder.field(h.name, unstructured: h.value)) }
        head.append("MIME-Version: 1.0")

        var out: [UInt8] = []
        func line(_ s: String) { out += Array(s.utf8); out += [0x0D, 0x0A] }
        for h in head { line(h) }
        let (textCTE, textBody) = BodyEncoder.encode(text)
        guard let html else {
            line("Content-Type: text/plain; charset=utf-8")
            line("Content-Transfer-Encoding: " + textCTE.rawValue)
            line("")
            out += textBody
            return out
        }
        let (htmlCTE, htmlBody) = BodyEncoder.encode(html)
        let boundary = OutgoingMessage.boundary(for: messageID, avoiding: [textBody, htmlBody])
        line("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
        line("")
        line("--" + boundary)
        line("Content-Type: text/plain; charset=utf-8")
        line("Content-Transfer-Encoding: " + textCTE.rawValue)
        line("")
        out += textBody
        line("--" + boundary)
        line("Content-Type: text/html; charset=utf-8")
        line("Content-Transfer-Encoding: " + htmlCTE.rawValue)
        line("")
        out += htmlBody
        line("--" + boundary + "--")
        return out
    }

    /// A boundary derived from the Message-ID (stable output for goldens) that occurs in no part.
    static func boundary(for messageID: String, avoiding parts: [[UInt8]]) -> String {
        var seed = Array(messageID.utf8)
        while true {
            let b = "=_plaint_" + String(SHA256.hex(seed).prefix(32))
            let needle = Array(b.utf8)
            if !parts.contains(where: { contains($0, needle) }) { return b }
            seed += [0x2B]
        }
    }

    private static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// `Sun, 22 Nov 2026 12:00:00 +0000` (RFC 5322 §3.3), always in UTC.
    public static func rfc5322Date(_ date: Date) -> String {
        let seconds = Int64(floor(date.timeIntervalSince1970))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secOfDay = Int(seconds - days * 86_400)
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = Int(doy - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let weekday = Int(((days % 7) + 7 + 4) % 7)  // 1970-01-01 was a Thursday
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(names[weekday]), \(two(day)) \(months[month - 1]) \(year) "
            + "\(two(secOfDay / 3600)):\(two(secOfDay / 60 % 60)):\(two(secOfDay % 60)) +0000"
    }
}
