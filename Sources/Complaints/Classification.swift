/// What the classifier decided about one message (SPEC §2–5), with how sure it is and why.
public struct Classification: Sendable, Equatable {
    public var kind: Kind
    public var category: Category
    /// SPEC §4 grade, 1...3.
    public var severity: Int
    public var priority: Priority
    /// Classifier flags only (escalated, major, anonymous, withdrawal, needs_triage); repeat/batch need the store.
    public var flags: Set<Flag>
    /// 0...1, the lowest of the per-field confidences.
    public var confidence: Double
    /// Human-readable reasons, one per line: which rules and features decided each field.
    public var explanation: [String]

    public init(kind: Kind, category: Category, severity: Int, priority: Priority, flags: Set<Flag>,
                confidence: Double, explanation: [String]) {
        self.kind = kind
        self.category = category
        self.severity = severity
        self.priority = priority
        self.flags = flags
        self.confidence = confidence
        self.explanation = explanation
    }
}

/// What the classifier reads: the customer's own words and the context the extractor found.
public struct ClassifierInput: Sendable {
    public var subject: String
    /// The cleaned description (no quotes, signatures, forwarded header blocks).
    public var description: String
    public var channel: Channel
    public var language: Language
    /// The complainant has no usable identity.
    public var anonymous: Bool

    public init(subject: String, description: String, channel: Channel, language: Language, anonymous: Bool) {
        self.subject = subject
        self.description = description
        self.channel = channel
        self.language = language
        self.anonymous = anonymous
    }
}
