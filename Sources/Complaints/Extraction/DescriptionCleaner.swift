import Foundation

/// Reduces a message body to the writer's own words: drops quoted history (`>` lines, attribution
/// lines of Gmail, Outlook, Apple Mail, Thunderbird, QQ Mail, 163/NetEase, Foxmail), forwarded and
/// original-message blocks, signatures, valedictions, disclaimers and unsubscribe footers.
public enum DescriptionCleaner {
    /// The cleaned text; never empty when the input had readable words (falls back to the best available text).
    public static func clean(_ text: String) -> String {
        clean(text, depth: 0)
    }

    /// A body split into lines and into own words and history once, for callers that need both the
    /// cleaned text and `ownText` of the same body.
    struct Prepared {
        var lines: [String]
        var split: (own: [String], history: [String])

        init(_ text: String) {
            lines = TextTools.lines(text)
            split = DescriptionCleaner.splitHistory(lines)
        }

        /// `ownText(text)`.
        var ownText: String { TextTools.normalize(split.own) }
    }

    static func clean(_ text: String, depth: Int, prepared: Prepared? = nil) -> String {
        let lines = prepared?.lines ?? TextTools.lines(text)
        let split = prepared?.split ?? splitHistory(lines)
        let possible = LineRules(lines)
        let own = possible.footer ? dropFooters(split.own) : split.own
        let disclaimed = possible.disclaimer ? cutDisclaimer(own) : own
        let signed = cutSignature(disclaimed, possible: possible)
        let result = TextTools.normalize(signed)
        if !result.isEmpty { return result }
        // The signature rules ate everything: keep what the writer wrote.
        let unsigned = TextTools.normalize(disclaimed)
        if !unsigned.isEmpty { return unsigned }
        // Nothing of their own above the history (a bare forward or re-sent quote): use the history.
        if depth < 3, !split.history.isEmpty {
            let history = split.history.joined(separator: "\n")
            if let block = ForwardedBlock.find(in: history), !TextTools.trim(block.body).isEmpty {
                return clean(block.body, depth: depth + 1)
            }
            var unquoted = split.history.map(TextTools.unquote)
            // Drop the attribution line the history may start with.
            if let first = unquoted.firstIndex(where: { !TextTools.isBlank($0) }), let n = attributionSpan(unquoted, at: first) {
                unquoted.removeSubrange(first..<(first + n))
            }
            let inner = clean(unquoted.joined(separator: "\n"), depth: depth + 1)
            if !inner.isEmpty { return inner }
        }
        return TextTools.normalize(lines)
    }

    /// `clean(_:)`, then a closing line holding only the writer's name (and contact lines under it) removed:
    /// "…send the right one?\n\nGraham" → "…send the right one?".
    public static func clean(_ text: String, signer: String?) -> String {
        clean(text, signer: signer, prepared: nil)
    }

    /// `clean(_:signer:)` reusing a split already made of `text`.
    static func clean(_ text: String, signer: String?, prepared: Prepared?) -> String {
        let cleaned = clean(text, depth: 0, prepared: prepared)
        guard let signer = signer.map(TextTools.trim), !signer.isEmpty else { return cleaned }
        var variants: Set<String> = [signer.lowercased()]
        if let first = signer.split(separator: " ").first { variants.insert(first.lowercased()) }
        var lines = TextTools.lines(cleaned)
        var end = lines.count
        var sawName = false
        while end > 1 {
            let t = TextTools.trim(lines[end - 1]).trimmingCharacters(in: CharacterSet(charactersIn: ".,!~-—– "))
            if t.isEmpty { end -= 1; continue }
            if variants.contains(t.lowercased()) { sawName = true; end -= 1; break }
            let contactOnly = TextTools.isShorter(t, than: 41) && TextTools.matches(t, contactLine)
            guard contactOnly else { break }
            end -= 1
        }
        guard sawName else { return cleaned }
        lines = Array(lines[..<end])
        let result = TextTools.normalize(lines)
        return result.isEmpty ? cleaned : result
    }

    /// The lines the writer added (history removed but signature kept), for phone and account look-ups.
    public static func ownText(_ text: String) -> String {
        TextTools.normalize(splitHistory(TextTools.lines(text)).own)
    }

    // MARK: History

    static let attributionPatterns: [String] = [
        #"^\s*on\b.{0,300}\b(wrote|writes)\s*:\s*$"#,
        #"^\s*on\b.{0,300}(\d|@).{0,300}\b(wrote|writes)\s*:?\s*$"#,
        #"^.{0,250}\b(wrote|writes|schrieb|escribió|scrisse|skrev|написал\(а\)|написал)\s*:\s*$"#,
        #"^.{0,200}\bwrote on\b.{0,80}:\s*$"#,
        #"^\s*le\b.{0,250}a écrit\s*:?\s*$"#,
        #"^\s*el\b.{0,250}escribió\s*:?\s*$"#,
        #"^\s*am\b.{0,250}schrieb.{0,100}:\s*$"#,
        #"^.{0,250}(写道|寫道)\s*[：:]\s*$"#,
        #"^\s*(在|于|於|\d).{0,250}(写道|寫道)\s*[：:]?\s*$"#,
        #"^\s*-{2,}.{0,100}\bwrote\b.{0,10}-{2,}\s*$"#,
    ]

    static let attributionGate = PatternGate(attributionPatterns)
    static let attributions = attributionPatterns.map { TextTools.Pattern($0) }
    static let openBracketEndPattern = #"[<\(（]\s*$"#
    static let openBracketEnd = TextTools.Pattern(openBracketEndPattern)

    /// Everything `attributionSpan` and `ForwardedBlock.blockStart` look for in a line, in one pass: a
    /// line with none of it (nearly every line of prose) starts neither, unless it opens like a
    /// wrapped attribution ("On Tue, 3 Mar … Ann Lee").
    static let historyGate = PatternGate(attributionPatterns + [
        openBracketEndPattern, ForwardedBlock.separatorPattern, ForwardedBlock.beginForwardPattern,
        ForwardedBlock.forwardedByPattern, ForwardedBlock.underscoreRulePattern, ForwardedBlock.fromLinePattern,
    ])

    /// Whether an attribution line starts at `i` (possibly wrapped over up to three lines); returns how many lines it spans.
    static func attributionSpan(_ lines: [String], at i: Int) -> Int? {
        let first = TextTools.trim(lines[i])
        guard !first.isEmpty, TextTools.isShorter(first, than: 400) else { return nil }
        if attributionGate.mayMatchAny(first), attributions.contains(where: { TextTools.matches(first, $0) }) { return 1 }
        // Gmail and 163 wrap long attributions: "On Tue, … Ann Lee <\nann@x.example> wrote:".
        let starts = startsLikeAttribution(first) || TextTools.matches(first, openBracketEnd)
        guard starts else { return nil }
        var joined = first
        for extra in 1...2 where i + extra < lines.count {
            let next = TextTools.trim(lines[i + extra])
            if next.isEmpty || TextTools.isQuoted(lines[i + extra]) { break }
            joined += " " + next
            if TextTools.isShorter(joined, than: 500), attributionGate.mayMatchAny(joined), attributions.contains(where: { TextTools.matches(joined, $0) }) {
                return extra + 1
            }
        }
        return nil
    }

    static let attributionStartPattern = #"^(on\s|le\s|el\s|am\s|在\s?|\d{4}[-年/])"#
    static let attributionStart = TextTools.Pattern(attributionStartPattern)

    /// `attributionStartPattern` (case-insensitive) without ICU for a line that starts with ASCII, which is
    /// nearly every line: two ASCII letters decide it alone. Anything else asks the regex.
    static func startsLikeAttribution(_ line: String) -> Bool {
        var bytes = line.utf8.makeIterator()
        guard let b0 = bytes.next(), let b1 = bytes.next(), b0 < 0x80, b1 < 0x80, !(0x30...0x39).contains(b0) else {
            return TextTools.matches(line, attributionStart)
        }
        let pair = [b0 | 0x20, b1 | 0x20]
        let isLetters = (b0 | 0x20) >= 0x61 && (b0 | 0x20) <= 0x7A && (b1 | 0x20) >= 0x61 && (b1 | 0x20) <= 0x7A
        guard isLetters, pair == Array("on".utf8) || pair == Array("le".utf8) || pair == Array("el".utf8) || pair == Array("am".utf8) else {
            return false
        }
        // ICU's \s on ASCII is tab, LF, VT, FF, CR and space (measured); a non-ASCII third character is left to the regex.
        guard let b2 = bytes.next() else { return false }
        if b2 >= 0x80 { return TextTools.matches(line, attributionStart) }
        return b2 == 0x20 || (0x09...0x0D).contains(b2)
    }

    /// Splits the body into the writer's own lines and the quoted/forwarded history.
    static func splitHistory(_ lines: [String]) -> (own: [String], history: [String]) {
        var cut: Int?
        var span = 1
        var viaAttribution = false
        for i in lines.indices {
            if TextTools.isQuoted(lines[i]) { continue }
            if !historyGate.mayMatchAny(lines[i]) {
                let first = TextTools.trim(lines[i])
                if first.isEmpty || !startsLikeAttribution(first) { continue }
            }
            if let n = attributionSpan(lines, at: i) {
                cut = i; span = n; viaAttribution = true
                break
            }
            if ForwardedBlock.blockStart(lines, at: i) != nil {
                cut = i; span = 0
                break
            }
        }
        guard let cut else {
            // No attribution: drop `>` lines; keep the rest (inline answers, or a quote without header).
            let own = lines.filter { !TextTools.isQuoted($0) }
            let history = lines.filter(TextTools.isQuoted)
            return (own, history)
        }
        var before = Array(lines[..<cut]).filter { !TextTools.isQuoted($0) }
        // A letter that opens with "To:/From:/Date:" lines has no words of its own above them.
        if before.allSatisfy({ TextTools.isBlank($0) || TextTools.matches($0, ForwardedBlock.headerLine) }) {
            before = []
        }
        let after = Array(lines[(cut + span)...])
        if viaAttribution, isInlineReply(after) {
            // Answers written between quoted passages: keep them.
            let answers = after.filter { !TextTools.isQuoted($0) }
            return (before + [""] + answers, after.filter(TextTools.isQuoted))
        }
        return (before, after)
    }

    /// After an attribution: quoted passages with the writer's own non-quoted lines between them.
    static func isInlineReply(_ after: [String]) -> Bool {
        guard let firstQuoted = after.firstIndex(where: TextTools.isQuoted) else { return false }
        let leading = after[..<firstQuoted].filter { !TextTools.isBlank($0) }
        guard leading.isEmpty else { return false }
        var sawAnswer = false
        var i = firstQuoted
        while i < after.count {
            let l = after[i]
            if !TextTools.isQuoted(l), !TextTools.isBlank(l) {
                if attributionSpan(after, at: i) != nil || ForwardedBlock.blockStart(after, at: i) != nil { break }
                if isSignatureStart(after, at: i) { break }
                // An answer counts only when more quoted text follows it (otherwise it is a trailing signature).
                if after[(i + 1)...].contains(where: TextTools.isQuoted) || (!sawAnswer && !TextTools.isShorter(TextTools.trim(l), than: 26)) {
                    sawAnswer = true
                }
            }
            i += 1
        }
        return sawAnswer
    }

    // MARK: Signatures

    static let mobileSignaturePattern =
        #"^\s*(sent from my\b|sent from (mail|outlook|yahoo|samsung|gmail|my)\b|sent via\b|sent with\b|sent using\b|get outlook for\b|envoyé de mon\b|von meinem\b|enviado desde mi\b|发自我的|發自我的|寄自我的|发自\s*(网易|QQ|手机|企业微信|钉钉|腾讯|我的)|发自.{0,12}(邮箱|客户端|大师|iPhone|iPad|Android|手机)|來自我的|来自(我的|.{0,12}(邮箱|客户端|大师|iPhone|iPad|Android|手机))|来自\s*(HUAWEI|华为|小米|Xiaomi|Redmi|OPPO|vivo|荣耀|HONOR|魅族|一加|OnePlus|iPhone|三星|Samsung)|从我的.{0,20}发送|從我的.{0,20}傳送|——\s*来自)"#
    static let valedictionPattern =
        #"^\s*(best regards|kind regards|warm regards|warmest regards|kindest regards|regards|best wishes|many thanks|thanks again|thanks in advance|thanks so much|thank you( very much| so much)?|thanks|thx|cheers|sincerely|yours sincerely|sincerely yours|yours faithfully|yours truly|respectfully|respectfully yours|yours|warmly|with thanks|with best regards|with kind regards|thanks and regards|best regards and thanks|best|br|rgds|kr|all the best|take care)\s*[,.!]?\s*([-–—]?\s*[\p{L}][\p{L} .'-]{0,40})?\s*$"#
    static let chineseValedictionPattern =
        #"^\s*(此致|此致敬礼|此致敬禮|敬礼|敬禮|致礼|致禮|谢谢|謝謝|谢谢您|謝謝您|非常感谢|非常感謝|多谢|多謝|感谢|感謝|祝好|順頌商祺|順祝商祺|顺祝商祺|祝商祺|顺颂商祺|顺颂时祺|顺祝|祝工作顺利|祝一切顺利|谢谢合作|谢谢配合)\s*[!！。.,，~～]*\s*$"#

    static let mobileSignature = TextTools.Pattern(mobileSignaturePattern)
    static let valediction = TextTools.Pattern(valedictionPattern)
    static let chineseValediction = TextTools.Pattern(chineseValedictionPattern)
    /// A line of dashes, underscores or the like: where a hand-made signature block starts.
    static let ruleLinePattern = #"^\s*([-–—_=*~]\s*){3,}$"#
    static let ruleLine = TextTools.Pattern(ruleLinePattern)

    /// Which of the per-line rules (footer, disclaimer, signature) can fire anywhere in a body, from one
    /// pass over its lines: most mail has none of them, and each rule alone would read every line again.
    struct LineRules {
        var footer = true, disclaimer = true, mobileSignature = true, ruleLine = true
        var valediction = true, chineseValediction = true

        /// Every rule possible (nothing ruled out).
        static let all = LineRules()

        private static let group = PatternGroup([footerLinePattern, disclaimerPattern, mobileSignaturePattern, ruleLinePattern,
                                                 valedictionPattern, chineseValedictionPattern])

        private init() {}

        init(_ lines: [String]) {
            let p = Self.group.possible(in: lines.joined(separator: "\n"))
            (footer, disclaimer, mobileSignature, ruleLine) = (p[0], p[1], p[2], p[3])
            (valediction, chineseValediction) = (p[4], p[5])
        }
    }
    /// A closing line with only a phone number or an email address (optionally labelled).
    static let contactLine = TextTools.Pattern(#"^([\p{L} ]{0,12}[:：]\s*)?(\+?[\d\s()-]{7,20}|[^\s@]+@[^\s@]+)$"#)

    static func isSignatureStart(_ lines: [String], at i: Int, possible: LineRules = .all) -> Bool {
        let t = lines[i]
        return t == "-- " || TextTools.trim(t) == "--" || (possible.mobileSignature && TextTools.matches(t, mobileSignature))
    }

    /// - Parameter possible: which of the rules can fire at all (`LineRules` of a text holding these lines).
    static func cutSignature(_ lines: [String], possible: LineRules = .all) -> [String] {
        var lines = lines
        // 1. The RFC 3676 delimiter and mobile-client signatures cut to the end.
        if let i = lines.indices.first(where: { isSignatureStart(lines, at: $0, possible: possible) }) {
            lines = Array(lines[..<i])
        }
        // 2. A line of dashes or underscores followed by a few short lines (a hand-made signature block).
        if possible.ruleLine, let i = lines.indices.first(where: { TextTools.matches(lines[$0], ruleLine) }),
           i > 0, isShortTail(lines, after: i, maxLines: 8) {
            lines = Array(lines[..<i])
        }
        // 3. A valediction followed by at most a few short lines (name, title, phone).
        for i in lines.indices where possible.valediction || possible.chineseValediction {
            let t = TextTools.trim(lines[i])
            guard !t.isEmpty, TextTools.isShorter(t, than: 61) else { continue }
            let isValediction = (possible.valediction && TextTools.matches(t, valediction))
                || (possible.chineseValediction && TextTools.matches(t, chineseValediction))
            guard isValediction else { continue }
            if isShortTail(lines, after: i, maxLines: 5) {
                lines = Array(lines[..<i])
                break
            }
        }
        return lines
    }

    /// At most `maxLines` non-blank lines follow `i`, each short (a signature, not a paragraph).
    static func isShortTail(_ lines: [String], after i: Int, maxLines: Int) -> Bool {
        let tail = lines[(i + 1)...].filter { !TextTools.isBlank($0) }
        guard tail.count <= maxLines else { return false }
        return tail.allSatisfy { l in
            let t = TextTools.trim(l)
            let cjk = t.unicodeScalars.filter(TextTools.isCJK).count
            guard t.count - cjk + cjk * 2 <= 72, !t.hasSuffix("?"), !t.hasSuffix("？") else { return false }
            // A sentence ("But the router is still broken.") is not a signature line; contact details may end in a dot.
            let sentenceEnd = t.hasSuffix(".") || t.hasSuffix("!") || t.hasSuffix("。") || t.hasSuffix("！")
            let contact = t.contains("@") || t.filter(\.isNumber).count >= 5 || t.lowercased().hasPrefix("www.")
            let words = t.split(separator: " ").count
            return !sentenceEnd || contact || (words <= 3 && cjk <= 6)
        }
    }

    // MARK: Disclaimers and footers

    static let disclaimerPattern =
        #"^\s*(\**\s*(confidentiality notice|confidential(ity)? statement|disclaimer|legal notice|privileged (and|&) confidential)\b|this (e-?mail|message|communication|transmission)(,)?( and| including)?( any| all)?( of)?( its| the)?( files| attachments| documents)?( transmitted with it)?(,)? (is|are|may be|may contain|contains?)\b.{0,40}(confidential|privileged|intended)|the information (contained )?in this (e-?mail|message)|if you (are not|have received this) (the intended|in error|message in error|e-?mail in error)|please consider the environment before printing|本邮件(及其附件)?(含有|包含|可能|仅|内容|为|是|所含)|此邮件(及其附件)?(含有|包含|可能|仅|内容)|本电子邮件|本電子郵件|本郵件|此郵件|免责声明|免責聲明|保密声明|保密聲明|保密提示|【?(重要)?提示】?\s*[:：]?\s*本邮件)"#
    static let footerLinePattern =
        #"(^\s*\[?unsubscribe\]?\s*$|\bunsubscribe\b.{0,60}(https?://|\bhere\b|\blink\b|\bclick\b|preferences)|(click|tap) here to unsubscribe|manage (your )?(email )?preferences|view (this email )?in (your )?browser|(回复|回覆)\s*T?D\s*退订|退订请回复|点击.{0,6}(退订|取消订阅)|如不希望再收到|如需退订)"#

    static let disclaimer = TextTools.Pattern(disclaimerPattern)
    static let footerLine = TextTools.Pattern(footerLinePattern)

    static func cutDisclaimer(_ lines: [String]) -> [String] {
        guard let i = lines.indices.first(where: { TextTools.matches(lines[$0], disclaimer) }) else { return lines }
        return Array(lines[..<i])
    }

    static func dropFooters(_ lines: [String]) -> [String] {
        lines.filter { l in
            !(TextTools.matches(l, footerLine) && TextTools.isShorter(TextTools.trim(l), than: 160))
        }
    }
}
