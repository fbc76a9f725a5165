import Dispatch
import Synchronization

/// A batch being read in the background while the caller does the sequential work of the previous
/// one (filing it in SQLite, fetching the next over IMAP). Reading is pure, so nothing is shared but
/// the raw bytes going in and the readings coming out. `readings()` waits for them, in input order.
///
///     let next = ReadAhead(intake, raws: chunk)   // starts at once, on the global queue
///     try file(previous.readings())               // meanwhile: the previous chunk
final class ReadAhead: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let result = Mutex<[Intake.Reading]?>(nil)

    init(_ intake: Intake, raws: [[UInt8]]) {
        DispatchQueue.global().async { [self] in
            let readings = intake.readAll(raws)
            result.withLock { $0 = readings }
            finished.signal()
        }
    }

    /// The readings, once all of them are done. Call once.
    func readings() -> [Intake.Reading] {
        finished.wait()
        return result.withLock { $0.take() ?? [] }
    }
}
