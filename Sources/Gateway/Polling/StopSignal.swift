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

    /// Routes SIGTERM and SIGINT to the stop flag instead of killing the process. Also unblocks them:
    /// a process started from a thread that blocks signals (a service manager's worker, a test runner)
    /// inherits that mask and would otherwise never see a stop request.
    public func installSignalHandlers() {
        var set = sigset_t()
        sigemptyset(&set)
        for signo in [SIGTERM, SIGINT] {
            signal(signo) { _ in signalStopRequested.store(true, ordering: .releasing) }
            sigaddset(&set, signo)
        }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
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
