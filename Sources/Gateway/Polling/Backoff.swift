/// Exponential backoff with jitter for reconnecting to the mailbox: 1 s, 2 s, 4 s … capped, each
/// delay drawn from [½, 1] of the exponential value so that many gateways do not retry in step.
public struct Backoff: Sendable, Equatable {
    public var base: Double
    public var cap: Double
    public private(set) var failures = 0

    public init(base: Double = 1, cap: Double = 300) {
        self.base = base
        self.cap = cap
    }

    /// Records a failure and returns how long to wait before the next attempt.
    public mutating func nextDelay<R: RandomNumberGenerator>(using rng: inout R) -> Double {
        let exponent = min(failures, 30)
        failures += 1
        let ceiling = min(cap, base * Double(1 << exponent))
        return ceiling * Double.random(in: 0.5...1.0, using: &rng)
    }

    public mutating func nextDelay() -> Double {
        var rng = SystemRandomNumberGenerator()
        return nextDelay(using: &rng)
    }

    public mutating func reset() { failures = 0 }
}

/// Decides which poll outcomes are worth a log line: a failure is logged when it starts or when its
/// message changes, not once per attempt; the recovery is logged once.
public struct PollHealth: Sendable, Equatable {
    public private(set) var failing: String?
    public private(set) var failedAttempts = 0

    public init() {}

    /// The line to log for this failure, or nil when it is the same failure as last time.
    public mutating func failed(_ message: String) -> String? {
        failedAttempts += 1
        defer { failing = message }
        return failing == message ? nil : "mailbox unavailable: \(message); retrying with backoff"
    }

    /// The line to log when a poll succeeds after failures, else nil.
    public mutating func succeeded() -> String? {
        defer { failing = nil; failedAttempts = 0 }
        guard failing != nil else { return nil }
        return "mailbox reachable again after \(failedAttempts) failed \(failedAttempts == 1 ? "attempt" : "attempts")"
    }
}
