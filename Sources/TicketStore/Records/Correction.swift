import Foundation
import Complaints

/// A field staff may correct on a ticket (the classifier's labelled fields).
public enum CorrectedField: String, Sendable, CaseIterable {
    case kind, category, severity
}

/// One field a staff member changed on a ticket, stored as a training example.
public struct Correction: Sendable, Equatable {
    public var reference: String
    public var field: CorrectedField
    public var oldValue: String
    public var newValue: String
    /// Who corrected it (a staff email).
    public var actor: String
    public var at: Date

    public init(reference: String, field: CorrectedField, oldValue: String, newValue: String, actor: String, at: Date) {
        self.reference = reference
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.actor = actor
        self.at = at
    }

    /// `category billing -> network`.
    public var summary: String { "\(field.rawValue) \(oldValue) -> \(newValue)" }
}
