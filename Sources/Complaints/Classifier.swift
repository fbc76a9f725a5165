// TEMPORARY signature; the classifier helper implements it.

/// Decides kind, category, severity, priority and flags (rules layer + statistical model).
public struct Classifier: Sendable {
    public init() {}

    public func classify(_ input: ClassifierInput) -> Classification {
        Classification(kind: .complaint, category: .other, severity: 1, priority: .low,
                       flags: input.anonymous ? [.anonymous] : [], confidence: 0, explanation: [])
    }
}
