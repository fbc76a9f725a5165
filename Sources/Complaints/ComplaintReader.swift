import Foundation
import MIME

/// Reads a parsed message the way a careful complaint handler would: what to do with it
/// (disposition), who complains and through which channel, in their own words, asking for what.
///
/// ```swift
/// let complaint = ComplaintReader().read(Message.parse(bytes))
/// complaint.disposition   // .ticket
/// complaint.complainant   // Complainant(name: "Ann Lee", email: "ann@x.example", …)
/// ```
public struct ComplaintReader: Sendable {
    public var configuration: ReaderConfiguration

    public init() { self.configuration = ReaderConfiguration() }

    public init(configuration: ReaderConfiguration) { self.configuration = configuration }

    /// Extracts the registration record and classification from a parsed message.
    public func read(_ message: Message) -> Complaint {
        read(message, attachments: message.attachments)
    }

    /// The same, with `message.attachments` already computed by the caller (it hashes every
    /// attachment on each access, so a pipeline that also stores them computes it once).
    public func read(_ message: Message, attachments: [Attachment]) -> Complaint {
        let sender = Self.senderAddress(message)
        let text = Self.limited(Self.readableText(message))
        let subject = message.subject.map(TextTools.trim)
        let analysis = ComplainantExtractor.extract(
            ComplainantExtractor.Input(
                senderEmail: sender.email, senderName: sender.name,
                replyTo: Self.replyToAddress(message),
                subject: subject ?? "", text: text,
                embedded: Self.embeddedMessages(message.body).map { m in
                    let a = Self.senderAddress(m)
                    return ComplainantExtractor.Embedded(senderEmail: a.email, senderName: a.name,
                                                    subject: m.subject ?? "", text: Self.limited(Self.readableText(m)))
                }),
            configuration: configuration)

        let facts = MailFacts(
            headers: message.header.fields.map { (name: $0.name, value: $0.value) },
            fromEmail: sender.email, fromName: sender.name, subject: subject ?? "",
            mimeTypes: Self.mimeTypes(message.body), reportType: Self.reportType(message.body),
            text: text, defects: message.defects.map(\.description),
            attachmentCount: attachments.count)
        let (disposition, reason) = DispositionDetector.decide(facts, relayedCustomer: analysis.relayed, configuration: configuration)

        var c = Complaint(disposition: disposition, dispositionReason: reason)
        c.channel = analysis.channel
        c.complainant = analysis.complainant
        c.subject = subject
        c.description = analysis.description
        c.language = LanguageDetector.language(of: (subject ?? "") + "\n" + analysis.description)
        c.requests = RequestDetector.requests(in: (subject ?? "") + "\n" + analysis.description)
        c.attachments = attachments
            .filter { !($0.isInline && $0.contentID != nil && $0.contentType.hasPrefix("image/")) }
            .map { AttachmentInfo(filename: $0.filename, contentType: $0.contentType, size: $0.size, sha256: $0.sha256) }
        c.messageID = message.messageID ?? Self.ids(message.header.first("Message-ID")).first
        c.inReplyTo = message.inReplyTo.isEmpty ? Self.ids(message.header.first("In-Reply-To")) : message.inReplyTo
        c.references = message.references.isEmpty ? Self.ids(message.header.values("References").joined(separator: " ")) : message.references
        c.senderEmail = sender.email
        c.date = message.date
        c.ticketReference = Self.ticketReference(subject: subject ?? "", text: text)

        guard disposition == .ticket else { return c }
        let anonymous = c.complainant.isAnonymous
        let result = configuration.classifier.classify(ClassifierInput(
            subject: subject ?? "", description: c.description, channel: c.channel, language: c.language, anonymous: anonymous))
        c.kind = result.kind
        c.category = result.category
        c.severity = result.severity
        c.priority = result.priority
        c.flags = result.flags
        var decision = result
        if anonymous, c.flags.insert(.anonymous).inserted {
            decision.explanation.append("anonymous: no email, phone or account to reply to")
        }
        if [.regulator, .consumerAssociation, .media].contains(c.channel), c.flags.insert(.escalated).inserted {
            decision.explanation.append("escalated: transferred through the \(c.channel.rawValue) channel (SPEC §5)")
        }
        if !c.flags.subtracting([.needsTriage]).isEmpty, c.priority != .high {
            c.priority = .high
            decision.explanation.append("priority=high: special class " + c.flags.subtracting([.needsTriage]).sorted().map(\.rawValue).joined(separator: ", "))
        }
        decision.flags = c.flags
        decision.priority = c.priority
        c.classification = decision
        return c
    }

    // MARK: Message facts

    /// Bodies beyond this many characters are cut (a description, not an archive: the raw message is kept by the store).
    static let textLimit = 100_000

    static func limited(_ text: String) -> String {
        // A text of at most `textLimit` bytes has at most that many characters: no count needed.
        text.utf8.count > textLimit && (text.utf8.count > textLimit * 4 || text.count > textLimit) ? String(text.prefix(textLimit)) : text
    }

    /// The From mailbox (falling back to a hand parse of the raw field), display name cleaned.
    static func senderAddress(_ m: Message) -> AddressText {
        if let a = m.from.first(where: { !$0.email.isEmpty }) ?? m.sender.first(where: { !$0.email.isEmpty }) {
            return AddressText(name: AddressText.cleanName(a.name), email: a.email)
        }
        if let raw = m.header.first("From") ?? m.header.first("Sender"), let a = AddressText.parse(raw) {
            return a
        }
        return AddressText()
    }

    static func replyToAddress(_ m: Message) -> AddressText? {
        if let a = m.replyTo.first(where: { !$0.email.isEmpty }) {
            return AddressText(name: AddressText.cleanName(a.name), email: a.email)
        }
        return m.header.first("Reply-To").flatMap(AddressText.parse).flatMap { $0.email == nil ? nil : $0 }
    }

    /// The readable body: MIME's text, else the HTML converted, else the first text part found.
    static func readableText(_ m: Message) -> String {
        let t = m.text
        if !TextTools.trim(t).isEmpty { return t }
        if let html = m.html, !html.isEmpty { return HTMLText.convert(html) }
        return firstText(m.body) ?? ""
    }

    static func firstText(_ p: Part) -> String? {
        switch p.content {
        case .text(let s):
            guard p.disposition != "attachment" else { return nil }
            return p.contentType.subtype == "html" ? HTMLText.convert(s) : s
        case .multipart(let parts):
            for q in parts { if let s = firstText(q), !TextTools.trim(s).isEmpty { return s } }
            return nil
        case .bytes, .message: return nil
        }
    }

    /// message/rfc822 parts of this message (not looking inside them).
    static func embeddedMessages(_ p: Part) -> [Message] {
        switch p.content {
        case .message(let m): return [m]
        case .multipart(let parts): return parts.flatMap(embeddedMessages)
        case .text, .bytes: return []
        }
    }

    static func mimeTypes(_ p: Part) -> [String] {
        switch p.content {
        case .multipart(let parts): return [p.contentType.mimeType] + parts.flatMap(mimeTypes)
        default: return [p.contentType.mimeType]
        }
    }

    static func reportType(_ p: Part) -> String? {
        if p.contentType.mimeType == "multipart/report" { return p.contentType.parameters["report-type"] }
        if case .multipart(let parts) = p.content {
            for q in parts { if let r = reportType(q) { return r } }
        }
        return nil
    }

    static func ids(_ raw: String?) -> [String] {
        guard let raw else { return [] }
        let bracketed = TextTools.allMatches(raw, #"<[^<>\s]+>"#).map { String($0.dropFirst().dropLast()) }
        if !bracketed.isEmpty { return bracketed }
        let t = TextTools.trim(raw)
        return t.isEmpty || t.contains(" ") ? [] : [t]
    }

    static func ticketReference(subject: String, text: String) -> String? {
        (TextTools.firstMatch(subject, #"CMP-\d{4}-\d{6}"#) ?? TextTools.firstMatch(text, #"CMP-\d{4}-\d{6}"#))?.uppercased()
    }
}
