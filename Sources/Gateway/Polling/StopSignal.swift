import Foundation
import Synchronization

/// Set by SIGTERM/SIGINT (async-signal-safe: the handler only stores an atomic).
private let signalStopRequested = Atomic<Bool>(false)

/// Set by SIGTERM/SIGINT or by `set()`; the poller checks it between messages, so the message in hand
/// is always finished.
public final class StopSignal: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public var isSet: Bool { flag.load(ordering: .acquiring) || signalStopRequested.load(ordering: .acquiring) }

    public func set() { flag.store(true, ordering: .releasing) }

    /// Routes SIGTERM and SIGINT to the stop flag instead of killing the process.
    public func installSignalHandlers() {
        for signo in [SIGTERM, SIGINT] {
            signal(signo) { _ in signalStopRequested.store(true, ordering: .releasing) }
        }
    }

    /// Sleeps up to `seconds`, waking early when the flag is set. Returns false if it was set.
    @discardableResult
    public func sleep(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if isSet { return false }
            Thread.sleep(forTimeInterval: min(0.1, max(0, deadline.timeIntervalSinceNow)))
        }
        return !isSet
    }
}
