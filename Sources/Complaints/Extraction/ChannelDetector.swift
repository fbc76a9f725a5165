import Foundation

/// Decides the channel (SPEC §1) from who sent the message and what its body looks like.
public enum ChannelDetector {
    /// Words that say a complaint was passed on by an outside body.
    static let transferPattern =
        #"(\btransferr?ed\b|\b(complaint|case) transfer\b|\btransfer of (a |the )?complaint|\bforwarded (from|to)\b|\b(complaint|case) notification\b|\breferr?ed\b|\bforwarded to you\b|\bpassed (on )?to you\b|\bcase (number|no\.?|ref(erence)?|id)\b|\bcomplaint (reference|ref|number|no\.?)\b|\bour ref(erence)?\b|\bon behalf of (the|our|a) (complainant|consumer|customer)|\bplease (investigate|respond|reply) (to the (complainant|consumer)|within)|\breferral\b|\bexecutive correspondence\b|\bforwarded by\b|\bwrote to (the|our) (group|chairman|ceo|chief executive|executive)|转办|轉辦|转介|轉介|转交|轉交|转来|轉來|转送|转派|交办|督办|申诉|申訴|工单|工單|投诉单|投訴單|投诉件|致函集团|致函集團|请.{0,6}(核实|处理).{0,10}(回复|反馈)|限期.{0,6}(处理|答复|回复)|责成)"#
    static let complainantLabelPattern =
        #"^\s*\**\s*(complainant|consumer|customer|caller|投诉人|申诉人|投訴人|申訴人|消费者|消費者|用户姓名|客户姓名|反映人)(\s*(name|姓名))?\s*\**\s*[:：]"#
    static let mediaSelfPattern =
        #"(\bI(’|')?m an? (journalist|reporter|editor|correspondent|producer)\b|\bI am an? (journalist|reporter|editor|correspondent|producer)\b|\bas an? (journalist|reporter|correspondent)\b|\bI(’|')?m an? ([a-z]+ ){1,3}(journalist|reporter|correspondent|editor)\b|\bI(’|')?m with (the )?([A-Z][a-z]+ ){1,3}(Gazette|Times|Post|News|Herald|Daily|Tribune|Journal|Chronicle|Star|Mirror|Echo|TV|Radio|Magazine)\b|\bwe(’|')?re (publishing|running|preparing|writing) (a|an|the) (story|article|piece|report)|\bwe are (publishing|running) (a|an|the) (story|article|piece|report)|^\s*(press|media) (question|enquiry|inquiry|request)\b|\bwe are (preparing|writing|working on) (a|an) (story|article|report|piece)|\bfor (a|an) (story|article|report|piece) (on|about)|\brequest for comment\b|\bI(’|')?m writing for (the )?[A-Z]|\bI am writing for (the )?[A-Z]|\bwriting (a|an) (story|article|piece|report) (on|about)|\bour readers\b|我是.{0,20}(记者|编辑)|记者.{0,6}(采访|求证|了解)|(报社|电视台|栏目组|编辑部).{0,10}(采访|求证|读者|观众|报道)|读者.{0,6}(投诉|反映|爆料)|观众.{0,6}(投诉|反映)|爆料)"#

    /// The journalist and transfer-letter patterns ruled out together, in one pass over the head.
    private static let headRules = PatternGroup([mediaSelfPattern, transferPattern])

    static func containsName(_ haystack: String, _ name: String) -> Bool {
        let isASCII = name.unicodeScalars.allSatisfy(\.isASCII)
        if !isASCII { return TextTools.byteRange(of: name, in: haystack) != nil }
        // Most names appear in no line: rule them out before compiling a regex for them.
        guard TextTools.containsIgnoringASCIICase(haystack, name) else { return false }
        let escaped = NSRegularExpression.escapedPattern(for: name)
        // Short acronyms and generic words must match case-sensitively as whole words.
        let caseInsensitive = name.count > 4 && name.uppercased() != name
        // Word edges are ASCII ones: in "12315平台" or "Acme集团" the neighbour is a CJK character, not part of the name.
        return TextTools.matches(haystack, #"(?<![A-Za-z0-9])"# + escaped + #"(?![A-Za-z0-9])"#, caseInsensitive: caseInsensitive)
    }

    /// The outside body a message comes from, by sender domain, sender name, or content.
    /// - Parameters:
    ///   - senderEmail: the address that sent the transfer (the forwarded original's sender for staff forwards).
    ///   - senderName: its display name.
    ///   - text: the body (the transfer letter).
    public static func outsideBody(senderEmail: String?, senderName: String?, subject: String, text: String,
                                   configuration c: ComplaintReader.ReaderConfiguration) -> Channel? {
        let bodies: [(Channel, [String], [String])] = [
            (.regulator, c.regulatorDomains, c.regulatorNames),
            (.consumerAssociation, c.consumerAssociationDomains, c.consumerAssociationNames),
            (.media, c.mediaDomains, c.mediaNames),
            (.parentCompany, c.parentCompanyDomains, c.parentCompanyNames),
        ]
        if let email = senderEmail, let d = TextTools.domain(of: email) {
            for (channel, domains, _) in bodies where domains.contains(where: { TextTools.domain(d, isUnder: $0) }) {
                return channel
            }
        }
        let fromPersonalMail = senderEmail.map(c.isFreemail) ?? false
        if let name = senderName, !name.isEmpty, !fromPersonalMail {
            for (channel, _, names) in bodies where names.contains(where: { containsName(name, $0) }) {
                return channel
            }
        }
        let head = subject + "\n" + TextTools.lines(text, limit: 60).joined(separator: "\n")
        // A journalist writing in for a story (often from a personal address).
        // (Case-insensitive: every case-sensitive match of the pattern is one too.)
        let possible = headRules.possible(in: head)
        if possible[0], TextTools.matches(head, mediaSelfPattern) {
            if !TextTools.matches(head, #"(\bI (will|shall|am going to|'ll) (go to|contact|tell|call)|我(会|要|将).{0,6}(找|联系|投诉到|曝光))"#) {
                return .media
            }
        }
        // A letterhead or subject that opens with the body's name ("北区消费者协会 紧急转办", "工信部转办：…").
        if let body = letterhead(subject: subject, text: text, bodies: bodies, fromPersonalMail: fromPersonalMail) {
            return body
        }
        // Content: a transfer letter that names the body and the complainant.
        let transfer = possible[1] && TextTools.matches(head, transferPattern)
        // Naming a body is not enough ("I will complain to the regulator"): a transfer names the complainant.
        guard transfer, TextTools.lines(text).contains(where: { TextTools.matches($0, complainantLabelPattern) }) else { return nil }
        var best: (Channel, Int)?
        for (channel, _, names) in bodies {
            for name in names where channel != .media || name.count >= 8 || !name.unicodeScalars.allSatisfy(\.isASCII) {
                guard containsName(head, name), let r = head.range(of: name, options: .caseInsensitive) else { continue }
                let pos = head.distance(from: head.startIndex, to: r.lowerBound)
                if best == nil || pos < best!.1 { best = (channel, pos) }
            }
        }
        if let best { return best.0 }
        return nil
    }

    /// The subject or one of the first two body lines starts with an outside body's name and reads like a
    /// letterhead (short, or saying "transferred/referral/转办"), with no "I/我" before the name.
    static func letterhead(subject: String, text: String, bodies: [(Channel, [String], [String])], fromPersonalMail: Bool) -> Channel? {
        let firstLines = TextTools.firstLines(text, count: 2) { !TextTools.isBlank($0) }.map(TextTools.trim)
        let candidates = [TextTools.trim(subject)] + firstLines
        let letterWords = #"(来函|來函|来信|來信|致函|correspondence|referral|enquiry from|inquiry from|press enquiry|media enquiry)"#
        let subjectTransfer = TextTools.matches(subject, transferPattern) || TextTools.matches(subject, letterWords)
        let anyBodyName = NameSetCache.set(for: bodies.map(\.2))
        for (index, line) in candidates.enumerated() where !line.isEmpty && line.count <= 120 {
            let isSubject = index == 0
            // A parent group's own letterhead ("Acme集团行政与物业部 转办", "Acme Group … forwarded").
            if TextTools.matches(line, #"^.{0,16}(集团|集團).{0,14}(转办|轉辦|转交|轉交|转来|轉來|转[:：]|轉[:：])"#)
                || TextTools.matches(line, #"^.{0,30}\bGroup\b.{0,40}\b(forward|forwards|forwarded|referral|referred|transferred)\b"#, caseInsensitive: false) {
                return .parentCompany
            }
            guard anyBodyName.search(line) != .absent else { continue }  // no body named: nothing below can match
            let transferLine = TextTools.matches(line, transferPattern) || TextTools.matches(line, letterWords) || subjectTransfer
            for (channel, _, names) in bodies {
                for name in names where containsName(line, name) {
                    guard channel != .media || name.count >= 8 || !name.unicodeScalars.allSatisfy(\.isASCII) else { continue }
                    guard let r = line.range(of: name, options: .caseInsensitive) else { continue }
                    let before = String(line[..<r.lowerBound])
                    let limit = name.unicodeScalars.allSatisfy(\.isASCII) ? 40 : 16
                    // "Consumer association: …", "Reporter: …" — a label, not a sentence.
                    let after = line[r.upperBound...].drop { $0 == " " }
                    let labelled = before.isEmpty && (after.first.map { ":：-–—|/".contains($0) } ?? false)
                    guard transferLine || labelled || line.count <= 40 || (line.count <= 80 && before.count <= 16) else { continue }
                    guard before.count <= limit,
                          !TextTools.matches(before, #"(\bI\b|\bI'm\b|\bmy\b|\bme\b|\bwe\b|我|你们|你們|贵|貴|re:|fw:|fwd:|回复|回覆)"#) else { continue }
                    // A customer's subject naming a regulator is a threat, not a transfer: letterheads in the subject need a transfer word.
                    if isSubject && !transferLine && !labelled && (channel != .media || before.count > 4) { continue }
                    if fromPersonalMail && channel != .media && !transferLine { continue }
                    return channel
                }
            }
        }
        return nil
    }

    /// A form system's notification: the sender or subject looks like a form, and the body has labelled fields.
    public static func isWebForm(senderEmail: String?, senderName: String?, subject: String, fields: FormFields,
                                 configuration c: ComplaintReader.ReaderConfiguration) -> Bool {
        let formSender = senderEmail.map(c.isFormSender) ?? false
        let formName = senderName.map { TextTools.matches($0, #"(form|wordpress|typeform|jotform|wufoo|website|表单|网站)"#) } ?? false
        let formSubject = c.webFormSubjectPatterns.contains { TextTools.matches(subject, $0) }
        let hasContact = fields.email != nil || fields.phone != nil || fields.name != nil
        let hasMessage = fields.message != nil
        let formSystem = (senderEmail.map { TextTools.matches($0, #"(form|survey|portal|website|feedback)[^@]*@|@[^@]*(form|survey|portal|website)"#) } ?? false)
            || formName
        let firstLine = TextTools.firstLines(fields.sourceText, count: 1) { !TextTools.isBlank($0) }.first.map(TextTools.trim) ?? ""
        if (formSender || formName), formSystem || formSubject || fields.knownCount >= 1 || isFormTitle(firstLine) {
            return true
        }
        guard hasContact || hasMessage else { return false }
        if formSubject && (hasContact || hasMessage) { return true }
        if (formSender || formName) && fields.knownCount >= 2 { return true }
        return fields.knownCount >= 3 && hasMessage && hasContact && !(senderEmail.map(c.isStaff) ?? false)
            && TextTools.matches(subject + " " + (senderName ?? ""), #"(form|submission|enquiry|inquiry|feedback|表单|留言|反馈)"#)
    }

    static let formTitlePattern =
        #"^(.{0,40}\b(form|enquiry|inquiry|submission|feedback|contact us)\b.{0,20}|【[^】]{1,12}】.*|\[[^\]]{1,24}\].*|.{0,20}(表单|表單|留言|意见反馈|意見反饋|意见建议|意見建議|意見反映|網上查詢|网上查询|在线咨询|在線查詢|在线投诉|在線投訴))$"#

    /// A form's title line ("Enquiry form", "【意见建议】…").
    static func isFormTitle(_ line: String) -> Bool {
        !line.isEmpty && line.count <= 200 && TextTools.matches(line, formTitlePattern)
    }

    static let staffRecordPattern =
        #"(\bcaller\s*[:：]|\bphone call from\b|\btelephone call from\b|\bcall(ed)? (log|note|notes|record|summary)\b|\bchannel\s*[:：]\s*(phone|telephone|walk-?in|letter|fax|visit|counter|in person|hotline)|\btelephone complaint\b|\bphone complaint\b|\bwalk-?in\b|\bletter (received|from)\b|\breceived (a|the following) (letter|fax|call|phone call)\b|\bfax (received|from)\b|\bvisited (our|the) (store|branch|office|shop|counter)\b|\bcustomer (called|phoned|rang|came in|visited)\b|\bcalled (the|our) (hotline|call cent(er|re)|helpline)\b|\bcall from\b|\bin-person complaint\b|\b(taken|received|logged|recorded|made) (by|over the|via) (phone|telephone)\b|\b(phone|telephone|call|visit|store|counter|branch) (note|log|record)s?\b|\bnote of (a |the )?(call|visit|conversation)\b|\bcame (in|into) (the |our )?(store|shop|branch)\b|\bin-store (visit|complaint)\b|\bat the counter\b|来电|來電|电话投诉|電話投訴|电话记录|電話記錄|電話紀錄|通话记录|通話紀錄|来访|來訪|上门投诉|到店|到厅|营业厅.{0,6}(投诉|反映)|来信|传真|热线|致电|客户.{0,4}(打来|拨打))"#

    /// A staff note recording a call, visit, letter or fax.
    public static func isStaffRecord(subject: String, text: String) -> Bool {
        let head = subject + "\n" + TextTools.lines(text, limit: 40).joined(separator: "\n")
        return TextTools.matches(head, staffRecordPattern)
    }
}
