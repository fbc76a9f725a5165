import Foundation

/// Decides the channel (SPEC §1) from who sent the message and what its body looks like.
public enum ChannelDetector {
    /// Words that say a complaint was passed on by an outside body.
    static let transferPattern =
        #"(\btransferr?ed\b|\breferr?ed\b|\bforwarded to you\b|\bpassed (on )?to you\b|\bcase (number|no\.?|ref(erence)?|id)\b|\bcomplaint (reference|ref|number|no\.?)\b|\bour ref(erence)?\b|\bon behalf of (the|our|a) (complainant|consumer|customer)|\bplease (investigate|respond|reply) (to the (complainant|consumer)|within)|转办|转交|转来|转送|转派|交办|督办|申诉|工单|投诉单|投诉件|请.{0,6}(核实|处理).{0,10}(回复|反馈)|限期.{0,6}(处理|答复|回复)|责成)"#
    static let complainantLabelPattern =
        #"^\s*\**\s*(complainant|consumer|customer|caller|投诉人|申诉人|消费者|用户姓名|客户姓名|反映人)(\s*(name|姓名))?\s*\**\s*[:：]"#
    static let mediaSelfPattern =
        #"(\bI(’|')?m an? (journalist|reporter|editor|correspondent|producer)\b|\bI am an? (journalist|reporter|editor|correspondent|producer)\b|\b(journalist|reporter|correspondent) (at|with|for) (the )?[A-Z]|\bwe are (preparing|writing|working on) (a|an) (story|article|report|piece)|\bfor (a|an) (story|article|report|piece) (on|about)|\brequest for comment\b|\bour readers\b|我是.{0,20}(记者|编辑)|记者.{0,6}(采访|求证|了解)|(报社|电视台|栏目组|编辑部).{0,10}(采访|求证|读者|观众|报道)|读者.{0,6}(投诉|反映|爆料)|观众.{0,6}(投诉|反映)|爆料)"#

    static func containsName(_ haystack: String, _ name: String) -> Bool {
        let isASCII = name.unicodeScalars.allSatisfy(\.isASCII)
        if !isASCII { return haystack.contains(name) }
        let escaped = NSRegularExpression.escapedPattern(for: name)
        // Short acronyms and generic words must match case-sensitively as whole words.
        let caseInsensitive = name.count > 4 && name.uppercased() != name
        return TextTools.matches(haystack, #"(?<![\p{L}\p{N}])"# + escaped + #"(?![\p{L}\p{N}])"#, caseInsensitive: caseInsensitive)
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
        let head = subject + "\n" + TextTools.lines(text).prefix(60).joined(separator: "\n")
        // A journalist writing in for a story (often from a personal address).
        if TextTools.matches(head, mediaSelfPattern, caseInsensitive: false) || TextTools.matches(head, mediaSelfPattern) {
            if !TextTools.matches(head, #"(\bI (will|shall|am going to|'ll) (go to|contact|tell|call)|我(会|要|将).{0,6}(找|联系|投诉到|曝光))"#) {
                return .media
            }
        }
        // Content: a transfer letter that names the body and the complainant.
        let transfer = TextTools.matches(head, transferPattern)
        let labelledComplainant = TextTools.lines(text).contains { TextTools.matches($0, complainantLabelPattern) }
        // Naming a body is not enough ("I will complain to the regulator"): a transfer names the complainant.
        guard transfer, labelledComplainant else { return nil }
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

    /// A form system's notification: the sender or subject looks like a form, and the body has labelled fields.
    public static func isWebForm(senderEmail: String?, senderName: String?, subject: String, fields: FormFields,
                                 configuration c: ComplaintReader.ReaderConfiguration) -> Bool {
        let formSender = senderEmail.map(c.isFormSender) ?? false
        let formName = senderName.map { TextTools.matches($0, #"(form|wordpress|typeform|jotform|wufoo|website|表单|网站)"#) } ?? false
        let formSubject = c.webFormSubjectPatterns.contains { TextTools.matches(subject, $0) }
        let hasContact = fields.email != nil || fields.phone != nil || fields.name != nil
        let hasMessage = fields.message != nil
        guard hasContact || hasMessage else { return false }
        if formSubject && (hasContact || hasMessage) { return true }
        if (formSender || formName) && fields.knownCount >= 2 { return true }
        return fields.knownCount >= 3 && hasMessage && hasContact && !(senderEmail.map(c.isStaff) ?? false)
            && TextTools.matches(subject + " " + (senderName ?? ""), #"(form|submission|enquiry|inquiry|feedback|表单|留言|反馈)"#)
    }

    static let staffRecordPattern =
        #"(\bcaller\s*[:：]|\bphone call from\b|\btelephone call from\b|\bcall(ed)? (log|note|notes|record|summary)\b|\bchannel\s*[:：]\s*(phone|telephone|walk-?in|letter|fax|visit|counter|in person|hotline)|\btelephone complaint\b|\bphone complaint\b|\bwalk-?in\b|\bletter (received|from)\b|\breceived (a|the following) (letter|fax|call|phone call)\b|\bfax (received|from)\b|\bvisited (our|the) (store|branch|office|shop|counter)\b|\bcustomer (called|phoned|rang|came in|visited)\b|\bcalled (the|our) (hotline|call cent(er|re)|helpline)\b|\bcall from\b|\bin-person complaint\b|来电|电话投诉|电话记录|通话记录|来访|上门投诉|到店|到厅|营业厅.{0,6}(投诉|反映)|来信|传真|热线|致电|客户.{0,4}(打来|拨打))"#

    /// A staff note recording a call, visit, letter or fax.
    public static func isStaffRecord(subject: String, text: String) -> Bool {
        let head = subject + "\n" + TextTools.lines(text).prefix(40).joined(separator: "\n")
        return TextTools.matches(head, staffRecordPattern)
    }
}
