import Complaints

/// What filing one message did.
public enum FilingOutcome: Sendable, Equatable {
    /// A new ticket was opened.
    case opened(reference: String)
    /// Appended to an existing ticket (reference in subject, or In-Reply-To/References match).
    case followUp(reference: String)
    /// Recorded but not a ticket (auto_reply, bounce, bulk, quarantine), with the reason.
    case recorded(disposition: Disposition, reason: String)
    /// This source key was filed before: nothing new was written (except a new mailbox location, if given).
    case duplicate(reference: String?)

    /// The ticket this message was filed on, if any.
    public var reference: String? {
        switch self {
        case .opened(let r), .followUp(let r): r
        case .duplicate(let r): r
        case .recorded: nil
        }
    }
}
