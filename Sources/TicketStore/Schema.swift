import Foundation

/// Plaint's database schema: versioned, forward-only migrations.
///
/// A Plaint database is marked by `PRAGMA application_id = 0x504C4E54` ("PLNT") and keeps one row per
/// applied migration in `schema_migrations`; `PRAGMA user_version` mirrors the highest version.
/// Never edit a migration that has shipped: append a new one.
/// See https://sqlite.org/pragma.html#pragma_application_id.
enum Schema {
    /// "PLNT" in ASCII: the marker that tells a Plaint database from any other SQLite file.
    static let applicationID: Int64 = 0x504C_4E54

    struct Migration {
        var version: Int
        var name: String
        var sql: String
    }

    /// The newest schema version this build knows.
    static var latestVersion: Int { migrations.last!.version }

    static let migrations: [Migration] = [
        Migration(version: 1, name: "tickets, messages, events, attachments, mailbox locations, polls", sql: """
            CREATE TABLE schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at REAL NOT NULL
            );
            CREATE TABLE tickets (
                id INTEGER PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                year INTEGER NOT NULL,
                sequence INTEGER NOT NULL,
                status TEXT NOT NULL,
                kind TEXT NOT NULL,
                category TEXT NOT NULL,
                severity INTEGER NOT NULL,
                priority TEXT NOT NULL,
                flags TEXT NOT NULL,
                channel TEXT NOT NULL,
                language TEXT NOT NULL,
                complainant_name TEXT,
                complainant_email TEXT,
                complainant_phone TEXT,
                complainant_account TEXT,
                subject TEXT,
                description TEXT NOT NULL,
                requests TEXT NOT NULL,
                disposition_reason TEXT,
                message_id TEXT,
                in_reply_to TEXT NOT NULL,
                "references" TEXT NOT NULL,
                sender_email TEXT,
                sent_at REAL,
                ticket_reference TEXT,
                classification_kind TEXT,
                classification_category TEXT,
                classification_severity INTEGER,
                classification_priority TEXT,
                classification_flags TEXT,
                classification_confidence REAL,
                classification_explanation TEXT,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL,
                UNIQUE (year, sequence)
            );
            CREATE INDEX tickets_by_status ON tickets (status, created_at);
            CREATE INDEX tickets_by_created ON tickets (created_at);
            CREATE INDEX tickets_by_complainant_email ON tickets (complainant_email);

            CREATE TABLE messages (
                id INTEGER PRIMARY KEY,
                source_key TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                ticket_id INTEGER REFERENCES tickets (id),
                direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
                disposition TEXT NOT NULL,
                reason TEXT,
                message_id TEXT,
                subject TEXT,
                sender_email TEXT,
                raw_sha256 TEXT NOT NULL,
                raw_size INTEGER NOT NULL,
                sent_at REAL,
                received_at REAL NOT NULL
            );
            CREATE INDEX messages_by_message_id ON messages (message_id) WHERE message_id IS NOT NULL;
            CREATE INDEX messages_by_ticket ON messages (ticket_id) WHERE ticket_id IS NOT NULL;
            CREATE INDEX messages_quarantined ON messages (received_at) WHERE disposition = 'quarantine';

            CREATE TABLE attachments (
                id INTEGER PRIMARY KEY,
                message_row INTEGER NOT NULL REFERENCES messages (id),
                filename TEXT NOT NULL,
                content_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL
            );
            CREATE INDEX attachments_by_message ON attachments (message_row);

            CREATE TABLE ticket_events (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets (id),
                at REAL NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                detail TEXT
            );
            CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, id);

            CREATE TABLE mailbox_locations (
                mailbox TEXT NOT NULL,
                uid_validity INTEGER NOT NULL,
                uid INTEGER NOT NULL,
                message_row INTEGER NOT NULL REFERENCES messages (id),
                filed_at REAL NOT NULL,
                server_done_at REAL,
                PRIMARY KEY (mailbox, uid_validity, uid)
            ) WITHOUT ROWID;
            CREATE INDEX mailbox_locations_pending ON mailbox_locations (mailbox) WHERE server_done_at IS NULL;

            CREATE TABLE polls (
                id INTEGER PRIMARY KEY,
                at REAL NOT NULL,
                ok INTEGER NOT NULL,
                summary TEXT NOT NULL
            );
            CREATE INDEX polls_ok ON polls (ok, at);
            """),
        Migration(version: 2, name: "corrections, ticket links, incidents", sql: """
            CREATE TABLE corrections (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets (id),
                field TEXT NOT NULL CHECK (field IN ('kind', 'category', 'severity')),
                old_value TEXT NOT NULL,
                new_value TEXT NOT NULL,
                actor TEXT NOT NULL,
                at REAL NOT NULL,
                subject TEXT NOT NULL,
                description TEXT NOT NULL,
                language TEXT NOT NULL,
                channel TEXT NOT NULL
            );
            CREATE INDEX corrections_by_ticket ON corrections (ticket_id, id);

            CREATE TABLE ticket_links (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets (id),
                related_ticket_id INTEGER NOT NULL REFERENCES tickets (id),
                relation TEXT NOT NULL,
                reason TEXT NOT NULL,
                at REAL NOT NULL,
                UNIQUE (ticket_id, related_ticket_id, relation)
            );
            CREATE INDEX ticket_links_by_related ON ticket_links (related_ticket_id);

            CREATE TABLE incidents (
                id INTEGER PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                year INTEGER NOT NULL,
                sequence INTEGER NOT NULL,
                category TEXT NOT NULL,
                created_at REAL NOT NULL,
                UNIQUE (year, sequence)
            );
            CREATE TABLE incident_tickets (
                incident_id INTEGER NOT NULL REFERENCES incidents (id),
                ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets (id),
                added_at REAL NOT NULL,
                PRIMARY KEY (incident_id, ticket_id)
            ) WITHOUT ROWID;

            CREATE INDEX tickets_by_complainant_email_nocase ON tickets (complainant_email COLLATE NOCASE);
            CREATE INDEX tickets_by_complainant_phone ON tickets (complainant_phone);
            CREATE INDEX tickets_by_complainant_account_nocase ON tickets (complainant_account COLLATE NOCASE);
            CREATE INDEX tickets_by_category_created ON tickets (category, created_at);
            """),
        Migration(version: 3, name: "outbox, review decisions", sql: """
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER REFERENCES tickets (id),
                kind TEXT NOT NULL,
                language TEXT NOT NULL,
                message_id TEXT NOT NULL UNIQUE,
                envelope_from TEXT NOT NULL,
                envelope_to TEXT NOT NULL,
                subject TEXT NOT NULL,
                raw BLOB NOT NULL,
                raw_sha256 TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'held_for_review', 'rejected')),
                review TEXT NOT NULL CHECK (review IN ('none', 'manager', 'manager_legal')),
                review_reason TEXT,
                author TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at REAL NOT NULL,
                last_error TEXT,
                recontacts INTEGER NOT NULL DEFAULT 0,
                first_bounce_at REAL,
                created_at REAL NOT NULL,
                sent_at REAL
            );
            CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
            CREATE INDEX outbox_by_recipient ON outbox (envelope_to COLLATE NOCASE, kind, created_at);
            CREATE INDEX outbox_by_ticket ON outbox (ticket_id);

            CREATE TABLE outbox_reviews (
                id INTEGER PRIMARY KEY,
                outbox_id INTEGER NOT NULL REFERENCES outbox (id),
                reviewer TEXT NOT NULL,
                role TEXT NOT NULL,
                decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
                raw_sha256 TEXT NOT NULL,
                reason TEXT,
                at REAL NOT NULL
            );
            CREATE INDEX outbox_reviews_by_row ON outbox_reviews (outbox_id, id);
            """),
        Migration(version: 4, name: "incident sizes, small raw messages in the database", sql: """
            ALTER TABLE incidents ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;
            UPDATE incidents SET member_count = (SELECT count(*) FROM incident_tickets it WHERE it.incident_id = incidents.id);

            CREATE TABLE raw_messages (
                sha256 TEXT PRIMARY KEY,
                bytes BLOB NOT NULL
            );
            """),
        // The batch rule looks at a category's newest tickets for every ticket it files: those in no
        // incident, and those in one until one is similar. Each list comes from one index alone (incident
        // kept on the ticket too, as `incident_tickets` says), newest first by created_at then id.
        Migration(version: 5, name: "batch candidates from two indexes", sql: """
            ALTER TABLE tickets ADD COLUMN incident_id INTEGER REFERENCES incidents (id);
            UPDATE tickets SET incident_id = (SELECT it.incident_id FROM incident_tickets it WHERE it.ticket_id = tickets.id);
            CREATE INDEX tickets_batch_unlinked ON tickets (category, created_at, id, reference) WHERE incident_id IS NULL;
            CREATE INDEX tickets_batch_linked ON tickets (category, created_at, id, reference, incident_id)
                WHERE incident_id IS NOT NULL;
            DROP INDEX IF EXISTS tickets_by_category_created;
            """),
    ]

    /// Checks that `connection` is a Plaint database (or an empty file) and applies missing migrations.
    ///
    /// Nothing is written to a file that turns out not to be Plaint's.
    /// - Throws: `.notAPlaintDatabase`, `.newerSchema`, or a SQLite error.
    static func migrate(_ connection: Connection, now: Date = Date()) throws(StoreError) {
        let path = connection.path
        // Reading the header fails with SQLITE_NOTADB for a file that is not SQLite.
        let appID = try connection.scalarInt("PRAGMA application_id") ?? 0
        let objects = try connection.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0
        if appID != applicationID {
            guard appID == 0, objects == 0 else { throw .notPlaint(path, why: "no plaint schema") }
        }
        func version() throws(StoreError) -> Int {
            guard try connection.scalarInt("PRAGMA application_id") == applicationID else { return 0 }
            return Int(try connection.scalarInt("SELECT max(version) FROM schema_migrations") ?? 0)
        }
        if try version() == latestVersion { return }
        try connection.transaction { () throws(StoreError) in
            // Re-read under the write lock: another process may have migrated meanwhile.
            let current = try version()
            if current > latestVersion { throw .newer(path, found: current, known: latestVersion) }
            for migration in migrations where migration.version > current {
                try connection.execute(migration.sql)
                try connection.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                                   migration.version, migration.name, now)
            }
            try connection.execute("PRAGMA application_id = \(applicationID); PRAGMA user_version = \(latestVersion)")
        }
    }
}
