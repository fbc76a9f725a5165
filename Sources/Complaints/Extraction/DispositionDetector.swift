import Foundation

/// The facts about a message that decide its disposition, gathered once from `MIME.Message`
/// (or written by hand in tests).
public struct MailFacts: Sendable {
    public var headers: [(name: String, value: String)]
    public var fromEmail: String?
    public var fromName: String?
    public var subject: String
    /// Every part's `type/subtype`, root first.
    public var mimeTypes: [String]
    /// `report-type` of a multipart/report root or part.
    public var reportType: String?
    public var text: String
    public var defects: [String]
    public var attachmentCount: Int

    public init(headers: [(name: String, value: String)] = [], fromEmail: String? = nil, fromName: String? = nil,
                subject: String = "", mimeTypes: [String] = ["text/plain"], reportType: String? = nil, text: String = "",
                defects: [String] = [], attachmentCount: Int = 0) {
        self.headers = headers
        self.fromEmail = fromEmail
        self.fromName = fromName
        self.subject = subject
        self.mimeTypes = mimeTypes
        self.reportType = reportType
        self.text = text
        self.defects = defects
        self.attachmentCount = attachmentCount
    }

    func header(_ name: String) -> String? {
        headers.first { Self.sameName($0.name, name) }?.value
    }

    /// Header names compare ignoring case (RFC 5322 §1.2.2); they are ASCII, so an ASCII folding
    /// decides nearly always (two strings of one length, one containing the other, are equal), and
    /// Foundation's comparison (far slower) is asked only about others.
    static func sameName(_ a: String, _ b: String) -> Bool {
        guard !TextTools.containsByte(a, where: { $0 >= 0x80 }), !TextTools.containsByte(b, where: { $0 >= 0x80 }) else {
            return a.caseInsensitiveCompare(b) == .orderedSame
        }
        return a.utf8.count == b.utf8.count && TextTools.containsIgnoringASCIICase(a, b)
    }

    func has(_ name: String) -> Bool { header(name) != nil }
}

/// Ticket, auto-reply, bounce, bulk or quarantine (RFC 3834, RFC 3464, RFC 2369/2919), first match wins.
public enum DispositionDetector {
    /// - Parameter relayedCustomer: the message relays a customer (web form, outside-body transfer): automatic
    ///   headers such as `Auto-Submitted: auto-generated` or list headers do not make it an auto-reply or bulk.
    public static func decide(_ f: MailFacts, relayedCustomer: Bool = false,
                              configuration c: ComplaintReader.ReaderConfiguration = .init()) -> (Disposition, String?) {
        if let reason = garbage(f) { return (.quarantine, reason) }
        if let from = f.fromEmail, c.isOwn(from) { return (.quarantine, "loop: sent by Plaint's own address") }
        if let reason = bounce(f) { return (.bounce, reason) }
        if let reason = autoReply(f, relayedCustomer: relayedCustomer) { return (.autoReply, reason) }
        if let reason = spam(f) { return (.quarantine, reason) }
        if let reason = bulk(f, relayedCustomer: relayedCustomer) { return (.bulk, reason) }
        return (.ticket, nil)
    }

    static func garbage(_ f: MailFacts) -> String? {
        let noText = TextTools.trim(f.text).isEmpty
        let noSubject = TextTools.trim(f.subject).isEmpty
        if f.headers.isEmpty && noText {
            return f.defects.isEmpty ? "empty: no header fields and no text" : "unreadable: only defects (\(f.defects.prefix(3).joined(separator: "; ")))"
        }
        if f.headers.isEmpty {
            return "malformed: no header fields" + (f.defects.isEmpty ? "" : " (\(f.defects.prefix(3).joined(separator: "; ")))")
        }
        if f.fromEmail == nil && !noText && isMostlyUnreadable(f.text) {
            return "unreadable: no From and the text is mostly binary"
        }
        if (f.fromEmail ?? "").isEmpty && noText && f.attachmentCount == 0 {
            return "empty: no From and no text"
        }
        if noText && noSubject && f.attachmentCount == 0 {
            return "empty: no subject, no text and no attachments"
        }
        return nil
    }

    /// More than a tenth of the characters are replacement or control characters.
    static func isMostlyUnreadable(_ text: String) -> Bool {
        var bad = 0, total = 0
        for s in text.unicodeScalars.prefix(20_000) {
            total += 1
            if s == "\u{FFFD}" || (s.value < 0x20 && s != "\n" && s != "\r" && s != "\t") || (s.value >= 0x7F && s.value < 0xA0) { bad += 1 }
        }
        return total > 0 && bad * 10 > total
    }

    static let bounceSubjectPattern =
        #"^\s*(undeliver(ed|able)( mail| message)?|undelivered mail returned to sender|delivery status notification|delivery (has )?failed|delivery failure|mail delivery (failed|failure|subsystem|system)|returned mail|failure notice|message not delivered|non[- ]?delivery|could not be delivered|mail system error|delivery notification: delivery has failed|warning: could not send message|delivery (delayed|delay|notification)|message delayed|退信|系统退信|邮件退信|退信通知|投递失败|邮件投递失败|发送失败|无法投递|退回的邮件|未送达)"#

    static func bounce(_ f: MailFacts) -> String? {
        if f.reportType?.lowercased() == "delivery-status" { return "bounce: multipart/report delivery-status" }
        if f.mimeTypes.contains(where: { $0 == "message/delivery-status" || $0 == "message/global-delivery-status" }) {
            return "bounce: message/delivery-status part"
        }
        let local = f.fromEmail.map(TextTools.localPart(of:)) ?? ""
        let daemon = ["mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"].contains(local)
            || TextTools.matches(f.fromName ?? "", #"^(mail delivery (system|subsystem)|mailer[- ]daemon|postmaster|系统退信|邮件系统)"#)
        let subjectSays = TextTools.matches(f.subject, bounceSubjectPattern)
        if daemon && subjectSays { return "bounce: delivery failure from \(f.fromEmail ?? "mailer-daemon")" }
        if daemon { return "bounce: sent by \(f.fromEmail ?? "mailer-daemon")" }
        if subjectSays && TextTools.matches(f.text, #"(could not be delivered|wasn't delivered|was not delivered|delivery (to the following )?recipients? failed|permanent (error|failure)|user unknown|mailbox (unavailable|not found|full)|550[ -]|5\.\d\.\d|无法(送达|投递)|投递失败|退信)"#) {
            return "bounce: delivery failure notice"
        }
        return nil
    }

    static let outOfOfficeSubjectPattern =
        #"^\s*(out of (the )?office|automatic reply|auto(matic)?[- ]?(reply|response|antwort|answer)|automatische antwort|auto:|autoreply|autosvar|ooo\b|out of office:|i am (away|out)|i'm (away|out)|away from (the |my )?office|(on|out on) (vacation|holiday|annual leave|leave)\s*([:：!.,-]|$|until|till|from)|vacation (reply|message|notice)|abwesenheit|réponse automatique|respuesta automática|自动回复|自动答复|自動回覆|自動答覆|自动应答|休假(中|通知)?\s*([:：，,!！]|$)|不在办公室|外出(中|通知)?\s*([:：，,!！]|$)|【自动回复】|\[自动回复\])"#

    static let outOfOfficeBodyPattern =
        #"(\bI(’|')?m (currently )?(out of (the )?office|away from (the |my )?(office|desk)|on (annual |parental |sick )?leave|on (vacation|holiday))|\bI am (currently )?(out of (the )?office|away from (the |my )?(office|desk)|on (annual |parental |sick )?leave|on (vacation|holiday))|\bthis is an automatic (reply|response)|\bthis is an auto-?generated (reply|response)|\bautomatic reply\b|我(目前|现在|正在)?(正在)?(休假|外出|出差).{0,10}(期间|中|，|,)|此为自动回复|这是一封自动回复|本邮件为自动回复|自动回复[:：]|您的(来信|邮件)已收到.{0,20}(尽快|稍后)回复)"#
    static let outOfOfficeReturnPattern =
        #"(\b(return|back)\b.{0,40}\b(on|by|until|after|monday|tuesday|wednesday|thursday|friday|\d)|\buntil\b|limited access to (e-?mail|my email)|\bin my absence\b|\bfor urgent (matters|requests|issues)|此为自动回复|这是一封自动回复|本邮件为自动回复|自动回复|返回|回来|期间|紧急|尽快回复|稍后回复)"#

    static func autoReply(_ f: MailFacts, relayedCustomer: Bool) -> String? {
        if let v = f.header("Auto-Submitted")?.lowercased(), !v.hasPrefix("no") {
            if v.hasPrefix("auto-replied") || !relayedCustomer { return "auto_reply: Auto-Submitted: \(v)" }
        }
        if let v = f.header("X-Autoreply"), !TextTools.matches(v, "^\\s*(no|false|0)\\s*$") { return "auto_reply: X-Autoreply" }
        if f.has("X-Autorespond") { return "auto_reply: X-Autorespond" }
        if let v = f.header("X-Autogenerated"), TextTools.matches(v, "reply") { return "auto_reply: X-Autogenerated" }
        if let v = f.header("Precedence"), TextTools.matches(v, #"^\s*auto[_-]?reply"#) { return "auto_reply: Precedence: auto_reply" }
        if TextTools.matches(f.subject, outOfOfficeSubjectPattern) { return "auto_reply: out-of-office subject" }
        if f.reportType?.lowercased() == "disposition-notification"
            || f.mimeTypes.contains("message/disposition-notification") {
            return "auto_reply: read receipt (disposition-notification)"
        }
        if TextTools.matches(f.subject, #"^\s*(read|已读|已讀|receipt|read receipt)\s*[:：]"#),
           TextTools.isShorter(f.text, than: 600), TextTools.matches(f.text, #"(was read|has been read|已被阅读|已读)"#) {
            return "auto_reply: read receipt"
        }
        let lowerSender = (f.fromEmail ?? "").lowercased()
        let systemSender = TextTools.matches(TextTools.localPart(of: lowerSender), #"^(no-?reply|do-?not-?reply|donotreply|auto-?reply|autoresponder|system|notifications?)$"#)
        let isReplyOrForward = TextTools.matches(f.subject, #"^\s*(re|fw|fwd|aw|sv|回复|转发)\s*[:：]"#)
        let shortBody = TextTools.isShorter(f.text, than: 1200)
        let oooBody = shortBody && TextTools.matches(f.text, outOfOfficeBodyPattern)
        if let v = f.header("X-Auto-Response-Suppress"), TextTools.matches(v, #"\b(all|oof|autoreply)\b"#), !relayedCustomer,
           systemSender || oooBody || (!isReplyOrForward && TextTools.matches(f.text, #"(automatic|automated|auto-generated|自动)"#) && shortBody) {
            return "auto_reply: X-Auto-Response-Suppress: \(v)"
        }
        let strongAuto = TextTools.matches(f.text, #"(\bthis is an automat(ic|ed) (reply|response|message)\b|\bauto-?generated (reply|response)\b|此为自动回复|这是一封自动回复|本邮件为自动回复|此邮件为自动回复|这是自动回复)"#)
        let isReply = TextTools.matches(f.subject, #"^\s*(re|aw|sv|回复|答复)\s*[:：]"#)
        if shortBody, f.attachmentCount == 0, strongAuto || (isReply && oooBody && TextTools.isShorter(f.text, than: 600) && TextTools.matches(f.text, outOfOfficeReturnPattern)) {
            return "auto_reply: out-of-office text"
        }
        return nil
    }

    /// SPEC §1 quarantines spam with its reason (the record is kept, never answered).
    static func spam(_ f: MailFacts) -> String? {
        if let v = f.header("X-Spam-Flag"), TextTools.matches(v, #"^\s*yes"#) { return "spam: X-Spam-Flag: YES" }
        if let v = f.header("X-Spam-Status"), TextTools.matches(v, #"^\s*yes\b"#) { return "spam: X-Spam-Status: Yes" }
        return nil
    }

    static func bulk(_ f: MailFacts, relayedCustomer: Bool) -> String? {
        if relayedCustomer { return nil }
        if let v = f.header("Precedence"), TextTools.matches(v, #"^\s*(bulk|junk|list)"#) { return "bulk: Precedence: \(TextTools.trim(v))" }
        if f.has("List-Id") { return "bulk: mailing list (List-Id)" }
        if f.has("List-Unsubscribe") {
            let signs = ["List-Unsubscribe-Post", "Feedback-ID", "X-Campaign", "X-CampaignID", "X-Mailchimp-Campaign",
                         "X-MC-User", "X-SG-EID", "X-Mailgun-Tag", "X-SES-Outgoing", "X-Marketo", "X-MarketoID", "X-CSA-Complaints",
                         "X-Newsletter", "X-Mailer-RecptId", "X-Report-Abuse", "X-Bulk"]
            if signs.contains(where: f.has) { return "bulk: List-Unsubscribe with bulk-mailer headers" }
            if let local = f.fromEmail.map(TextTools.localPart(of:)),
               TextTools.matches(local, #"(news|newsletter|marketing|promo|offers|deals|info|hello|updates|digest|noreply|no-reply)"#) {
                return "bulk: List-Unsubscribe from \(f.fromEmail ?? "")"
            }
            if TextTools.matches(f.text, #"(\bunsubscribe\b|退订|取消订阅)"#) { return "bulk: List-Unsubscribe with unsubscribe footer" }
        }
        if let v = f.header("X-Mailer"), TextTools.matches(v, #"(mailchimp|sendinblue|brevo|campaign monitor|constant contact|mailjet|klaviyo)"#) {
            return "bulk: sent by \(v)"
        }
        return nil
    }
}
