import Foundation

/// Finds the channel, the complainant and the customer's own words, whoever relayed them:
/// the customer directly, a form system, a staff member (forward or call note), or an outside body.
public enum ComplainantExtractor {
    /// A message/rfc822 part already reduced to what extraction needs.
    public struct Embedded: Sendable {
        public var senderEmail: String?
        public var senderName: String?
        public var subject: String
        public var text: String

        public init(senderEmail: String?, senderName: String?, subject: String, text: String) {
            self.senderEmail = senderEmail
            self.senderName = senderName
            self.subject = subject
            self.text = text
        }
    }

    public struct Input: Sendable {
        public var senderEmail: String?
        public var senderName: String?
        public var replyTo: AddressText?
        public var subject: String
        public var text: String
        public var embedded: [Embedded]

        public init(senderEmail: String?, senderName: String?, replyTo: AddressText? = nil, subject: String, text: String,
                    embedded: [Embedded] = []) {
            self.senderEmail = senderEmail
            self.senderName = senderName
            self.replyTo = replyTo
            self.subject = subject
            self.text = text
            self.embedded = embedded
        }
    }

    public struct Result: Sendable, Equatable {
        public var channel: Channel
        public var complainant: Complainant
        public var description: String
        /// A system or body relayed the customer (form, transfer): automatic headers do not make it an auto-reply.
        public var relayed: Bool
    }

    public static func extract(_ input: Input, configuration c: ComplaintReader.ReaderConfiguration = .init()) -> Result {
        let sender = input.senderEmail ?? ""
        let staff = !sender.isEmpty && c.isStaff(sender) && !c.isOwn(sender)
        let fields = FormFieldParser.parse(input.text)

        let formish = (input.senderEmail.map(c.isFormSender) ?? false)
            || c.webFormSubjectPatterns.contains { TextTools.matches(input.subject, $0) }
        if formish, ChannelDetector.isWebForm(senderEmail: input.senderEmail, senderName: input.senderName,
                                              subject: input.subject, fields: fields, configuration: c) {
            return webForm(input, fields: fields, configuration: c)
        }
        if staff {
            return fromStaff(input, fields: fields, configuration: c)
        }
        if let body = ChannelDetector.outsideBody(senderEmail: input.senderEmail, senderName: input.senderName,
                                                  subject: input.subject, text: input.text, configuration: c) {
            return transfer(body, text: input.text, fields: fields, fallbackSender: input, configuration: c)
        }
        if ChannelDetector.isWebForm(senderEmail: input.senderEmail, senderName: input.senderName, subject: input.subject,
                                     fields: fields, configuration: c) {
            return webForm(input, fields: fields, configuration: c)
        }
        return direct(input, configuration: c)
    }

    // MARK: Channels

    /// Direct email: Reply-To when it names a person and From is a no-reply relay, else From.
    static func direct(_ input: Input, configuration c: ComplaintReader.ReaderConfiguration) -> Result {
        var who = AddressText(name: input.senderName, email: input.senderEmail)
        let relayFrom = input.senderEmail.map { c.isNoReply($0) || c.isFormSender($0) } ?? true
        let viaName = TextTools.matches(input.senderName ?? "", #"\svia\s"#)
        if let r = input.replyTo, let e = r.email, !c.isNoReply(e), !c.isOwn(e),
           relayFrom || viaName || input.senderEmail == nil {
            who = AddressText(name: r.name ?? (relayFrom ? nil : input.senderName), email: e)
        }
        if let e = who.email, c.isNoReply(e) || c.isOwn(e) { who.email = nil }
        let prepared = DescriptionCleaner.Prepared(input.text)
        var description = DescriptionCleaner.clean(input.text, signer: who.name, prepared: prepared)
        var own = prepared.ownText
        // A customer forwarding their own earlier, unanswered message: both parts are theirs.
        if TextTools.matches(input.subject, #"^\s*(fw|fwd|转发|轉寄)\s*[:：]"#), let block = ForwardedBlock.find(in: input.text),
           let original = block.from?.email, original.caseInsensitiveCompare(who.email ?? "") == .orderedSame {
            let note = DescriptionCleaner.clean(block.note, depth: 3)
            let earlier = DescriptionCleaner.clean(block.body)
            description = TextTools.normalize([note, "", earlier])
            own = block.note + "\n" + block.body
        }
        if TextTools.trim(input.text).isEmpty, input.embedded.count == 1 {
            description = DescriptionCleaner.clean(input.embedded[0].text)
        }
        // Everything was said in the subject line.
        if description.isEmpty { description = TextTools.trim(input.subject) }
        let complainant = Complainant(name: who.name, email: who.email,
                                      phone: PhoneAndAccount.phone(in: own), account: PhoneAndAccount.account(in: own))
        return Result(channel: .email, complainant: complainant, description: description, relayed: false)
    }

    static func webForm(_ input: Input, fields: FormFields, configuration c: ComplaintReader.ReaderConfiguration) -> Result {
        var email = fields.email
        if email == nil, let r = input.replyTo?.email, !c.isNoReply(r), !c.isFormSender(r), !c.isOwn(r) { email = r }
        var name = fullName(fields) ?? fields.name
        if name == nil, let r = input.replyTo, r.email == email { name = r.name }
        let description = fields.message.map(DescriptionCleaner.clean) ?? DescriptionCleaner.clean(withoutFormTitle(unlabelled(input.text)))
        let complainant = Complainant(name: name, email: email,
                                      phone: fields.phone ?? PhoneAndAccount.phone(in: input.text),
                                      account: fields.account ?? PhoneAndAccount.account(in: input.text))
        return Result(channel: .webForm, complainant: complainant, description: description, relayed: true)
    }

    /// A transfer from a regulator, consumer association, the media or the parent company: the complainant is the consumer named in it.
    static func transfer(_ channel: Channel, text: String, fields: FormFields, fallbackSender: Input,
                         configuration c: ComplaintReader.ReaderConfiguration) -> Result {
        let bodyDomain = fallbackSender.senderEmail.flatMap(TextTools.domain(of:))
        var email = fields.email
        if let e = email, let d = TextTools.domain(of: e), d == bodyDomain || c.isStaff(e) { email = nil }
        let own = DescriptionCleaner.ownText(text)
        var complainant = Complainant(name: fullName(fields) ?? fields.explicitName ?? NameFinder.unlabelledName(in: text), email: email,
                                      phone: fields.phone ?? PhoneAndAccount.phone(in: own),
                                      account: fields.account ?? PhoneAndAccount.account(in: own))
        if channel == .media, fields.name == nil, email == nil, complainant.phone == nil {
            // A journalist writing for a story is the person to answer.
            complainant.name = fallbackSender.senderName
            complainant.email = fallbackSender.senderEmail.flatMap { c.isNoReply($0) ? nil : $0 }
        }
        let description = withoutLetterClosing(fields.message.map(DescriptionCleaner.clean) ?? DescriptionCleaner.clean(text),
                                               configuration: c)
        return Result(channel: channel, complainant: complainant, description: description, relayed: true)
    }

    /// Staff mail: a forwarded customer message, a forwarded transfer, or a call/visit/letter note.
    static func fromStaff(_ input: Input, fields: FormFields, configuration c: ComplaintReader.ReaderConfiguration) -> Result {
        // The original: an attached message/rfc822, else a forwarded block in the body.
        var original: (email: String?, name: String?, subject: String, text: String, note: String)?
        if let e = input.embedded.first(where: { !($0.senderEmail.map(c.isStaff) ?? false) }) ?? input.embedded.first {
            original = (e.senderEmail, e.senderName, e.subject, e.text, input.text)
        } else if let block = ForwardedBlock.find(in: input.text) {
            original = (block.from?.email, block.from?.name, block.subject ?? "", block.body, block.note)
        }
        if let o = original, let oe = o.email, !c.isStaff(oe), !c.isOwn(oe) {
            let originalFields = FormFieldParser.parse(o.text)
            if let body = ChannelDetector.outsideBody(senderEmail: oe, senderName: o.name, subject: o.subject, text: o.text, configuration: c) {
                let sub = Input(senderEmail: oe, senderName: o.name, subject: o.subject, text: o.text)
                return transfer(body, text: o.text, fields: originalFields, fallbackSender: sub, configuration: c)
            }
            if ChannelDetector.isWebForm(senderEmail: oe, senderName: o.name, subject: o.subject, fields: originalFields, configuration: c) {
                return webForm(Input(senderEmail: oe, senderName: o.name, subject: o.subject, text: o.text), fields: originalFields, configuration: c)
            }
            let prepared = DescriptionCleaner.Prepared(o.text)
            var description = DescriptionCleaner.clean(o.text, signer: o.name, prepared: prepared)
            if description.isEmpty { description = DescriptionCleaner.clean(o.note) }
            let own = prepared.ownText
            let email = c.isNoReply(oe) ? nil : oe
            let complainant = Complainant(name: o.name, email: email,
                                          phone: PhoneAndAccount.phone(in: own), account: PhoneAndAccount.account(in: own))
            return Result(channel: .email, complainant: complainant, description: description, relayed: false)
        }
        // Staff forwarding a transfer letter whose header block was lost, or writing a call/visit note.
        if let body = ChannelDetector.outsideBody(senderEmail: nil, senderName: nil, subject: input.subject, text: input.text, configuration: c),
           !ChannelDetector.isStaffRecord(subject: input.subject, text: input.text) {
            return transfer(body, text: input.text, fields: fields, fallbackSender: input, configuration: c)
        }
        let note = original?.text ?? input.text
        let noteFields = original == nil ? fields : FormFieldParser.parse(note)
        let email = noteFields.email.flatMap { c.isStaff($0) ? nil : $0 }
        let description = noteFields.message.map(DescriptionCleaner.clean) ?? DescriptionCleaner.clean(unlabelled(note))
        let complainant = Complainant(name: fullName(noteFields) ?? noteFields.explicitName ?? NameFinder.unlabelledName(in: note), email: email,
                                      phone: noteFields.phone ?? PhoneAndAccount.phone(in: DescriptionCleaner.ownText(note)),
                                      account: noteFields.account ?? PhoneAndAccount.account(in: note))
        let channel: Channel = ChannelDetector.isStaffRecord(subject: input.subject, text: input.text) || noteFields.knownCount > 0
            ? .phone : .email
        return Result(channel: channel, complainant: complainant, description: description, relayed: true)
    }

    // MARK: Helpers

    /// A transfer letter's closing lines removed: the body's name and the date ("市消费者协会\n2026年11月21日").
    static func withoutLetterClosing(_ text: String, configuration c: ComplaintReader.ReaderConfiguration) -> String {
        var lines = TextTools.lines(text)
        let names = c.regulatorNames + c.consumerAssociationNames + c.mediaNames + c.parentCompanyNames
        let datePattern = #"^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})$"#
        while let last = lines.last {
            let t = TextTools.trim(last)
            if t.isEmpty { lines.removeLast(); continue }
            let closing = t.count <= 30 && (TextTools.matches(t, datePattern)
                || (names.contains { ChannelDetector.containsName(t, $0) } && !TextTools.matches(t, #"[。.!?！？]$"#)))
            guard closing, lines.count > 1 else { break }
            lines.removeLast()
        }
        let result = TextTools.normalize(lines)
        return result.isEmpty ? text : result
    }

    /// "First name" + "Last name" fields joined.
    static func fullName(_ f: FormFields) -> String? {
        let first = f.fields.first { $0.label.lowercased().hasPrefix("first") }?.value
        let last = f.fields.first { $0.label.lowercased().hasPrefix("last") || $0.label.lowercased().hasPrefix("surname") }?.value
        let joined = [first, last].compactMap { $0 }.map(TextTools.trim).filter { !$0.isEmpty }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    /// The form's title line or bracketed tag removed ("Enquiry form", "【意见建议】").
    static func withoutFormTitle(_ text: String) -> String {
        var lines = TextTools.lines(text)
        guard let i = lines.firstIndex(where: { !TextTools.isBlank($0) }) else { return text }
        let first = TextTools.trim(lines[i])
        if let tag = TextTools.firstMatch(first, #"^(【[^】]{1,12}】|\[[^\]]{1,24}\])\s*"#), first.count > tag.count {
            lines[i] = String(first.dropFirst(tag.count))
        } else if ChannelDetector.isFormTitle(first), lines[(i + 1)...].contains(where: { !TextTools.isBlank($0) }) {
            lines.remove(at: i)
        }
        return lines.joined(separator: "\n")
    }

    /// The text without its labelled non-message lines (identity and metadata).
    static func unlabelled(_ text: String) -> String {
        TextTools.lines(text).filter { line in
            guard let f = FormFieldParser.labelled(line) else { return true }
            return f.role == .message
        }.map { line in
            if let f = FormFieldParser.labelled(line), f.role == .message { return f.value }
            return line
        }.joined(separator: "\n")
    }
}
