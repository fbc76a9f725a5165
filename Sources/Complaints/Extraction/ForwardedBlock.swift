import Foundation

/// A forwarded or quoted original message written into the body: the separator
/// ("---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:",
/// "------------------ 原始邮件 ------------------", an Outlook "From:/Sent:/To:/Subject:" block, "发件人:/发送时间:…"),
/// the header lines under it, and the body after them.
public struct ForwardedBlock: Sendable, Equatable {
    /// What the forwarder wrote above the separator.
    public var note: String
    public var from: AddressText?
    public var subject: String?
    public var date: String?
    /// The forwarded message's body, uncleaned (it may hold its own quoted history).
    public var body: String

    public init(note: String, from: AddressText?, subject: String?, date: String?, body: String) {
        self.note = note
        self.from = from
        self.subject = subject
        self.date = date
        self.body = body
    }

    static let separatorPattern =
        #"^\s*[-=_*~ ]{2,}\s*(forwarded message|original message|original|forwarded e-?mail|reply message|message d'origine|ursprüngliche nachricht|mensaje (original|reenviado)|原始邮件|原始郵件|原邮件|转发邮件信息|转发的邮件|转发邮件|轉寄郵件|轉發郵件|回复的原邮件|邮件原文)\s*[-=_*~ ]*\s*$"#
    static let beginForwardPattern = #"^\s*(begin forwarded message|forwarded message|下面是转发的邮件|以下为转发的邮件|以下是转发的邮件|开始转发的邮件|转发的邮件)\s*[:：]?\s*$"#
    static let forwardedByPattern = #"^\s*-{2,}\s*forwarded by .*$"#
    static let headerNames =
        #"(from|sent|date|to|cc|bcc|subject|reply-to|发件人|發件人|寄件者|寄件人|发送时间|發送時間|发送日期|时间|時間|日期|寄件日期|收件人|收件者|抄送|副本|主题|主題|主旨|标题|de|von|envoyé|gesendet|à|an|objet|betreff)"#
    static var headerLinePattern: String { #"^\s*\*?\s*"# + headerNames + #"\s*\*?\s*[:：]"# }
    static let fromLinePattern = #"^\s*\*?\s*(from|发件人|發件人|寄件者|寄件人|de|von)\s*\*?\s*[:：]"#

    // The patterns compiled once: `blockStart` is tried on every line of every body.
    static let separator = TextTools.Pattern(separatorPattern)
    static let beginForward = TextTools.Pattern(beginForwardPattern)
    static let forwardedBy = TextTools.Pattern(forwardedByPattern)
    static let headerLine = TextTools.Pattern(headerLinePattern)
    static let fromLine = TextTools.Pattern(fromLinePattern)
    /// Outlook's rule of underscores above a quoted header block.
    static let underscoreRulePattern = #"^\s*_{8,}\s*$"#
    static let underscoreRule = TextTools.Pattern(underscoreRulePattern)

    /// Whether line `i` starts a forwarded/original-message block; the index where header lines begin.
    static func blockStart(_ lines: [String], at i: Int) -> Int? {
        let line = lines[i]
        if TextTools.matches(line, separator) || TextTools.matches(line, beginForward) || TextTools.matches(line, forwardedBy) {
            return i + 1
        }
        // Outlook's underscore rule directly above a header block.
        if TextTools.matches(line, underscoreRule) {
            var j = i + 1
            while j < lines.count, TextTools.isBlank(lines[j]) { j += 1 }
            if j < lines.count, isHeaderBlock(lines, at: j) { return j }
            return nil
        }
        if isHeaderBlock(lines, at: i) { return i }
        return nil
    }

    /// "From: …" followed within a few lines by another header line (Sent/Date/To/Subject…).
    static func isHeaderBlock(_ lines: [String], at i: Int) -> Bool {
        guard TextTools.matches(lines[i], fromLine) else { return false }
        var headers = 1
        var j = i + 1
        while j < lines.count, j <= i + 6 {
            let l = lines[j]
            if TextTools.matches(l, headerLine) { headers += 1 }
            else if TextTools.isBlank(l) && headers > 1 { break }
            j += 1
        }
        return headers >= 2
    }

    /// The first forwarded block in `text`, or nil.
    public static func find(in text: String) -> ForwardedBlock? {
        var lines = TextTools.lines(text)
        // A forward that arrived entirely quoted ("> ---------- Forwarded message"): look one level in.
        if lines.filter({ !TextTools.isBlank($0) }).allSatisfy(TextTools.isQuoted) {
            lines = lines.map(TextTools.unquote)
        }
        for i in lines.indices {
            let probe = TextTools.isQuoted(lines[i]) ? TextTools.unquote(lines[i]) : lines[i]
            var view = lines
            view[i] = probe
            guard let headerStart = blockStart(view, at: i) else { continue }
            var rest = Array(lines[headerStart...])
            // Quoted forwards: unquote the remainder when most of it is quoted.
            let nonBlank = rest.filter { !TextTools.isBlank($0) }
            if TextTools.isQuoted(lines[i]) || (!nonBlank.isEmpty && nonBlank.filter(TextTools.isQuoted).count * 10 >= nonBlank.count * 8) {
                rest = rest.map(TextTools.unquote)
            }
            var from: AddressText?
            var subject: String?
            var date: String?
            var k = 0
            while k < rest.count, TextTools.isBlank(rest[k]) { k += 1 }
            var sawHeader = false
            var lastKey = ""
            while k < rest.count {
                let l = rest[k]
                if TextTools.isBlank(l) {
                    if sawHeader { break }
                    k += 1
                    continue
                }
                if let key = TextTools.capture(l, #"^\s*\*?\s*"# + headerNames + #"\s*\*?\s*[:：]"#) {
                    sawHeader = true
                    let value = valueAfterColon(l)
                    lastKey = key.lowercased()
                    switch lastKey {
                    case "from", "发件人", "發件人", "寄件者", "寄件人", "de", "von":
                        if from == nil { from = AddressText.parse(value) }
                    case "subject", "主题", "主題", "主旨", "标题", "objet", "betreff":
                        if subject == nil { subject = TextTools.trim(value) }
                    case "date", "sent", "发送时间", "發送時間", "发送日期", "时间", "時間", "日期", "寄件日期", "envoyé", "gesendet":
                        if date == nil { date = TextTools.trim(value) }
                    default: break
                    }
                    k += 1
                    continue
                }
                // Wrapped continuation of a long To/Cc list.
                if sawHeader, ["to", "cc", "收件人", "抄送", "bcc"].contains(lastKey),
                   l.first == " " || l.first == "\t" || l.contains("@") {
                    k += 1
                    continue
                }
                break
            }
            guard sawHeader || headerStart > i else { continue }
            let note = TextTools.normalize(Array(lines[..<i]))
            let body = TextTools.normalize(Array(rest[min(k, rest.count)...]))
            return ForwardedBlock(note: note, from: from, subject: subject, date: date, body: body)
        }
        return nil
    }

    static func valueAfterColon(_ line: String) -> String {
        guard let idx = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return line }
        return String(line[line.index(after: idx)...])
    }
}
