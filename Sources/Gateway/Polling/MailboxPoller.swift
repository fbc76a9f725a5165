import Foundation
import Complaints
import TicketStore
import MailTransport

/// Why a poll stopped: the mailbox or the database.
public enum PollError: Error, CustomStringConvertible {
    case transport(TransportError)
    case store(StoreError)

    public var description: String {
        switch self {
        case .transport(let e): e.description
        case .store(let e): e.description
        }
    }

    /// Worth retrying soon (connection trouble), as opposed to a setting that must be fixed.
    public var isTransient: Bool {
        if case .transport(let e) = self { return e.isTransient }
        return false
    }
}

/// What a poll did.
public struct PollReport: Sendable, Equatable {
    public var tally = FilingTally()
    /// Filed earlier but not yet marked on the server (a crash between commit and flag), now marked.
    public var repaired = 0
    /// Filed under this report but left unmarked when its poll failed; the retry marks them without
    /// counting them as `repaired`.
    var unmarked = 0
    public var uidValidity: UInt32 = 0
    /// The poll stopped early because a stop was requested.
    public var interrupted = false

    public var summary: String {
        tally.pollSummary + (repaired > 0 ? "; marked \(repaired) filed earlier" : "") + (interrupted ? " (stopped early)" : "")
    }
}

/// How the poller treats the mailbox (from `Configuration.IMAP`).
public struct PollSettings: Sendable {
    public var mailbox: String
    public var processed: Configuration.ProcessedAction
    public var processedFlag: String
    public var processedFolder: String
    public var quarantineFolder: String?
    public var batchSize: Int
    public var maxMessageBytes: Int
    /// A batch stops growing past this many fetched bytes (bounds memory: the batch is held until its
    /// commit); a single larger message still forms a batch of its own.
    public var maxBatchBytes: Int

    public init(mailbox: String, processed: Configuration.ProcessedAction = .flag, processedFlag: String = "$PlaintFiled",
                processedFolder: String = "Processed", quarantineFolder: String? = nil, batchSize: Int = 200,
                maxMessageBytes: Int = Intake.defaultMaxMessageBytes, maxBatchBytes: Int = 4 * 1024 * 1024) {
        self.mailbox = mailbox
        self.processed = processed
        self.processedFlag = processedFlag
        self.processedFolder = processedFolder
        self.quarantineFolder = quarantineFolder
        self.batchSize = batchSize
        self.maxMessageBytes = maxMessageBytes
        self.maxBatchBytes = maxBatchBytes
    }
}

/// Files every message of one IMAP mailbox exactly once.
///
/// New mail is found by UID above the last one committed for the mailbox's UIDVALIDITY (never by the
/// `\Seen` flag: a message someone opened is still filed). Each message is committed to SQLite with
/// its (mailbox, UIDVALIDITY, UID) first, and only then marked on the server; a crash between the two
/// is repaired by the next poll. A new UIDVALIDITY starts again from UID 1, and the source keys
/// (Message-ID or content hash) make that refiling file nothing twice.
public final class MailboxPoller {
    public let client: IMAPClient
    public let filer: Filer
    public let settings: PollSettings

    public init(client: IMAPClient, filer: Filer, settings: PollSettings) {
        self.client = client
        self.filer = filer
        self.settings = settings
    }

    /// One poll: repair, then fetch and file everything new, in batches.
    /// - Parameter shouldStop: checked between messages (between batches, and every 50 ms while waiting for
    ///   one, when a prefetcher fetches); what is being read is still filed and marked.
    public func pollOnce(shouldStop: () -> Bool = { false }) throws(PollError) -> PollReport {
        var report = PollReport()
        try pollOnce(into: &report, shouldStop: shouldStop)
        return report
    }

    /// One poll, counted into `report` as it goes: when the poll fails, what it filed before the error
    /// is still there, so a retry with the same report sums up the whole job (`plaint poll --once`
    /// retries after a dropped connection and prints one line for all of it).
    public func pollOnce(into report: inout PollReport, shouldStop: () -> Bool = { false }) throws(PollError) {
        let store = filer.store
        let status = try transport { () throws(TransportError) in
            do throws(TransportError) { try client.noop() } catch where error.isTransient {
                // The connection dropped since the last poll, or its NOOP overflowed libcurl's response
                // cap with other clients' flag changes; libcurl has reconnected: once more, fresh.
                try client.noop()
            }
            return try client.status()
        }
        report.uidValidity = status.uidValidity

        let pending = try storing { () throws(StoreError) in try store.unmarkedLocations(mailbox: settings.mailbox) }
            .filter { $0.location.uidValidity == status.uidValidity }
        try markOnServer(pending.map { ($0.location, false) })
        try recordMarked(pending.map(\.location))
        report.repaired += max(0, pending.count - report.unmarked)
        report.unmarked = 0

        var last = try storing { () throws(StoreError) in
            try store.lastUID(mailbox: settings.mailbox, uidValidity: status.uidValidity) ?? 0
        }
        // List what is new once, work through that list in batches, then list again for mail that
        // arrived meanwhile; an empty listing ends the poll. (Listing again for every batch made the
        // listing cost grow with the square of the backlog.)
        while !report.interrupted {
            let from = last + 1
            let listed = try transport { () throws(TransportError) in
                try client.listMessages(from: from).filter { $0.uid >= from }.sorted { $0.uid < $1.uid }
            }
            if listed.isEmpty { break }
            var next = listed[...]
            // While one batch is read (on the other cores), the next is fetched; then the first is
            // filed. A backlog of more than one batch is fetched by a `Prefetcher` (its own thread and
            // connection), a short one here. What was filed is marked when the pass ends (or stops). A
            // batch whose fetch fails midway is dropped (it was not filed, so the next poll fetches it
            // again); the batches before it are still filed and marked.
            var plan: [[MessageInfo]] = []
            while !next.isEmpty {
                plan.append(plannedBatch(next))
                next = next.dropFirst(plan.last!.count)
            }
            let prefetcher = plan.count > 1
                ? Prefetcher(settings: client.settings, mailbox: settings.mailbox, plan: plan, uidValidity: status.uidValidity,
                             maxMessageBytes: settings.maxMessageBytes, seenAhead: Self.seenAhead)
                : nil
            defer { prefetcher?.cancel() }
            var inFlight: InFlight?
            var committed: [(location: MailboxLocation, quarantined: Bool)] = []  // filed, not yet marked
            defer { report.unmarked += committed.count }  // when the poll fails before marking them
            var planned = plan[...]
            while !report.interrupted {
                let batch: [FetchedMessage]
                do throws(PollError) {
                    if let prefetcher {
                        switch prefetcher.next(shouldStop: shouldStop) {
                        case .batch(let fetched)?: batch = fetched
                        case .failed(let error)?: throw error
                        case .finished?: batch = []
                        case nil: report.interrupted = true; batch = []
                        }
                    } else {
                        guard let first = planned.popFirst() else { break }
                        try transport { () throws(TransportError) in try Self.markSeen(first.map(\.uid), with: client) }
                        batch = try fetchBatch(first, uidValidity: status.uidValidity, report: &report, shouldStop: shouldStop)
                    }
                } catch {
                    if let inFlight { try finish(inFlight, report: &report, last: &last, committed: &committed) }
                    prefetcher?.cancel()
                    try markCommitted(&committed, afterPrefetching: prefetcher != nil)
                    throw error
                }
                if batch.isEmpty { break }
                let started = InFlight(batch: batch, reading: ReadAhead(filer.intake, raws: batch.filter { $0.oversize == nil }.map(\.bytes),
                                                                        prewriter: store.prewriter))
                if let inFlight { try finish(inFlight, report: &report, last: &last, committed: &committed) }
                inFlight = started
            }
            if let inFlight { try finish(inFlight, report: &report, last: &last, committed: &committed) }
            prefetcher?.cancel()
            try markCommitted(&committed, afterPrefetching: prefetcher != nil)
        }
    }

    /// The next batch: at most `batchSize` messages and, past the first, at most `maxBatchBytes` by
    /// their listed sizes.
    func plannedBatch(_ next: ArraySlice<MessageInfo>) -> [MessageInfo] {
        var planned: [MessageInfo] = []
        var bytes = 0
        for info in next.prefix(settings.batchSize) {
            let size = min(info.size ?? 0, settings.maxMessageBytes)
            if !planned.isEmpty, bytes + size > settings.maxBatchBytes { break }
            bytes += size
            planned.append(info)
        }
        return planned
    }

    /// A fetched batch whose reading runs in the background.
    private struct InFlight {
        var batch: [FetchedMessage]
        var reading: ReadAhead
    }

    /// How many messages one `\Seen` command (ahead of the fetches) or one mark (after the commit) covers.
    static let seenAhead = 1_000

    /// Sets `\Seen` on messages about to be fetched, in one command. libcurl's URL fetch is `BODY[]`
    /// (no PEEK in 7.88), so each fetch would set \Seen on its own, and Dovecot would rename the file and
    /// resync its Maildir once per message, a cost that grows with the mailbox (measured: 1,200 →
    /// 2,500–3,000 fetches/s on a 3k mailbox). Each flag command costs Dovecot a resync too, so the
    /// prefetcher covers up to `seenAhead` messages at once rather than one batch. Harmless if the poll
    /// stops early: the database, not the flag, is the ledger.
    static func markSeen(_ uids: [UInt32], with client: IMAPClient) throws(TransportError) {
        try ignoringExpunged { () throws(TransportError) in try client.addFlag("\\Seen", uids: uids) }
    }

    /// Fetches the planned messages, stopping early when asked.
    private func fetchBatch(_ planned: [MessageInfo], uidValidity: UInt32, report: inout PollReport,
                            shouldStop: () -> Bool) throws(PollError) -> [FetchedMessage] {
        var batch: [FetchedMessage] = []
        for info in planned {
            if shouldStop() { report.interrupted = true; break }
            batch.append(try transport { () throws(TransportError) in
                try FetchedMessage.fetch(info, with: client, mailbox: settings.mailbox, uidValidity: uidValidity,
                                  maxMessageBytes: settings.maxMessageBytes)
            })
        }
        return batch
    }

    /// Files a batch read in the background in one transaction (all of it is committed, or none),
    /// and adds it to what is to be marked on the server.
    private func finish(_ done: InFlight, report: inout PollReport, last: inout UInt32,
                        committed: inout [(location: MailboxLocation, quarantined: Bool)]) throws(PollError) {
        let outcomes = try file(done.batch, readings: done.reading.readings())
        for outcome in outcomes { report.tally.add(outcome) }
        committed += zip(done.batch, outcomes).map { ($0.location, $1.isQuarantine) }
        last = done.batch.last!.location.uid
    }

    /// Marks committed messages on the server, then records that they are marked, up to `seenAhead` at
    /// a time (a flag command costs Dovecot a Maildir resync, and a UID set must fit on one command line).
    /// Runs when a pass over the listing is done, or stopped: a crash before that loses nothing, since
    /// the next poll starts by marking whatever was filed but not marked.
    ///
    /// After a prefetched pass this connection starts a new session first. It sat idle while the
    /// prefetcher's connection set `\Seen` on the whole backlog, and Dovecot would report every one of
    /// those changes at its next command: past ~10,000 of them libcurl fails the command, and the poll
    /// came back as an error, then as "marked N filed earlier" on the retry instead of what it filed.
    private func markCommitted(_ committed: inout [(location: MailboxLocation, quarantined: Bool)],
                               afterPrefetching: Bool) throws(PollError) {
        if afterPrefetching {
            try transport { () throws(TransportError) in try client.startNewSession() }
        }
        while !committed.isEmpty {
            let chunk = Array(committed.prefix(Self.seenAhead))
            try markOnServer(chunk)
            try recordMarked(chunk.map(\.location))
            committed.removeFirst(chunk.count)
        }
    }

    /// Files a fetched batch in one transaction: all of it is committed, or none. `readings` are those
    /// of the batch's messages that are not over the size limit, in order.
    private func file(_ batch: [FetchedMessage], readings: [Intake.Reading]) throws(PollError) -> [FilingOutcome] {
        let origin = "imap:\(settings.mailbox)"
        var readings = readings[...]
        return try storing { () throws(StoreError) in
            try filer.store.transaction { () throws(StoreError) in
                var outcomes: [FilingOutcome] = []
                for item in batch {
                    if let size = item.oversize {
                        outcomes.append(try filer.fileOversize(headers: item.bytes, size: size, origin: origin,
                                                               receivedAt: Date(), location: item.location))
                    } else {
                        outcomes.append(try filer.file(readings.removeFirst(), raw: item.bytes, origin: origin,
                                                       receivedAt: Date(), location: item.location))
                    }
                }
                return outcomes
            }
        }
    }

    /// Adds the processed keyword, or moves the messages (to the quarantine folder when they were
    /// quarantined): one command per destination for the whole batch, with a UID set.
    private func markOnServer(_ items: [(location: MailboxLocation, quarantined: Bool)]) throws(PollError) {
        let toQuarantine = settings.quarantineFolder.map { _ in items.filter(\.quarantined).map(\.location.uid) } ?? []
        let rest = items.filter { !($0.quarantined && settings.quarantineFolder != nil) }.map(\.location.uid)
        try transport { () throws(TransportError) in
            if let folder = settings.quarantineFolder {
                try Self.ignoringExpunged { () throws(TransportError) in try client.move(uids: toQuarantine, to: folder) }
            }
            try Self.ignoringExpunged { () throws(TransportError) in
                switch settings.processed {
                case .flag: try client.addFlag(settings.processedFlag, uids: rest)
                case .move: try client.move(uids: rest, to: settings.processedFolder)
                }
            }
        }
    }

    /// Expunged by another client after it was filed: nothing left to mark.
    private static func ignoringExpunged(_ body: () throws(TransportError) -> Void) throws(TransportError) {
        do throws(TransportError) { try body() } catch {
            guard case .messageNotFound = error else { throw error }
        }
    }

    /// Records in one transaction that these messages are marked on the server.
    private func recordMarked(_ locations: [MailboxLocation]) throws(PollError) {
        guard !locations.isEmpty else { return }
        try storing { () throws(StoreError) in
            try filer.store.transaction { () throws(StoreError) in
                for location in locations { try filer.store.markServerDone(location) }
            }
        }
    }

    private func transport<T>(_ body: () throws(TransportError) -> T) throws(PollError) -> T {
        do { return try body() } catch { throw .transport(error) }
    }

    private func storing<T>(_ body: () throws(StoreError) -> T) throws(PollError) -> T {
        do { return try body() } catch { throw .store(error) }
    }
}

@available(*, unavailable) extension MailboxPoller: Sendable {}

extension FilingOutcome {
    var isQuarantine: Bool {
        if case .recorded(.quarantine, _) = self { return true }
        return false
    }
}
