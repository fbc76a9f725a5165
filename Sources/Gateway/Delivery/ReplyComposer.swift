import Foundation
import MIME
import Complaints
import TicketStore

/// Why a reply could not be rendered into the outbox.
public struct ReplyError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Renders replies from the approved templates into outbox drafts (SPEC §8: only approved wording).
///
/// An acknowledgement is the `acknowledgement` template in the ticket's language (else the configured
/// default), threaded to the customer's message: In-Reply-To and References name it, the subject is
/// `Re: <original> [CMP-…]`, and `Auto-Submitted: auto-replied` marks it automatic (RFC 3834).
/// Staff replies (`resolution`, `progress_update`, `inquiry_answer`) carry the staff's parts and wait
/// for review: the manager always, legal too when the wording check finds a sensitive term.
///
///     let composer = ReplyComposer(catalog: catalog, settings: .init(from: "complaints@company.example"))
///     try composer.afterFiling(outcome, complaint: complaint, raw: raw, store: store, at: Date())   // queues the acknowledgement
public final class ReplyComposer {
    public struct Settings: Sendable, Equatable {
        public var from: String
        public var fromName: String?
        public var companyName = "Customer Care"
        public var companyTeam = "Customer Care Team"
        public var companyPhone = "-"
        public var defaultLanguage = "en"
        public var loopGuard: LoopGuard
        public var wordingCheck = WordingCheck.standard

        public init(from: String, fromName: String? = nil, maxAcknowledgementsPerHour: Int = 3) {
            self.from = from
            self.fromName = fromName
            loopGuard = LoopGuard(ownAddresses: [from], maxAcknowledgementsPerHour: maxAcknowledgementsPerHour)
        }
    }

    public let catalog: TemplateCatalog
    public let settings: Settings
    public var schedule = DeliverySchedule()
    /// Templates already parsed, by file name: every new ticket renders one, and the catalog never changes.
    private var compiled: [String: MessageTemplate] = [:]

    public init(catalog: TemplateCatalog, settings: Settings) {
        self.catalog = catalog
        self.settings = settings
    }

    /// Templates staff may send, and the context key their parts go under.
    public static let staffTemplates = ["resolution": "resolution", "progress_update": "progress", "inquiry_answer": "inquiry"]

    // MARK: - After filing

    /// What filing a message means for the outbox, inside the filing's transaction: a new ticket is
    /// acknowledged (unless a loop rule says no, recorded as an event); a bounce marks the delivery it
    /// names as failed and schedules re-contact.
    public func afterFiling(_ outcome: FilingOutcome, complaint: Complaint, raw: [UInt8], store: TicketStore,
                            at: Date) throws(StoreError) {
        switch outcome {
        case .opened(let reference):
            try automaticReply("acknowledgement", reference: reference, complaint: complaint, store: store, at: at)
        case .followUp(let reference):
            // SPEC §5 repeat (a): the customer wrote again about an open ticket (not a reply in its thread):
            // reassure them with its progress. Filing just recorded the handler's reminder.
            guard let last = try store.ticket(reference: reference)?.events.last,
                  last.action == "repeat_reminder", abs(last.at.timeIntervalSince(at)) < 0.001 else { return }
            try automaticReply("repeat_reassurance", reference: reference, complaint: complaint, store: store, at: at)
        case .recorded(.bounce, let reason):
            let ids = BounceReferences.messageIDs(in: raw)
            if !ids.isEmpty { try store.recordBounce(messageIDs: ids, reason: reason, schedule: schedule, at: at) }
        default:
            break
        }
    }

    /// Templates Plaint sends on its own; they count together towards the per-sender hourly limit.
    public static let automaticTemplates = ["acknowledgement", "repeat_reassurance"]

    /// Queues an automatic reply to `complaint` on ticket `reference`, unless a loop rule forbids it or the
    /// wording is not approved; either way the reason is recorded on the ticket.
    private func automaticReply(_ template: String, reference: String, complaint: Complaint, store: TicketStore,
                                at: Date) throws(StoreError) {
        let recipient = Self.customerAddress(complaint)
        if recipient == nil, complaint.channel != .email {
            let channel = complaint.channel.rawValue.replacingOccurrences(of: "_", with: " ")
            try store.recordSkippedReply(reference: reference, kind: template,
                                         reason: "no customer address in this \(channel) message; its sender "
                                             + "\(complaint.senderEmail ?? "-") is not the customer, so the handler answers", at: at)
            return
        }
        let recent = try recipient.map { (r) throws(StoreError) in
            try store.acknowledgementCount(to: r, since: at.addingTimeInterval(-3600), kinds: Self.automaticTemplates)
        } ?? 0
        if case .skip(let reason) = settings.loopGuard.decide(complaint, recipient: recipient, acknowledgedInLastHour: recent) {
            try store.recordSkippedReply(reference: reference, kind: template, reason: reason, at: at)
            return
        }
        guard let detail = try store.ticket(reference: reference) else { return }
        let rendered: OutboxDraft
        do throws(ReplyError) {
            rendered = try draft(template: template, detail: detail, parts: nil, answering: complaint,
                                 parentMessageID: complaint.messageID, parentReferences: complaint.references,
                                 author: "plaint", automatic: true, at: at)
        } catch {
            try store.recordSkippedReply(reference: reference, kind: template, reason: error.message, at: at)
            return
        }
        try store.enqueue(rendered, at: at)
    }

    // MARK: - Rendering

    /// A staff-written reply (`resolution`, `progress_update`, `inquiry_answer`) with `parts` under the
    /// template's key (`resolution.cause`, `progress.steps`…), held for review.
    public func staffReply(template: String, detail: TicketDetail, parts: TemplateValue, author: String,
                           at: Date) throws(ReplyError) -> OutboxDraft {
        guard Self.staffTemplates[template] != nil else {
            throw ReplyError("'\(template)' is not a staff reply template; use one of \(Self.staffTemplates.keys.sorted().joined(separator: ", "))")
        }
        let parent = detail.messages.last(where: { $0.direction == .incoming && $0.messageID != nil })
        return try draft(template: template, detail: detail, parts: parts, answering: nil, parentMessageID: parent?.messageID,
                         parentReferences: detail.messages.compactMap(\.messageID).filter { $0 != parent?.messageID },
                         author: author, automatic: false, at: at)
    }

    /// Which review staff text needs: manager, plus legal when the wording check finds a term.
    public func reviewRequirement(for parts: TemplateValue) -> (ReviewRequirement, String?) {
        let terms = settings.wordingCheck.matches(Self.strings(in: parts).joined(separator: "\n"))
        return terms.isEmpty ? (.manager, "staff-written text")
                             : (.managerLegal, "staff-written text touching " + terms.joined(separator: ", "))
    }

    /// Renders `name` for the ticket; `answering` is the message replied to (its subject, its sender),
    /// else the message that opened the ticket.
    private func draft(template name: String, detail: TicketDetail, parts: TemplateValue?, answering: Complaint?,
                       parentMessageID: String?, parentReferences: [String], author: String, automatic: Bool,
                       at: Date) throws(ReplyError) -> OutboxDraft {
        let complaint = answering ?? detail.record.complaint
        guard let recipient = Self.customerAddress(complaint) else {
            throw ReplyError("no address to reply to")
        }
        let language = templateLanguage(name, detail.record.complaint.language.rawValue)
        var context = ReplyContext.make(detail: detail, language: language, settings: settings)
        if let parts, case .object(var members) = context, let key = Self.staffTemplates[name] {
            members[key] = parts
            context = .object(members)
        }
        let text = try render("\(name).\(language).txt", context)
        let html = try catalog.files.contains(where: { $0.file == "\(name).\(language).html" })
            ? render("\(name).\(language).html", context).body : nil
        let subject = Self.replySubject(original: complaint.subject, reference: detail.record.reference,
                                        fallback: text.subject ?? detail.record.reference)
        let message = OutgoingMessage(
            from: Address(name: settings.fromName ?? settings.companyName, email: settings.from),
            to: [Address(name: complaint.complainant.name, email: recipient)],
            subject: subject, text: text.body, html: html,
            inReplyTo: parentMessageID, references: parentReferences,
            headers: automatic ? [("Auto-Submitted", "auto-replied")] : [], date: at)
        var review = ReviewRequirement.none
        var reason: String?
        if let parts { (review, reason) = reviewRequirement(for: parts) }
        return OutboxDraft(ticketReference: detail.record.reference, kind: name, language: language,
                           messageID: message.messageID, envelopeFrom: settings.from, envelopeTo: recipient,
                           subject: subject, raw: message.bytes, review: review, reviewReason: reason, author: author)
    }

    /// The ticket's language when the template exists in it, else the configured default.
    private func templateLanguage(_ name: String, _ language: String) -> String {
        catalog.files.contains(where: { $0.file == "\(name).\(language).txt" }) ? language : settings.defaultLanguage
    }

    /// Renders one file, refusing anything whose exact wording is not approved.
    private func render(_ file: String, _ context: TemplateValue) throws(ReplyError) -> RenderedMessage {
        guard let template = catalog.files.first(where: { $0.file == file }) else {
            throw ReplyError("template \(file) is missing")
        }
        let state = catalog.state(of: template)
        guard state.isApproved else { throw ReplyError("template \(file) is \(state.label): not sent (SPEC §8)") }
        do {
            if compiled[file] == nil { compiled[file] = try catalog.compile(template) }
            return try compiled[file]!.render(context)
        } catch {
            throw ReplyError("template \(error.description)")
        }
    }

    /// Where a reply to `complaint` goes: the complainant's address, else, for direct email only, the
    /// sender (a forwarded phone call, a web-form robot or a regulator's transfer is not the customer).
    static func customerAddress(_ complaint: Complaint) -> String? {
        complaint.complainant.email ?? (complaint.channel == .email ? complaint.senderEmail : nil)
    }

    /// `Re: <original> [CMP-2026-000123]`: reply prefixes are not repeated, and the reference is not
    /// added twice. Without an original subject, the template's subject.
    static func replySubject(original: String?, reference: String, fallback: String) -> String {
        var subject = (original ?? "").trimmingCharacters(in: .whitespaces)
        while let prefix = ["re:", "aw:", "回复:", "回复：", "答复:", "答复："].first(where: { subject.lowercased().hasPrefix($0) }) {
            subject = String(subject.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        guard !subject.isEmpty else { return fallback }
        return "Re: \(subject)" + (subject.uppercased().contains(reference.uppercased()) ? "" : " [\(reference)]")
    }

    /// Every string in a value, for the wording check.
    static func strings(in value: TemplateValue) -> [String] {
        switch value {
        case .string(let s): [s]
        case .list(let items): items.flatMap(strings)
        case .object(let members): members.keys.sorted().flatMap { strings(in: members[$0]!) }
        case .number, .bool: []
        }
    }
}

@available(*, unavailable) extension ReplyComposer: Sendable {}
