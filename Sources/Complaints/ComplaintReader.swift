// TEMPORARY signature; the Complaints helper implements it.
import MIME

/// Reads a parsed message the way a careful complaint handler would.
public struct ComplaintReader: Sendable {
    public init() {}

    /// Extracts the registration record and classification from a parsed message.
    public func read(_ message: Message) -> Complaint {
        Complaint(disposition: .ticket, subject: message.subject, description: message.text)
    }
}
