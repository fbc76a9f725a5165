import Foundation
import Synchronization
import MailTransport
import TicketStore

/// Fetches a poll's listed messages on a thread and IMAP connection of its own, a batch ahead of the
/// poller, so that the round trips to the server overlap with reading and filing instead of taking
/// turns with them. Only values cross between the threads: the plan going in, fetched batches coming out.
///
/// The poller's own connection stays silent while this one works (a second session's flag changes would
/// reach this session as unsolicited FETCH responses, which libcurl's URL fetch cannot parse), so the
/// poller marks what it filed once the prefetcher is done.
///
///     let prefetcher = Prefetcher(settings: client.settings, plan: batches, uidValidity: v, maxMessageBytes: limit)
///     while case .batch(let fetched)? = prefetcher.next(shouldStop: { stop.isSet }) { … }
///     prefetcher.cancel()
final class Prefetcher: Sendable {
    enum Item: Sendable {
        case batch([FetchedMessage])
        /// The fetch failed after the batches before it; nothing more comes.
        case failed(PollError)
        /// Every planned batch was delivered.
        case finished
    }

    /// Batches fetched but not yet taken, at most `capacity` of them (memory: each is held until filed).
    private let ready = Mutex<[Item]>([])
    private let available = DispatchSemaphore(value: 0)
    private let room: DispatchSemaphore
    private let cancelled = Atomic<Bool>(false)

    /// Starts fetching at once.
    /// - Parameters:
    ///   - plan: the batches to fetch, in order (the poller's `plannedBatch` cuts).
    ///   - seenAhead: how many messages one `\Seen` command covers ahead of the fetches.
    init(settings: IMAPSettings, mailbox: String, plan: [[MessageInfo]], uidValidity: UInt32, maxMessageBytes: Int,
         seenAhead: Int, capacity: Int = 1) {
        room = DispatchSemaphore(value: capacity)
        let thread = Thread { [self] in
            run(settings: settings, mailbox: mailbox, plan: plan, uidValidity: uidValidity, maxMessageBytes: maxMessageBytes,
                seenAhead: seenAhead)
        }
        thread.name = "plaint-imap-prefetch"
        thread.start()
    }

    /// The next item, in order; nil when `shouldStop` said so first (checked at least once per call, and
    /// every 50 ms while waiting).
    func next(shouldStop: () -> Bool) -> Item? {
        if shouldStop() { return nil }
        while available.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if shouldStop() { return nil }
        }
        let item = ready.withLock { $0.removeFirst() }
        room.signal()
        return item
    }

    /// Stops fetching after the message in hand; what was fetched and not taken is dropped (not filed, so
    /// the next poll fetches it again). Call once the poller is done with it, however it ended.
    func cancel() {
        cancelled.store(true, ordering: .releasing)
        room.signal()  // a fetcher waiting for room sees the cancel
    }

    private var isCancelled: Bool { cancelled.load(ordering: .acquiring) }

    private func run(settings: IMAPSettings, mailbox: String, plan: [[MessageInfo]], uidValidity: UInt32, maxMessageBytes: Int,
                     seenAhead: Int) {
        do throws(TransportError) {
            let client = try IMAPClient(settings: settings)
            let all = plan.flatMap { $0 }
            var seenUpTo = 0, position = 0
            for planned in plan {
                if position + planned.count > seenUpTo {
                    seenUpTo = min(all.count, position + max(planned.count, seenAhead))
                    try MailboxPoller.markSeen(all[position..<seenUpTo].map(\.uid), with: client)
                }
                var batch: [FetchedMessage] = []
                for info in planned {
                    if isCancelled { return }
                    batch.append(try FetchedMessage.fetch(info, with: client, mailbox: mailbox, uidValidity: uidValidity,
                                                   maxMessageBytes: maxMessageBytes))
                }
                position += planned.count
                room.wait()
                if isCancelled { return }
                deliver(.batch(batch))
            }
            deliver(.finished)
        } catch {
            deliver(.failed(.transport(error)))
        }
    }

    private func deliver(_ item: Item) {
        ready.withLock { $0.append(item) }
        available.signal()
    }
}

/// One fetched message: its bytes, or only its header block when it is over the size limit.
struct FetchedMessage: Sendable {
    var location: MailboxLocation
    var bytes: [UInt8]
    /// The full size when only the headers were fetched.
    var oversize: Int?

    static func fetch(_ info: MessageInfo, with client: IMAPClient, mailbox: String, uidValidity: UInt32,
                      maxMessageBytes: Int) throws(TransportError) -> FetchedMessage {
        let location = MailboxLocation(mailbox: mailbox, uidValidity: uidValidity, uid: info.uid)
        if let size = info.size, size > maxMessageBytes {
            return FetchedMessage(location: location, bytes: try client.fetchHeaders(uid: info.uid), oversize: size)
        }
        return FetchedMessage(location: location, bytes: try client.fetch(uid: info.uid, expectedSize: info.size), oversize: nil)
    }
}
