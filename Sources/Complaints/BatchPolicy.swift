import Foundation

/// SPEC §5 "batch": many customers about the same issue in a short time (an outage) become one incident.
/// Pure: the store hands in the recent tickets and gets back what to link.
///
/// A new ticket is *similar* to an earlier one when both have the same category, the earlier one was
/// filed within `window` before it, and their subject + description are at least `similarityThreshold`
/// alike (bigram Jaccard, `Similarity`). Then:
/// - a similar ticket already belongs to an incident → the new ticket joins that incident;
/// - else, when the new ticket and its similar tickets number at least `minimumTickets` → a new
///   incident holding all of them;
/// - else nothing.
///
/// ```swift
/// switch BatchPolicy().decide(newTicket, recent: lastHour) {
/// case .create(let members): …   // open INC-2026-0001 with these references
/// case .extend(let incident, let members): …
/// case .none: break
/// }
/// ```
public struct BatchPolicy: Sendable, Equatable {
    /// How many similar tickets (the new one included) make an incident (default 5).
    public var minimumTickets: Int
    /// How far back similar tickets count (default 60 minutes).
    public var window: TimeInterval
    /// Bigram Jaccard similarity at or above which two tickets are about the same issue (default 0.35).
    public var similarityThreshold: Double

    /// At most this many recent tickets of the category in no incident (the newest), and at most this
    /// many already in one (newest first, until one is similar), are compared with a new one, so a flood
    /// of mail costs a bounded amount per message (default 300).
    public var candidateLimit: Int

    public init(minimumTickets: Int = 5, window: TimeInterval = 3600, similarityThreshold: Double = 0.35,
                candidateLimit: Int = 300) {
        self.minimumTickets = minimumTickets
        self.window = window
        self.similarityThreshold = similarityThreshold
        self.candidateLimit = candidateLimit
    }

    /// A ticket as the batch rule sees it.
    public struct Member: Sendable, Equatable {
        public var reference: String
        public var createdAt: Date
        public var category: Category
        /// `Similarity.signature` of its subject and description.
        public var signature: [UInt32]
        /// The incident it already belongs to, if any.
        public var incident: String?

        public init(reference: String, createdAt: Date, category: Category, signature: [UInt32], incident: String? = nil) {
            self.reference = reference
            self.createdAt = createdAt
            self.category = category
            self.signature = signature
            self.incident = incident
        }

        /// A member whose signature is computed from `text` (subject and description).
        public init(reference: String, createdAt: Date, category: Category, text: String, incident: String? = nil) {
            self.init(reference: reference, createdAt: createdAt, category: category, signature: Similarity.signature(text),
                      incident: incident)
        }
    }

    /// What to link.
    public enum Decision: Sendable, Equatable {
        case none
        /// Open a new incident of these tickets (the new one last).
        case create(members: [String])
        /// Add these tickets (the new one last) to the existing incident.
        case extend(incident: String, members: [String])
    }

    /// Whether `other` counts toward `ticket`'s batch: same category, filed within `window` before it, and
    /// alike enough.
    public func isSimilar(_ other: Member, to ticket: Member) -> Bool {
        other.reference != ticket.reference && other.category == ticket.category
            && other.createdAt <= ticket.createdAt && ticket.createdAt.timeIntervalSince(other.createdAt) <= window
            && Similarity.jaccard(signature: ticket.signature, signature: other.signature) >= similarityThreshold
    }

    /// Decides for `ticket`, just filed, given the tickets filed before it (any order; the ticket itself
    /// is ignored if present).
    public func decide(_ ticket: Member, recent: [Member]) -> Decision {
        // Newest first: the newest similar ticket already in an incident names the incident to join. Once
        // it is found, older tickets in incidents need no comparison (only tickets without one can join),
        // so during an outage a new ticket is compared with the few recent ones not yet linked.
        var incident: String?
        var free: [Member] = []  // similar tickets in no incident, newest first
        for index in recent.newestFirstIndices() {
            let other = recent[index]
            if other.incident != nil {
                if incident == nil && isSimilar(other, to: ticket) { incident = other.incident }
            } else if isSimilar(other, to: ticket) {
                free.append(other)
            }
        }
        let members = free.reversed().map(\.reference) + [ticket.reference]
        if let incident { return .extend(incident: incident, members: members) }
        return members.count >= minimumTickets ? .create(members: members) : .none
    }
}

extension [BatchPolicy.Member] {
    /// The indices newest first, by (created, reference). The store lists recent tickets newest first, so
    /// they are nearly always in that order already: checked in one pass, and sorted only when they are not.
    /// Indices, not members: copying a member retains its strings and signature.
    func newestFirstIndices() -> [Int] {
        func newer(_ i: Int, _ j: Int) -> Bool {
            self[i].createdAt != self[j].createdAt ? self[i].createdAt > self[j].createdAt : self[i].reference > self[j].reference
        }
        if indices.dropFirst().allSatisfy({ newer($0 &- 1, $0) }) { return [Int](0..<count) }
        return (0..<count).sorted(by: newer)
    }
}
