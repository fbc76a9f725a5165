import Foundation

/// SPEC §5 "repeat": the same customer about the same issue again. Pure: the store hands in the
/// complainant's earlier tickets and gets back what to do.
///
/// - (a) An earlier ticket is still open (`TicketStatus.isOpen`), was filed within `window`, and is about
///   the same issue (same category, or descriptions at least `similarityThreshold` alike) → no new ticket:
///   the message is a follow-up on it and the handler gets a reminder.
/// - (b) No open match, but a resolved or closed ticket about the same issue changed within `window`
///   and the new message says the customer is dissatisfied → a new ticket, linked to the old one, with why.
///
/// The same customer: the same email, phone or account number (case-insensitive, phone by its digits).
///
/// ```swift
/// let decision = RepeatPolicy().decide(complaint, at: now, candidates: earlier)
/// if case .followUp(let reference, _) = decision { … }
/// ```
public struct RepeatPolicy: Sendable, Equatable {
    /// How far back an earlier ticket counts (default 30 days).
    public var window: TimeInterval
    /// Bigram Jaccard similarity of subject + description at or above which two messages are "the same
    /// issue" even when their categories differ.
    public var similarityThreshold: Double

    public init(window: TimeInterval = 30 * 24 * 3600, similarityThreshold: Double = 0.45) {
        self.window = window
        self.similarityThreshold = similarityThreshold
    }

    /// An earlier ticket of the same complainant, as the store sees it.
    public struct Candidate: Sendable, Equatable {
        public var reference: String
        public var status: TicketStatus
        public var createdAt: Date
        /// Last change (for a resolved ticket: about when it was resolved).
        public var updatedAt: Date
        public var category: Category
        /// Subject and description.
        public var text: String
        public var complainant: Complainant

        public init(reference: String, status: TicketStatus, createdAt: Date, updatedAt: Date, category: Category,
                    text: String, complainant: Complainant) {
            self.reference = reference
            self.status = status
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.category = category
            self.text = text
            self.complainant = complainant
        }
    }

    /// What to do with the new message.
    public enum Decision: Sendable, Equatable {
        /// Not a repeat: file as usual.
        case none
        /// (a) File it as a follow-up on the open ticket `reference`; `reason` says why it matched.
        case followUp(reference: String, reason: String)
        /// (b) Open a new ticket flagged `repeat`, linked to the resolved/closed ticket `reference`;
        /// `reason` records why the customer is dissatisfied.
        case linkedNew(reference: String, reason: String)
    }

    /// Decides whether `complaint`, received `at`, repeats one of `candidates` (any order).
    public func decide(_ complaint: Complaint, at now: Date, candidates: [Candidate]) -> Decision {
        guard complaint.disposition == .ticket, !complaint.complainant.isAnonymous else { return .none }
        // Needed only against a candidate (most messages have none at all).
        lazy var text = Self.text(subject: complaint.subject, description: complaint.description)
        lazy var bigrams = Similarity.bigrams(text)
        let newestFirst = candidates
            .filter { Self.sameComplainant($0.complainant, complaint.complainant) }
            .sorted { $0.createdAt > $1.createdAt }
        func match(_ c: Candidate) -> String? {
            if c.category == complaint.category { return "same complainant, same category \(c.category.rawValue)" }
            let s = Similarity.jaccard(bigrams, Similarity.bigrams(c.text))
            return s >= similarityThreshold ? "same complainant, similar description (\(Self.fixed2(s)))" : nil
        }
        for c in newestFirst where c.status.isOpen && now.timeIntervalSince(c.createdAt) <= window {
            if let why = match(c) { return .followUp(reference: c.reference, reason: why) }
        }
        let ended = newestFirst.filter { ($0.status == .resolved || $0.status == .closed) && now.timeIntervalSince($0.updatedAt) <= window }
        guard !ended.isEmpty, let complaintWords = Self.dissatisfaction(in: text) else { return .none }
        for c in ended {
            if let why = match(c) {
                return .linkedNew(reference: c.reference, reason: "dissatisfied with the \(c.status.rawValue) ticket: \"\(complaintWords)\"; \(why)")
            }
        }
        return .none
    }

    /// Whether two complainants are the same customer: a shared email, phone (by digits, at least 6)
    /// or account number, compared case-insensitively.
    public static func sameComplainant(_ a: Complainant, _ b: Complainant) -> Bool {
        func same(_ x: String?, _ y: String?) -> Bool {
            guard let x = x?.trimmingCharacters(in: .whitespaces), let y = y?.trimmingCharacters(in: .whitespaces),
                  !x.isEmpty else { return false }
            return x.caseInsensitiveCompare(y) == .orderedSame
        }
        func digits(_ s: String?) -> String? {
            guard let s else { return nil }
            let d = String(s.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
            return d.count >= 6 ? String(d.suffix(9)) : nil
        }
        if same(a.email, b.email) || same(a.account, b.account) { return true }
        if let x = digits(a.phone), let y = digits(b.phone), x == y { return true }
        return false
    }

    /// The text two messages are compared on: subject and description.
    public static func text(subject: String?, description: String) -> String {
        (subject.map { $0 + "\n" } ?? "") + description
    }

    /// Phrases that say the customer is not satisfied with how an earlier complaint ended (English, Chinese).
    public static let dissatisfactionPhrases: [String] = [
        "not satisfied", "dissatisfied", "unsatisfied", "not happy", "unhappy", "unacceptable",
        "not resolved", "isn't resolved", "is not resolved", "wasn't resolved", "was not resolved", "never resolved",
        "not fixed", "isn't fixed", "wasn't fixed", "never fixed", "still not", "still broken", "still down",
        "still no", "still doesn't", "still does not", "still isn't", "still waiting", "happened again",
        "again!", "problem persists", "problem is back", "came back", "reopen", "re-open", "not good enough",
        "disappointed", "your solution", "your answer", "your reply",
        "不满意", "不满", "没有解决", "没解决", "未解决", "沒有解決", "沒解決", "未解決", "仍然", "依然", "还是没", "還是沒",
        "又出现", "又出現", "再次出现", "再次出現", "重新处理", "重新處理", "不接受", "失望",
    ]

    /// Every phrase searched in one pass (ASCII case folded, unsure at a character whose lower case is
    /// ASCII): most texts hold none, and then neither lower-casing nor a search per phrase is needed.
    static let dissatisfactionGate = LiteralSet(Set(dissatisfactionPhrases), caseInsensitive: true)

    /// The first sentence that expresses dissatisfaction (at most 160 characters), or nil.
    public static func dissatisfaction(in text: String) -> String? {
        if dissatisfactionGate.search(text) == .absent { return nil }
        let lower = text.lowercased()
        guard let hit = dissatisfactionPhrases.lazy.compactMap({ TextTools.byteRange(of: $0, in: lower) }).first else { return nil }
        let stops: Set<Character> = [".", "!", "?", "\n", "。", "！", "？"]
        var start = hit.lowerBound
        while start > lower.startIndex, !stops.contains(lower[lower.index(before: start)]) { start = lower.index(before: start) }
        var end = hit.upperBound
        while end < lower.endIndex, !stops.contains(lower[end]) { end = lower.index(after: end) }
        // Same offsets in the original text (lower-casing keeps Character counts for these scripts).
        let from = lower.distance(from: lower.startIndex, to: start), length = lower.distance(from: start, to: end)
        let original = text.dropFirst(from).prefix(length).trimmingCharacters(in: .whitespaces)
        return original.count > 160 ? String(original.prefix(157)) + "..." : original
    }

    static func fixed2(_ x: Double) -> String {
        let v = Int((x * 100).rounded())
        return "\(v / 100)." + (v % 100 < 10 ? "0" : "") + "\(v % 100)"
    }
}
