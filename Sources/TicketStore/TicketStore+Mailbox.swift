import Foundation

/// What the IMAP poller needs: which UIDs are filed, which still need marking on the server, poll history.
/// The database, not a server flag, is the ledger (libcurl's fetch sets `\Seen` itself).
extension TicketStore {
    /// The highest UID filed from `mailbox` under `uidValidity`; nil when none (or UIDVALIDITY changed).
    public func lastUID(mailbox: String, uidValidity: UInt32) throws(StoreError) -> UInt32? {
        try connection.scalarInt("SELECT max(uid) FROM mailbox_locations WHERE mailbox = ? AND uid_validity = ?",
                                 mailbox, uidValidity).map { UInt32(truncatingIfNeeded: $0) }
    }

    /// Every filed location in `mailbox` under `uidValidity`, by UID.
    public func locations(mailbox: String, uidValidity: UInt32) throws(StoreError) -> [FiledLocation] {
        try connection.query("""
            SELECT l.mailbox, l.uid_validity, l.uid, m.source_key, l.server_done_at IS NOT NULL
            FROM mailbox_locations l JOIN messages m ON m.id = l.message_row
            WHERE l.mailbox = ? AND l.uid_validity = ? ORDER BY l.uid
            """, mailbox, uidValidity, row: Self.filedLocation)
    }

    /// The source key of the message filed at `location`, if that location has been filed.
    public func sourceKey(at location: MailboxLocation) throws(StoreError) -> SourceKey? {
        try connection.query("""
            SELECT m.source_key FROM mailbox_locations l JOIN messages m ON m.id = l.message_row
            WHERE l.mailbox = ? AND l.uid_validity = ? AND l.uid = ?
            """, location.mailbox, location.uidValidity, location.uid) { s in SourceKey(s.text(0)) }.first
    }

    /// Locations filed in the database but not yet marked on the server (a crash between the commit and
    /// the server flag leaves these; the next poll marks them). All UIDVALIDITY values, oldest first.
    public func unmarkedLocations(mailbox: String) throws(StoreError) -> [FiledLocation] {
        try connection.query("""
            SELECT l.mailbox, l.uid_validity, l.uid, m.source_key, 0
            FROM mailbox_locations l JOIN messages m ON m.id = l.message_row
            WHERE l.mailbox = ? AND l.server_done_at IS NULL ORDER BY l.uid_validity, l.uid
            """, mailbox, row: Self.filedLocation)
    }

    /// Records that the server-side mark (keyword or move) for `location` succeeded. Idempotent.
    public func markServerDone(_ location: MailboxLocation, at: Date = Date()) throws(StoreError) {
        try connection.run("""
            UPDATE mailbox_locations SET server_done_at = ?
            WHERE mailbox = ? AND uid_validity = ? AND uid = ? AND server_done_at IS NULL
            """, at, location.mailbox, location.uidValidity, location.uid)
    }

    /// Records the outcome of one poll (kept for `plaint status`).
    public func recordPoll(at: Date, ok: Bool, summary: String) throws(StoreError) {
        try connection.run("INSERT INTO polls (at, ok, summary) VALUES (?, ?, ?)", at, ok, summary)
    }

    /// The most recent successful poll, if any.
    public func lastSuccessfulPoll() throws(StoreError) -> PollRecord? {
        try connection.query("SELECT at, ok, summary FROM polls WHERE ok = 1 ORDER BY at DESC, id DESC LIMIT 1",
                             row: Self.pollRecord).first
    }

    /// The most recent poll, successful or not.
    public func lastPoll() throws(StoreError) -> PollRecord? {
        try connection.query("SELECT at, ok, summary FROM polls ORDER BY at DESC, id DESC LIMIT 1", row: Self.pollRecord).first
    }

    /// Maps `location` to an already stored message row, keeping an existing mapping (idempotent).
    func recordLocation(_ location: MailboxLocation, messageRow: Int64, at: Date) throws(StoreError) {
        try connection.run("""
            INSERT OR IGNORE INTO mailbox_locations (mailbox, uid_validity, uid, message_row, filed_at) VALUES (?, ?, ?, ?, ?)
            """, location.mailbox, location.uidValidity, location.uid, messageRow, at)
    }

    private static func filedLocation(_ s: Statement) -> FiledLocation {
        FiledLocation(location: MailboxLocation(mailbox: s.text(0), uidValidity: UInt32(truncatingIfNeeded: s.int64(1)),
                                                uid: UInt32(truncatingIfNeeded: s.int64(2))),
                      sourceKey: SourceKey(s.text(3)), serverDone: s.int64(4) != 0)
    }

    private static func pollRecord(_ s: Statement) -> PollRecord {
        PollRecord(at: s.date(0), ok: s.int64(1) != 0, summary: s.text(2))
    }
}
