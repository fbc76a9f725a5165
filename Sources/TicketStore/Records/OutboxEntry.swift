import Foundation
import MIME

/// Where an outgoing message stands.
public enum OutboxStatus: String, Sendable, CaseIterable {
    /// Waiting to be sent (due at `nextAttemptAt`).
    case pending
    case sent
    /// Refused for good (5xx, a bounce after every re-contact attempt, deferred too long).
    case failed
    /// Staff-written text waiting for an authorised reviewer (SPEC §8); never sent in this state.
    case heldForReview = "held_for_review"
    /// A reviewer refused the wording.
    case rejected
}

/// Who must approve a message before it is sent (SPEC §8).
public enum ReviewRequirement: String, Sendable, CaseIterable {
    /// Wording approved as a template (acknowledgements): no per-message review.
    case none
    /// Staff-written text: the supervising manager.
    case manager
    /// Text touching compensation, liability, legal action, refunds, regulators or the media: manager and legal.
    case managerLegal = "manager_legal"

    /// The approver roles required, e.g. `["manager", "legal"]`.
    public var roles: [String] {
        switch self {
        case .none: []
        case .manager: ["manager"]
        case .managerLegal: ["manager", "legal"]
        }
    }
}

/// A rendered message to put in the outbox.
public struct OutboxDraft: Sendable, Equatable {
    /// The ticket it answers (nil for internal mail with no ticket).
    public var ticketReference: String?
    /// The template it was rendered from, e.g. `acknowledgement`, `resolution`.
    public var kind: String
    public var language: String
    /// Without brackets.
    public var messageID: String
    /// The envelope sender (bounces come back here).
    public var envelopeFrom: String
    public var envelopeTo: String
    public var subject: String
    /// The message in wire form.
    public var raw: [UInt8]
    public var review: ReviewRequirement
    /// Why that review is needed (the terms the wording check found).
    public var reviewReason: String?
    /// Who wrote it: `plaint` for template messages, the staff member's email otherwise.
    public var author: String

    public init(ticketReference: String?, kind: String, language: String, messageID: String, envelopeFrom: String,
                envelopeTo: String, subject: String, raw: [UInt8], review: ReviewRequirement = .none,
                reviewReason: String? = nil, author: String = "plaint") {
        self.ticketReference = ticketReference
        self.kind = kind
        self.language = language
        self.messageID = messageID
        self.envelopeFrom = envelopeFrom
        self.envelopeTo = envelopeTo
        self.subject = subject
        self.raw = raw
        self.review = review
        self.reviewReason = reviewReason
        self.author = author
    }
}

/// One review decision, bound to the SHA-256 of the exact bytes reviewed.
public struct OutboxReview: Sendable, Equatable {
    public var reviewer: String
    public var role: String
    /// `approved` or `rejected`.
    public var decision: String
    public var rawSHA256: String
    public var reason: String?
    public var at: Date
}

/// A row of the outbox: the message as queued (`draft`, whose fields read directly off the entry:
/// `entry.raw`, `entry.envelopeTo`) and where its delivery stands.
@dynamicMemberLookup
public struct OutboxEntry: Sendable, Equatable {
    public var id: Int64
    public var draft: OutboxDraft
    /// The SHA-256 recorded when the bytes were written.
    public var rawSHA256: String
    public var status: OutboxStatus
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastError: String?
    /// Re-contact attempts scheduled after bounces (SPEC §6).
    public var recontacts: Int
    public var createdAt: Date
    public var sentAt: Date?
    /// Every review decision, oldest first (also those bound to earlier wording).
    public var reviews: [OutboxReview]

    public subscript<T>(dynamicMember field: KeyPath<OutboxDraft, T>) -> T { draft[keyPath: field] }

    /// The required roles still missing an approval of the current bytes.
    public var missingApprovals: [String] {
        draft.review.roles.filter { role in
            !reviews.contains { $0.role == role && $0.decision == "approved" && $0.rawSHA256 == rawSHA256 }
        }
    }

    /// Whether these exact bytes may be sent: they hash to the recorded SHA-256 and every required role
    /// approved that SHA-256. An edit after approval (or bytes changed behind Plaint's back) voids it.
    public var isCleared: Bool {
        SHA256.hex(draft.raw) == rawSHA256 && missingApprovals.isEmpty
    }
}
