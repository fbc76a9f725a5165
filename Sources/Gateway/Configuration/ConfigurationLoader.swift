import Foundation
import MailTransport

/// Reads a configuration file, then applies environment overrides, checking every key.
public enum ConfigurationLoader {
    /// Every environment variable Plaint reads, with the file key it overrides (README table).
    public static let environmentKeys: [(variable: String, key: String)] = [
        ("PLAINT_IMAP_URL", "imap.url"),
        ("PLAINT_IMAP_USER", "imap.user"),
        ("PLAINT_IMAP_PASSWORD_FILE", "imap.password_file"),
        ("PLAINT_IMAP_XOAUTH2_TOKEN_FILE", "imap.xoauth2_token_file"),
        ("PLAINT_IMAP_CA_FILE", "imap.ca_file"),
        ("PLAINT_IMAP_ALLOW_PLAINTEXT", "imap.allow_plaintext"),
        ("PLAINT_IMAP_PROCESSED", "imap.processed"),
        ("PLAINT_IMAP_PROCESSED_FLAG", "imap.processed_flag"),
        ("PLAINT_IMAP_PROCESSED_FOLDER", "imap.processed_folder"),
        ("PLAINT_IMAP_QUARANTINE_FOLDER", "imap.quarantine_folder"),
        ("PLAINT_IMAP_MAX_MESSAGE_BYTES", "imap.max_message_bytes"),
        ("PLAINT_IMAP_BATCH_SIZE", "imap.batch_size"),
        ("PLAINT_IMAP_TIMEOUT_SECONDS", "imap.timeout_seconds"),
        ("PLAINT_POLL_SECONDS", "poll_seconds"),
        ("PLAINT_DB", "db"),
        ("PLAINT_DATA_DIR", "data_dir"),
        ("PLAINT_STATUS_STALE_SECONDS", "status_stale_seconds"),
        ("PLAINT_SMTP_URL", "smtp.url"),
        ("PLAINT_SMTP_USER", "smtp.user"),
        ("PLAINT_SMTP_PASSWORD_FILE", "smtp.password_file"),
        ("PLAINT_SMTP_CA_FILE", "smtp.ca_file"),
        ("PLAINT_SMTP_ALLOW_PLAINTEXT", "smtp.allow_plaintext"),
        ("PLAINT_SMTP_HELO_NAME", "smtp.helo_name"),
        ("PLAINT_SMTP_TIMEOUT_SECONDS", "smtp.timeout_seconds"),
        ("PLAINT_FROM", "replies.from"),
        ("PLAINT_FROM_NAME", "replies.from_name"),
        ("PLAINT_COMPANY_NAME", "replies.company_name"),
        ("PLAINT_COMPANY_TEAM", "replies.company_team"),
        ("PLAINT_COMPANY_PHONE", "replies.company_phone"),
        ("PLAINT_LANGUAGE", "replies.language"),
        ("PLAINT_ACK_LIMIT_PER_HOUR", "replies.acknowledgements_per_hour"),
        ("PLAINT_LEGAL_TERMS", "replies.legal_terms"),
        ("PLAINT_TEMPLATES", "replies.templates"),
    ]

    /// Sections of the file holding keys of their own.
    static let sections: Set<String> = ["imap", "smtp", "replies"]

    /// Loads `path` (nil: defaults only), then the environment.
    public static func load(path: String?, environment: [String: String]) throws(ConfigurationError) -> Configuration {
        var config = Configuration()
        if let path {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigurationError(location: path, key: "(file)", message: "cannot be read; check the path and permissions")
            }
            var parser = JSONParser(bytes: [UInt8](data))
            let root: JSONValue
            do { root = try parser.parseDocument() } catch {
                throw ConfigurationError(location: "\(path):\(error.line)", key: "(syntax)", message: "column \(error.column): \(error.message)")
            }
            guard case .object(let pairs) = root else {
                throw ConfigurationError(location: "\(path):1", key: "(top level)", message: "must be a JSON object")
            }
            let where_: (String) -> String = { key in "\(path):\(parser.keyLines[key] ?? 1)" }
            try apply(pairs, prefix: "", to: &config, location: where_)
        }
        for (variable, key) in environmentKeys {
            guard let raw = environment[variable] else { continue }
            try set(key, from: .string(raw), fromEnvironment: true, in: &config, location: "environment \(variable)")
        }
        try validate(config)
        return config
    }

    static func apply(_ pairs: [(String, JSONValue)], prefix: String, to config: inout Configuration,
                      location: (String) -> String) throws(ConfigurationError) {
        for (name, value) in pairs {
            let key = prefix.isEmpty ? name : "\(prefix).\(name)"
            if sections.contains(key) {
                guard case .object(let inner) = value else {
                    throw ConfigurationError(location: location(key), key: key, message: "must be an object")
                }
                try apply(inner, prefix: key, to: &config, location: location)
                continue
            }
            guard knownKeys.contains(key) else {
                let hint = ArgumentParser.suggestion(for: key, among: knownKeys).map { " (did you mean \($0)?)" } ?? ""
                throw ConfigurationError(location: location(key), key: key, message: "unknown key\(hint)")
            }
            try set(key, from: value, fromEnvironment: false, in: &config, location: location(key))
        }
    }

    static let knownKeys: [String] = sections.sorted() + environmentKeys.map(\.key) + ["imap.password_env", "smtp.password_env"]

    static func set(_ key: String, from value: JSONValue, fromEnvironment: Bool, in c: inout Configuration,
                    location: String) throws(ConfigurationError) {
        func string() throws(ConfigurationError) -> String? {
            if value.isNull { return nil }
            guard let s = value.stringValue else { throw ConfigurationError(location: location, key: key, message: "must be a string") }
            return s.isEmpty && fromEnvironment ? nil : s
        }
        func int(_ range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
            let number: Double? = fromEnvironment ? value.stringValue.flatMap(Double.init) : value.doubleValue
            guard let n = number, n == n.rounded(), range.contains(Int(n)) else {
                throw ConfigurationError(location: location, key: key, message: "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return Int(n)
        }
        func bool() throws(ConfigurationError) -> Bool {
            if fromEnvironment, let s = value.stringValue?.lowercased() {
                if ["1", "true", "yes", "on"].contains(s) { return true }
                if ["0", "false", "no", "off", ""].contains(s) { return false }
            } else if let b = value.boolValue {
                return b
            }
            throw ConfigurationError(location: location, key: key, message: "must be true or false")
        }
        switch key {
        case "imap.url": c.imap.url = try string()
        case "imap.user": c.imap.user = try string()
        case "imap.password_env": c.imap.passwordEnv = try string() ?? "PLAINT_IMAP_PASSWORD"
        case "imap.password_file": c.imap.passwordFile = try string()
        case "imap.xoauth2_token_file": c.imap.xoauth2TokenFile = try string()
        case "imap.ca_file": c.imap.caFile = try string()
        case "imap.allow_plaintext": c.imap.allowPlaintext = try bool()
        case "imap.processed":
            let raw = try string() ?? "flag"
            guard let action = Configuration.ProcessedAction(rawValue: raw) else {
                throw ConfigurationError(location: location, key: key, message: "must be \"flag\" or \"move\", not \"\(raw)\"")
            }
            c.imap.processed = action
        case "imap.processed_flag": c.imap.processedFlag = try string() ?? "$PlaintFiled"
        case "imap.processed_folder": c.imap.processedFolder = try string() ?? "Processed"
        case "imap.quarantine_folder": c.imap.quarantineFolder = try string()
        case "imap.max_message_bytes": c.imap.maxMessageBytes = try int(1024...4_000_000_000)
        case "imap.batch_size": c.imap.batchSize = try int(1...10_000)
        case "imap.timeout_seconds": c.imap.timeoutSeconds = try int(1...3600)
        case "poll_seconds": c.pollSeconds = try int(1...86_400)
        case "db": c.db = try string() ?? "plaint.sqlite"
        case "data_dir": c.dataDir = try string()
        case "status_stale_seconds": c.statusStaleSeconds = try int(10...30 * 86_400)
        case "smtp.url": c.smtp.url = try string()
        case "smtp.user": c.smtp.user = try string()
        case "smtp.password_env": c.smtp.passwordEnv = try string() ?? "PLAINT_SMTP_PASSWORD"
        case "smtp.password_file": c.smtp.passwordFile = try string()
        case "smtp.ca_file": c.smtp.caFile = try string()
        case "smtp.allow_plaintext": c.smtp.allowPlaintext = try bool()
        case "smtp.helo_name": c.smtp.heloName = try string() ?? "localhost"
        case "smtp.timeout_seconds": c.smtp.timeoutSeconds = try int(1...3600)
        case "replies.from": c.replies.from = try string()
        case "replies.from_name": c.replies.fromName = try string()
        case "replies.company_name": c.replies.companyName = try string() ?? c.replies.companyName
        case "replies.company_team": c.replies.companyTeam = try string() ?? c.replies.companyTeam
        case "replies.company_phone": c.replies.companyPhone = try string() ?? c.replies.companyPhone
        case "replies.language":
            let raw = try string() ?? "en"
            guard ["en", "zh"].contains(raw) else {
                throw ConfigurationError(location: location, key: key, message: "must be \"en\" or \"zh\", not \"\(raw)\"")
            }
            c.replies.language = raw
        case "replies.acknowledgements_per_hour": c.replies.acknowledgementsPerHour = try int(0...1000)
        case "replies.templates": c.replies.templates = try string()
        case "replies.legal_terms":
            if let items = value.arrayValue {
                var terms: [String] = []
                for item in items {
                    guard let t = item.stringValue, !t.isEmpty else {
                        throw ConfigurationError(location: location, key: key, message: "must be a list of non-empty strings")
                    }
                    terms.append(t)
                }
                c.replies.legalTerms = terms
            } else if let list = try string() {
                c.replies.legalTerms = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        default: throw ConfigurationError(location: location, key: key, message: "unknown key")
        }
    }

    static func validate(_ c: Configuration) throws(ConfigurationError) {
        if let url = c.imap.url {
            let lower = url.lowercased()
            guard lower.hasPrefix("imaps://") || lower.hasPrefix("imap://") else {
                throw ConfigurationError(location: "configuration", key: "imap.url",
                                         message: "must start with imaps:// or imap://, e.g. imaps://mail.example.com/INBOX")
            }
        }
        if let url = c.smtp.url {
            do { _ = try SMTPEndpoint(parsing: url) } catch {
                throw ConfigurationError(location: "configuration", key: "smtp.url", message: error.description)
            }
        }
        if let from = c.replies.from, !SMTPSender.isValidEnvelopeAddress(from) {
            throw ConfigurationError(location: "configuration", key: "replies.from",
                                     message: "\"\(from)\" is not an email address (e.g. complaints@company.example)")
        }
        let flag = c.imap.processedFlag
        if flag.isEmpty || flag.contains(where: { " ()\\\"{%*]".contains($0) || $0.isNewline }) {
            throw ConfigurationError(location: "configuration", key: "imap.processed_flag",
                                     message: "\"\(flag)\" is not a valid IMAP keyword (no spaces, parentheses, quotes or wildcards)")
        }
    }
}
