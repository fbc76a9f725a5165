import Foundation

/// Everything an operator sets: one JSON file (README "Configuration"), every key overridable by an
/// environment variable (the convention for containers and systemd units). Defaults are sensible,
/// so with no file at all the environment alone is enough.
public struct Configuration: Sendable, Equatable {
    public var imap = IMAP()
    /// Seconds between polls in `plaint run`.
    public var pollSeconds = 15
    public var db = "plaint.sqlite"
    /// Raw messages and attachments; default `plaint-data` beside the database.
    public var dataDir: String?
    /// `plaint status` exits non-zero when no poll succeeded for this long.
    public var statusStaleSeconds = 600
    public var smtp = SMTP()
    public var replies = Replies()

    /// The outgoing server (README "Answering: SMTP"). Without `url`, replies stay queued in the outbox.
    public struct SMTP: Sendable, Equatable {
        /// `smtps://host[:port]` or `smtp://host[:port]` (STARTTLS required unless allowPlaintext on loopback).
        public var url: String?
        /// AUTH user; none: send without AUTH.
        public var user: String?
        /// Name of the environment variable holding the password (default PLAINT_SMTP_PASSWORD).
        public var passwordEnv = "PLAINT_SMTP_PASSWORD"
        /// A file whose first line is the password (wins over passwordEnv).
        public var passwordFile: String?
        public var caFile: String?
        /// Plain `smtp://` without STARTTLS; honoured only for loopback hosts.
        public var allowPlaintext = false
        /// The EHLO name.
        public var heloName = "localhost"
        public var timeoutSeconds = 60
    }

    /// What customers receive: the From address, the company's name in the wording, the language.
    public struct Replies: Sendable, Equatable {
        /// The address customers see and reply to (also the envelope sender, where bounces return).
        public var from: String?
        public var fromName: String?
        public var companyName = "Customer Care"
        public var companyTeam = "Customer Care Team"
        public var companyPhone = "-"
        /// The template language for a ticket whose language has no template (`en` or `zh`).
        public var language = "en"
        /// RFC 3834 rate limit: at most this many acknowledgements to one address per hour.
        public var acknowledgementsPerHour = 3
        /// The wording check's terms; nil: the built-in English and Chinese list.
        public var legalTerms: [String]?
        /// The template directory; nil: PLAINT_TEMPLATES, else `Templates` in the working directory.
        public var templates: String?
    }

    public struct IMAP: Sendable, Equatable {
        /// `imaps://host[:port]/Mailbox` or `imap://host[:port]/Mailbox` (STARTTLS required unless allowPlaintext).
        public var url: String?
        public var user: String?
        /// Name of the environment variable holding the password (default PLAINT_IMAP_PASSWORD).
        public var passwordEnv = "PLAINT_IMAP_PASSWORD"
        /// A file whose first line is the password (wins over passwordEnv).
        public var passwordFile: String?
        /// A file holding an OAuth 2 bearer token (XOAUTH2) instead of a password.
        public var xoauth2TokenFile: String?
        public var caFile: String?
        /// Plain `imap://` without TLS; honoured only for loopback hosts.
        public var allowPlaintext = false
        public var processed = ProcessedAction.flag
        public var processedFlag = "$PlaintFiled"
        public var processedFolder = "Processed"
        /// Quarantined messages are moved here when set.
        public var quarantineFolder: String?
        public var maxMessageBytes = Intake.defaultMaxMessageBytes
        /// Messages fetched per poll before the next UID SEARCH (bounds memory and latency).
        public var batchSize = 200
        public var timeoutSeconds = 60
    }

    public enum ProcessedAction: String, Sendable, Equatable, CaseIterable {
        /// Add a keyword (`$PlaintFiled`) and leave the message where it is.
        case flag
        /// Move it to `processedFolder`.
        case move
    }

    public init() {}
}

/// A configuration mistake: the key, where it was written, and what to do.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    /// `file:line` or `environment`.
    public var location: String
    public var key: String
    public var message: String
    public var description: String { "\(location): \(key): \(message)" }
}
