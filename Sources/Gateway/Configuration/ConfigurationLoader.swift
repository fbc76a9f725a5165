import Foundation

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
    ]

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
            if key == "imap" {
                guard case .object(let inner) = value else {
                    throw ConfigurationError(location: location(key), key: key, message: "must be an object")
                }
                try apply(inner, prefix: "imap", to: &config, location: location)
                continue
            }
            guard knownKeys.contains(key) else {
                let hint = ArgumentParser.suggestion(for: key, among: knownKeys).map { " (did you mean \($0)?)" } ?? ""
                throw ConfigurationError(location: location(key), key: key, message: "unknown key\(hint)")
            }
            try set(key, from: value, fromEnvironment: false, in: &config, location: location(key))
        }
    }

    static let knownKeys: [String] = ["imap"] + environmentKeys.map(\.key) + ["imap.password_env"]

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
        let flag = c.imap.processedFlag
        if flag.isEmpty || flag.contains(where: { " ()\\\"{%*]".contains($0) || $0.isNewline }) {
            throw ConfigurationError(location: "configuration", key: "imap.processed_flag",
                                     message: "\"\(flag)\" is not a valid IMAP keyword (no spaces, parentheses, quotes or wildcards)")
        }
    }
}
