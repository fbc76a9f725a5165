/// Where a ticket is in its life (SPEC §6–9). Transitions are checked by `TicketStatus.canMove(to:)`.
public enum TicketStatus: String, Sendable, Codable, CaseIterable {
    /// Filed; the acknowledgement is queued.
    case new
    /// The customer has been acknowledged; waiting for dispatch to a handler.
    case acknowledged
    /// A handler owns it.
    case assigned
    /// The handler is working on it; progress updates go out.
    case inProgress = "in_progress"
    /// A reply with staff-written text waits in the review queue.
    case awaitingReview = "awaiting_review"
    /// The approved resolution was sent; the survey is pending.
    case resolved
    /// Final: the customer accepted, or the survey window passed.
    case closed
    /// The customer withdrew and staff verified it was voluntary.
    case withdrawn

    /// The statuses a ticket may move to from this one.
    public var successors: Set<TicketStatus> {
        switch self {
        case .new: [.acknowledged, .assigned, .withdrawn, .closed]
        case .acknowledged: [.assigned, .inProgress, .withdrawn, .closed]
        case .assigned: [.inProgress, .awaitingReview, .withdrawn, .closed]
        case .inProgress: [.awaitingReview, .assigned, .withdrawn, .closed]
        case .awaitingReview: [.inProgress, .resolved, .withdrawn]
        // A dissatisfied customer sends the ticket back for urgent re-handling (SPEC §9).
        case .resolved: [.closed, .inProgress]
        case .closed: []
        case .withdrawn: []
        }
    }

    public func canMove(to next: TicketStatus) -> Bool { successors.contains(next) }

    /// Open tickets take follow-ups and count as "still open" for repeat complaints (SPEC §5).
    public var isOpen: Bool { self != .closed && self != .withdrawn && self != .resolved }
}
