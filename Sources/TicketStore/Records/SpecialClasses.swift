import Foundation
import Complaints

/// Which SPEC §5 special classes `TicketStore.file(…)` detects from the store itself: repeat and batch.
///
/// Off by default in the store (a bare `file(…)` files exactly as told); `Filer` turns both on with the
/// SPEC defaults (repeat within 30 days, batch of 5 within 60 minutes).
public struct SpecialClasses: Sendable, Equatable {
    /// nil: never turn a message into a repeat follow-up or a linked repeat ticket.
    public var repeats: RepeatPolicy?
    /// nil: never link tickets into incidents.
    public var batch: BatchPolicy?

    public init(repeats: RepeatPolicy? = RepeatPolicy(), batch: BatchPolicy? = BatchPolicy()) {
        self.repeats = repeats
        self.batch = batch
    }

    /// Neither repeat nor batch detection.
    public static let off = SpecialClasses(repeats: nil, batch: nil)
    /// Both, with the SPEC defaults.
    public static let standard = SpecialClasses()
}

/// A link between two tickets, seen from the ticket being shown.
public struct TicketLink: Sendable, Equatable {
    /// How the tickets relate.
    public enum Relation: String, Sendable {
        /// This ticket repeats `reference` (the customer was dissatisfied with its resolution).
        case repeatOf = "repeat_of"
        /// `reference` is a later ticket repeating this one.
        case repeatedBy = "repeated_by"
    }

    public var relation: Relation
    /// The other ticket.
    public var reference: String
    public var reason: String
    public var at: Date

    public init(relation: Relation, reference: String, reason: String, at: Date) {
        self.relation = relation
        self.reference = reference
        self.reason = reason
        self.at = at
    }
}

/// An incident (SPEC §5 batch): tickets from many customers about the same issue in a short time.
public struct Incident: Sendable, Equatable {
    /// `INC-<year>-<4-digit sequence>`, e.g. `INC-2026-0001`.
    public var reference: String
    public var category: Category
    public var createdAt: Date
    /// Its tickets' references, in the order they joined.
    public var members: [String]

    public init(reference: String, category: Category, createdAt: Date, members: [String]) {
        self.reference = reference
        self.category = category
        self.createdAt = createdAt
        self.members = members
    }
}
