import Testing
@testable import Gateway

/// A fixed-sequence generator so the jitter is reproducible.
struct SteppingGenerator: RandomNumberGenerator {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }
}

struct BackoffTests {
    @Test func growsExponentiallyWithJitterAndIsCapped() {
        var backoff = Backoff(base: 1, cap: 60)
        var rng = SteppingGenerator()
        let delays = (0..<12).map { _ in backoff.nextDelay(using: &rng) }
        for (n, d) in delays.enumerated() {
            let ceiling = min(60, Double(1 << n))
            #expect(d >= ceiling / 2 && d <= ceiling, "attempt \(n): \(d)")
        }
        #expect(delays.last! <= 60)
        backoff.reset()
        #expect(backoff.nextDelay(using: &rng) <= 1)
    }

    @Test func logsOncePerChangeOfState() {
        var health = PollHealth()
        #expect(health.succeeded() == nil)
        #expect(health.failed("connection refused") != nil)
        #expect(health.failed("connection refused") == nil)
        #expect(health.failed("connection refused") == nil)
        #expect(health.failed("login denied") != nil)
        #expect(health.succeeded() == "mailbox reachable again after 4 failed attempts")
        #expect(health.succeeded() == nil)
    }
}
