/// One SMTP server reply line (RFC 5321 §4.2): `250 2.0.0 Ok: queued as 6F60CF9A037`.
///
/// Pure; fed with the lines libcurl's header callback delivers for each transfer.
struct SMTPReply: Sendable, Equatable {
    var code: Int
    /// True for the last line of a (possibly multi-line) reply: `250 ` rather than `250-`.
    var isFinal: Bool
    var text: String
    var line: String

    init?(_ line: String) {
        let u = Array(line.utf8)
        guard u.count >= 3, u[0...2].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let c = Int(String(decoding: u[0...2], as: UTF8.self)) else { return nil }
        if u.count > 3, u[3] != 0x20, u[3] != 0x2D { return nil }
        code = c
        isFinal = u.count == 3 || u[3] == 0x20
        text = u.count > 4 ? String(decoding: u[4...], as: UTF8.self) : ""
        self.line = line
    }

    /// The queue id in Postfix's `250 2.0.0 Ok: queued as ABC123` (also `queued as <id>` elsewhere).
    var queueID: String? {
        guard code == 250, let r = text.firstRange(of: "queued as ") else { return nil }
        let id = text[r.upperBound...].prefix { !$0.isWhitespace }
        return id.isEmpty ? nil : String(id)
    }

    /// The final reply lines among a transfer's response lines, in order.
    static func finals(_ lines: [String]) -> [SMTPReply] {
        lines.compactMap(SMTPReply.init).filter(\.isFinal)
    }

    /// The reply that ended a failed transfer: the last 4xx/5xx final reply (a QUIT's 221 may follow it).
    static func failure(in lines: [String]) -> SMTPReply? {
        finals(lines).last { $0.code >= 400 }
    }
}
