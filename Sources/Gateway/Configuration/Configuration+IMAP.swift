import Foundation
import MailTransport

extension Configuration {
    /// The IMAP settings with the secret read from its file or environment variable (never argv).
    public func imapSettings(environment: [String: String]) throws(ConfigurationError) -> IMAPSettings {
        guard let url = imap.url else {
            throw ConfigurationError(location: "configuration", key: "imap.url",
                                     message: "not set; put it in the config file or PLAINT_IMAP_URL, e.g. imaps://mail.example.com/INBOX")
        }
        guard let user = imap.user, !user.isEmpty else {
            throw ConfigurationError(location: "configuration", key: "imap.user", message: "not set; put it in the config file or PLAINT_IMAP_USER")
        }
        let credential: IMAPSettings.Credential
        if let file = imap.xoauth2TokenFile {
            credential = .xoauth2Bearer(try Configuration.secret(fromFile: file, key: "imap.xoauth2_token_file"))
        } else if let file = imap.passwordFile {
            credential = .password(try Configuration.secret(fromFile: file, key: "imap.password_file"))
        } else if let password = environment[imap.passwordEnv], !password.isEmpty {
            credential = .password(password)
        } else {
            throw ConfigurationError(location: "configuration", key: "imap.password_file",
                                     message: "no password: set \(imap.passwordEnv) or PLAINT_IMAP_PASSWORD_FILE (a file holding it)")
        }
        return IMAPSettings(url: url, username: user, credential: credential, allowPlaintext: imap.allowPlaintext,
                            caFile: imap.caFile, connectTimeoutSeconds: min(30, imap.timeoutSeconds),
                            stallTimeoutSeconds: imap.timeoutSeconds)
    }

    /// The poller's view of the IMAP settings.
    public func pollSettings(mailbox: String) -> PollSettings {
        PollSettings(mailbox: mailbox, processed: imap.processed, processedFlag: imap.processedFlag,
                     processedFolder: imap.processedFolder, quarantineFolder: imap.quarantineFolder,
                     batchSize: imap.batchSize, maxMessageBytes: imap.maxMessageBytes)
    }

    /// The first line of a secret file, without its line end.
    static func secret(fromFile path: String, key: String) throws(ConfigurationError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(location: "configuration", key: key, message: "\(path) cannot be read")
        }
        let text = String(decoding: data, as: UTF8.self)
        let first = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard !first.isEmpty else {
            throw ConfigurationError(location: "configuration", key: key, message: "\(path) is empty")
        }
        return first
    }

    /// Database paths: the config's, overridden by `--db`/`--data-dir`, relative to the working directory.
    public func storePaths(db dbOverride: String?, dataDir dataDirOverride: String?, workingDirectory: String) -> (db: String, dataDir: String) {
        let db = dbOverride ?? self.db
        let absoluteDB = db.hasPrefix("/") ? db : (workingDirectory as NSString).appendingPathComponent(db)
        let dataDir = dataDirOverride ?? self.dataDir
            ?? ((absoluteDB as NSString).deletingLastPathComponent as NSString).appendingPathComponent("plaint-data")
        return (absoluteDB, dataDir.hasPrefix("/") ? dataDir : (workingDirectory as NSString).appendingPathComponent(dataDir))
    }
}
