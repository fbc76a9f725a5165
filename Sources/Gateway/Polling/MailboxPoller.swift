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

    public init(mailbox: String, processed: Configuration.ProcessedAction = .flag, processedFlag: String = "$PlaintFiled",
                processedFolder: String = "Processed", quarantineFolder: String? = nil, batchSize: Int = 200,
                maxMessageBytes: Int = 50 * 1024 * 1024) {
        self.mailbox = mailbox
        self.processed = processed
        self.processedFlag = processedFlag
        self.processedFolder = processedFolder
        self.quarantineFolder = quarantineFolder
        self.batchSize = batchSize
        self.maxMessageBytes = maxMessageBytes
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
    /// - Parameter shouldStop: checked between messages; the message in hand is always finished.
    public func pollOnce(shouldStop: () -> Bool = { false }) throws(PollError) -> PollReport {
        let store = filer.store
        var report = PollReport()
        let status = try transport { () throws(TransportError) in
            do throws(TransportError) { try client.noop() } catch where error.isTransient {
                // The connection dropped since the last poll, or its NOOP overflowed libcurl's response
                // cap with other clients' flag changes; libcurl has reconnected: once more, fresh.
                try client.noop()
            }
            return try client.status()
        }
        report.uidValidity = status.uidValidity

        for pending in try storing({ () throws(StoreError) in try store.unmarkedLocations(mailbox: settings.mailbox) })
        where pending.location.uidValidity == status.uidValidity {
            try markDone(pending.location, quarantined: false)
            report.repaired += 1
        }

        var last = try storing { () throws(StoreError) in
            try store.lastUID(mailbox: settings.mailbox, uidValidity: status.uidValidity) ?? 0
        }
        while !report.interrupted {
            let from = last + 1
            let batch = try transport { () throws(TransportError) in
                try client.listMessages(from: from).filter { $0.uid >= from }.sorted { $0.uid < $1.uid }
            }.prefix(settings.batchSize)
            if batch.isEmpty { break }
            for info in batch {
                if shouldStop() { report.interrupted = true; break }
                let location = MailboxLocation(mailbox: settings.mailbox, uidValidity: status.uidValidity, uid: info.uid)
                let outcome = try fileMessage(info, at: location)
                report.tally.add(outcome)
                try markDone(location, quarantined: outcome.isQuarantine)
                last = info.uid
            }
        }
        return report
    }

    private func fileMessage(_ info: MessageInfo, at location: MailboxLocation) throws(PollError) -> FilingOutcome {
        let origin = "imap:\(settings.mailbox)"
        if let size = info.size, size > settings.maxMessageBytes {
            let headers = try transport { () throws(TransportError) in try client.fetchHeaders(uid: info.uid) }
            return try storing { () throws(StoreError) in
                try filer.fileOversize(headers: headers, size: size, origin: origin, receivedAt: Date(), location: location)
            }
        }
        let raw = try transport { () throws(TransportError) in try client.fetch(uid: info.uid) }
        return try storing { () throws(StoreError) in
            try filer.file(raw, origin: origin, receivedAt: Date(), location: location)
        }
    }

    /// Marks a committed message on the server (keyword or move), then records that it was marked.
    private func markDone(_ location: MailboxLocation, quarantined: Bool) throws(PollError) {
        try transport { () throws(TransportError) in
            do throws(TransportError) {
                if quarantined, let folder = settings.quarantineFolder {
                    try client.move(uid: location.uid, to: folder)
                } else {
                    switch settings.processed {
                    case .flag: try client.addFlag(settings.processedFlag, uid: location.uid)
                    case .move: try client.move(uid: location.uid, to: settings.processedFolder)
                    }
                }
            } catch {
                // Expunged by another client after it was filed: nothing left to mark.
                guard case .messageNotFound = error else { throw error }
            }
        }
        try storing { () throws(StoreError) in try filer.store.markServerDone(location) }
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
