import Foundation

/// One poll of the mailbox, as recorded for `plaint status`.
public struct PollRecord: Sendable, Equatable {
    public var at: Date
    public var ok: Bool
    /// One line, e.g. `polled 12 new: 10 tickets, 1 follow-up, 1 auto-reply`.
    public var summary: String

    public init(at: Date, ok: Bool, summary: String) {
        self.at = at
        self.ok = ok
        self.summary = summary
    }
}
