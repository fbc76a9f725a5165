/// RFC 3834 and SPEC §1 rules for automatic replies: when Plaint must not acknowledge a message.
///
/// Pure. Auto-replies, bounces and list mail never become tickets (`DispositionDetector`), so they are
/// never acknowledged; this guard adds the rules that need the gateway's own state: mail from Plaint's
/// own address, a complainant with no address, and a sender acknowledged too often already.
///
///     let guard_ = LoopGuard(ownAddresses: ["complaints@company.example"], maxAcknowledgementsPerHour: 3)
///     guard_.decide(complaint, recipient: "ann@example.com", acknowledgedInLastHour: 3)
///     // .skip("ann@example.com was already acknowledged 3 times in the last hour (limit 3)")
public struct LoopGuard: Sendable, Equatable {
    /// Plaint's own addresses (the From address, the mailbox login): never answered.
    public var ownAddresses: [String]
    /// At most this many acknowledgements to one address per hour (RFC 3834 §2: limit the rate).
    public var maxAcknowledgementsPerHour: Int

    public init(ownAddresses: [String], maxAcknowledgementsPerHour: Int = 3) {
        self.ownAddresses = ownAddresses.map { $0.lowercased() }
        self.maxAcknowledgementsPerHour = maxAcknowledgementsPerHour
    }

    public enum Decision: Sendable, Equatable {
        case send
        case skip(String)
    }

    /// Whether to acknowledge `complaint` at `recipient`.
    /// - Parameter acknowledgedInLastHour: acknowledgements already queued for `recipient` in the last hour.
    public func decide(_ complaint: Complaint, recipient: String?, acknowledgedInLastHour: Int) -> Decision {
        guard complaint.disposition == .ticket else {
            return .skip("\(complaint.disposition.rawValue) is never answered (RFC 3834)")
        }
        guard let recipient, !recipient.isEmpty else { return .skip("no address to reply to (anonymous)") }
        let lower = recipient.lowercased()
        let sender = complaint.senderEmail?.lowercased()
        if ownAddresses.contains(lower) || (sender.map(ownAddresses.contains) ?? false) {
            return .skip("mail from Plaint's own address \(sender ?? lower) is never answered")
        }
        if Self.isRoleAddress(lower) {
            return .skip("\(lower) is an automatic address (RFC 3834 §2)")
        }
        if acknowledgedInLastHour >= maxAcknowledgementsPerHour {
            return .skip("\(recipient) was already acknowledged \(acknowledgedInLastHour) times in the last hour (limit \(maxAcknowledgementsPerHour))")
        }
        return .send
    }

    /// `mailer-daemon@`, `postmaster@`, `noreply@`… (RFC 3834 §2 and common practice).
    static func isRoleAddress(_ address: String) -> Bool {
        guard let at = address.lastIndex(of: "@") else { return false }
        let local = address[..<at]
        return ["mailer-daemon", "postmaster", "noreply", "no-reply", "do-not-reply", "donotreply", "bounce", "bounces"]
            .contains(where: { local == $0 }) || local.hasPrefix("owner-") || local.hasSuffix("-request")
    }
}
