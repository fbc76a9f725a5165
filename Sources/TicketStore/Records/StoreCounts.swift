import Complaints

/// Totals for `plaint status`.
public struct StoreCounts: Sendable, Equatable {
    /// Tickets per status; statuses with no tickets are absent.
    public var ticketsByStatus: [TicketStatus: Int]
    /// Messages per disposition (incoming and outgoing).
    public var messagesByDisposition: [Disposition: Int]
    /// All stored messages, incoming and outgoing.
    public var messages: Int

    public init(ticketsByStatus: [TicketStatus: Int], messagesByDisposition: [Disposition: Int], messages: Int) {
        self.ticketsByStatus = ticketsByStatus
        self.messagesByDisposition = messagesByDisposition
        self.messages = messages
    }

    /// Messages recorded as `quarantine`.
    public var quarantined: Int { messagesByDisposition[.quarantine] ?? 0 }
    /// All tickets.
    public var tickets: Int { ticketsByStatus.values.reduce(0, +) }
}
