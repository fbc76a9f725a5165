import Dispatch
import Synchronization
import TicketStore

/// A batch being read in the background while the caller does the sequential work of the previous
/// one (filing it in SQLite, fetching the next over IMAP). Reading is pure, so nothing is shared but
/// the raw bytes going in and the readings coming out. `readings()` waits for them, in input order.
///
///     let next = ReadAhead(intake, raws: chunk)   // starts at once, on the global queue
///     try file(previous.readings())               // meanwhile: the previous chunk
final class ReadAhead: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let result = Mutex<[Intake.Reading]?>(nil)

    /// - Parameter prewriter: when given, the content files of the batch (raw messages kept as files,
    ///   attachments) are written on these threads too, once it is read; filing then only finds them.
    init(_ intake: Intake, raws: [[UInt8]], prewriter: ContentPrewriter? = nil) {
        DispatchQueue.global().async { [self] in
            let readings = intake.readAll(raws)
            if let prewriter { Self.prewrite(readings, raws: raws, with: prewriter) }
            result.withLock { $0 = readings }
            finished.signal()
        }
    }

    /// Writes the batch's content files, spread over the cores. A failure is left to filing, which
    /// writes any missing file itself and reports the error with the message it belongs to.
    /// (Most messages have no file to write: `write` then returns at once.)
    private static func prewrite(_ readings: [Intake.Reading], raws: [[UInt8]], with prewriter: ContentPrewriter) {
        DispatchQueue.concurrentPerform(iterations: readings.count) { i in
            try? prewriter.write(raw: raws[i], sha256: readings[i].rawSHA256, disposition: readings[i].complaint.disposition,
                                 attachments: readings[i].attachments.map { (sha256: $0.sha256, bytes: $0.bytes) })
        }
    }

    /// The readings, once all of them are done. Call once.
    func readings() -> [Intake.Reading] {
        finished.wait()
        return result.withLock { $0.take() ?? [] }
    }
}
