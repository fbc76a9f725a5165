import Foundation

/// When a message that could not be delivered is tried again.
///
/// Pure. A 4xx reply backs off exponentially per message (1, 2, 4 … minutes, capped); a message the
/// server keeps deferring for `giveUpAfter` fails. A bounce (the customer unreachable) schedules SPEC §6's
/// re-contact attempts: `recontactAttempts` more, at least `recontactGap` apart, within `recontactWindow`
/// of the first bounce.
///
///     let s = DeliverySchedule()
///     s.retry(attempts: 3, now: t)                                // t + 4 min
///     s.recontact(after: 1, firstBounce: t, now: t)               // t + 3 h: attempt 1 of 3
public struct DeliverySchedule: Sendable, Equatable {
    public var retryBase: TimeInterval = 60
    public var retryCap: TimeInterval = 15 * 60
    public var giveUpAfter: TimeInterval = 48 * 3600
    public var recontactAttempts = 3
    public var recontactGap: TimeInterval = 3 * 3600
    public var recontactWindow: TimeInterval = 48 * 3600

    public init() {}

    /// The next try after a 4xx on the `attempts`-th attempt (1-based).
    public func retry(attempts: Int, now: Date) -> Date {
        let exponent = Double(max(0, min(attempts - 1, 20)))
        return now.addingTimeInterval(min(retryCap, retryBase * pow(2, exponent)))
    }

    /// Whether a message first queued at `created` has been deferred long enough to fail.
    public func shouldGiveUp(created: Date, now: Date) -> Bool {
        now.timeIntervalSince(created) >= giveUpAfter
    }

    /// The time of re-contact attempt `number` (1-based) after a bounce, or nil when every attempt is used.
    /// Attempts are spread over the window (3 h, 15 h, 27 h after the first bounce by default), and
    /// never sooner than `recontactGap` after `now`.
    public func recontact(after number: Int, firstBounce: Date, now: Date) -> Date? {
        guard number >= 1, number <= recontactAttempts else { return nil }
        let spread = (recontactWindow - 2 * recontactGap) / Double(max(1, recontactAttempts))
        let planned = firstBounce.addingTimeInterval(recontactGap + Double(number - 1) * spread)
        return max(planned, now.addingTimeInterval(recontactGap))
    }
}
