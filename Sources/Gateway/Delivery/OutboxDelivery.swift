import Foundation
import Complaints
import TicketStore
import MailTransport

/// Something that hands a message to an SMTP server: `SMTPSender`, or a stand-in in unit tests.
public protocol MessageTransmitter: AnyObject {
    func send(_ bytes: [UInt8], from: String, to: [String]) throws(SMTPError) -> SMTPReceipt
}

extension SMTPSender: MessageTransmitter {}

/// What one delivery round did.
public struct DeliveryReport: Sendable, Equatable {
    public var sent = 0
    /// Deferred by the server (4xx): retried later with backoff.
    public var deferred = 0
    public var failed = 0
    /// Due but not attempted: no SMTP server configured, or the server unreachable.
    public var waiting = 0
    /// Why the round stopped early (server unreachable, TLS or login refused), if it did.
    public var serverError: String?
    /// No SMTP server is configured.
    public var unconfigured = false

    public var attempted: Bool { sent + deferred + failed > 0 }

    /// `outbox: sent 2, deferred 0, failed 0, waiting 1 (SMTP server unavailable: …)`.
    public var summary: String {
        var line = "outbox: sent \(sent), deferred \(deferred), failed \(failed), waiting \(waiting)"
        if unconfigured { line += " (no SMTP server configured: set PLAINT_SMTP_URL)" }
        if let serverError { line += " (\(serverError))" }
        return line
    }
}

/// Delivers due outbox rows over one SMTP connection (reused for every message of a round).
///
/// For each due row the attempt is committed first, then the message is sent, then the result is
/// recorded: a crash between sending and recording resends it once (at most one duplicate, never a
/// loss). A 4xx reply defers that message with exponential backoff; a 5xx fails it and records it on
/// the ticket. A server that cannot be reached (or refuses TLS or the login) ends the round and leaves
/// the messages due, so the next round (the next poll) tries again and delivers them once it is back.
///
///     let delivery = OutboxDelivery(store: store, transmitter: try SMTPSender(settings: settings))
///     print(try delivery.deliverDue().summary)
public final class OutboxDelivery {
    public let store: TicketStore
    public let transmitter: (any MessageTransmitter)?
    public var schedule = DeliverySchedule()

    public init(store: TicketStore, transmitter: (any MessageTransmitter)?) {
        self.store = store
        self.transmitter = transmitter
    }

    /// Sends every cleared row due at `now()`.
    /// - Parameter shouldStop: checked between messages.
    public func deliverDue(now: () -> Date = Date.init, shouldStop: () -> Bool = { false }) throws(StoreError) -> DeliveryReport {
        var report = DeliveryReport()
        guard let transmitter else {
            report.unconfigured = true
            report.waiting = try store.dueOutbox(now: now(), limit: 100_000).count
            return report
        }
        var tried = Set<Int64>()
        while !shouldStop() {
            let due = try store.dueOutbox(now: now(), limit: 100).filter { !tried.contains($0.id) }
            if due.isEmpty { break }
            for (index, entry) in due.enumerated() {
                if shouldStop() { break }
                tried.insert(entry.id)
                try store.recordAttempt(id: entry.id, at: now())
                let result: Result<SMTPReceipt, SMTPError>
                do throws(SMTPError) {
                    result = .success(try transmitter.send(entry.raw, from: entry.envelopeFrom, to: [entry.envelopeTo]))
                } catch {
                    result = .failure(error)
                }
                switch result {
                case .success(let receipt):
                    try store.recordSent(id: entry.id, serverReply: receipt.reply.isEmpty ? "\(receipt.code)" : receipt.reply, at: now())
                    report.sent += 1
                case .failure(let error):
                    switch error {
                    case .permanent:
                        try store.recordFailure(id: entry.id, error: error.description, at: now())
                        report.failed += 1
                    case .transient(let code, _) where code != 0:
                        if schedule.shouldGiveUp(created: entry.createdAt, now: now()) {
                            try store.recordFailure(id: entry.id, error: "deferred for too long: \(error.description)", at: now())
                            report.failed += 1
                        } else {
                            try store.recordRetry(id: entry.id, error: error.description,
                                                  next: schedule.retry(attempts: entry.attempts + 1, now: now()))
                            report.deferred += 1
                        }
                    default:
                        // The server, not the message: keep everything due for the next round.
                        try store.recordUnreachable(id: entry.id, error: error.description)
                        report.serverError = error.description
                        report.waiting = due.count - index + (try store.dueOutbox(now: now(), limit: 100_000)
                            .filter { !tried.contains($0.id) && !due.contains($0) }.count)
                        return report
                    }
                }
            }
        }
        return report
    }
}

@available(*, unavailable) extension OutboxDelivery: Sendable {}
