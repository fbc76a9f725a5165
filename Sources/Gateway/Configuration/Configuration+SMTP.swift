import Foundation
import MailTransport

extension Configuration {
    /// The SMTP settings with the secret read from its file or environment variable (never argv), or
    /// nil when no `smtp.url` is configured (replies then stay queued in the outbox).
    public func smtpSettings(environment: [String: String]) throws(ConfigurationError) -> SMTPSettings? {
        guard let url = smtp.url else { return nil }
        var password: String?
        if let file = smtp.passwordFile {
            password = try Configuration.secret(fromFile: file, key: "smtp.password_file")
        } else if let value = environment[smtp.passwordEnv], !value.isEmpty {
            password = value
        }
        if let user = smtp.user, !user.isEmpty, password == nil {
            throw ConfigurationError(location: "configuration", key: "smtp.password_file",
                                     message: "smtp.user is set but there is no password: set \(smtp.passwordEnv) or PLAINT_SMTP_PASSWORD_FILE (a file holding it)")
        }
        let settings = SMTPSettings(url: url, username: smtp.user, password: smtp.user == nil ? nil : password,
                                    allowPlaintext: smtp.allowPlaintext, caFile: smtp.caFile, heloName: smtp.heloName,
                                    connectTimeoutSeconds: min(30, smtp.timeoutSeconds), stallTimeoutSeconds: smtp.timeoutSeconds)
        do { _ = try SMTPSender(settings: settings) } catch {
            throw ConfigurationError(location: "configuration", key: "smtp.url", message: error.description)
        }
        if smtp.allowPlaintext, settings.requiresTLS {
            throw ConfigurationError(location: "configuration", key: "smtp.allow_plaintext",
                                     message: "plaintext SMTP is allowed only to a loopback host (127.0.0.1, ::1, localhost); use smtps:// or STARTTLS for \(url)")
        }
        return settings
    }

    /// The address replies come from: `replies.from`, else the SMTP or IMAP login when it is an address.
    public var fromAddress: String? {
        if let from = replies.from { return from }
        for candidate in [smtp.user, imap.user] {
            if let c = candidate, SMTPSender.isValidEnvelopeAddress(c) { return c }
        }
        return nil
    }
}
