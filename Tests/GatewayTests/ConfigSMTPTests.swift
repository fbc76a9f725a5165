import Foundation
import Testing
@testable import Gateway

struct ConfigSMTPTests {
    @Test func smtpSettingsComeFromTheEnvironmentWithTheSecretFromAFile() throws {
        let secret = NSTemporaryDirectory() + "plaint-smtp-secret-\(UUID().uuidString)"
        try "s3cret\n".write(toFile: secret, atomically: true, encoding: .utf8)
        let env = ["PLAINT_SMTP_URL": "smtp://127.0.0.1:2525", "PLAINT_SMTP_USER": "complaints@company.example",
                   "PLAINT_SMTP_PASSWORD_FILE": secret, "PLAINT_SMTP_ALLOW_PLAINTEXT": "1", "PLAINT_FROM": "care@company.example",
                   "PLAINT_ACK_LIMIT_PER_HOUR": "5", "PLAINT_LEGAL_TERMS": "voucher, refund"]
        let config = try ConfigurationLoader.load(path: nil, environment: env)
        let settings = try #require(try config.smtpSettings(environment: env))
        #expect(settings.password == "s3cret" && settings.username == "complaints@company.example")
        #expect(!settings.requiresTLS)
        #expect(config.fromAddress == "care@company.example")
        #expect(config.replies.acknowledgementsPerHour == 5)
        #expect(config.replies.legalTerms == ["voucher", "refund"])
        #expect(!"\(settings)".contains("s3cret"))
    }

    @Test func noSMTPURLMeansRepliesStayQueued() throws {
        let config = try ConfigurationLoader.load(path: nil, environment: [:])
        #expect(try config.smtpSettings(environment: [:]) == nil)
    }

    @Test(arguments: [
        (["PLAINT_SMTP_URL": "http://mail.example.com"], "smtp.url"),
        (["PLAINT_SMTP_URL": "smtp://mail.example.com", "PLAINT_SMTP_ALLOW_PLAINTEXT": "1"], "smtp.allow_plaintext: plaintext SMTP is allowed only to a loopback host"),
        (["PLAINT_SMTP_URL": "smtps://mail.example.com", "PLAINT_SMTP_USER": "u"], "smtp.password_file"),
        (["PLAINT_FROM": "not an address"], "replies.from"),
        (["PLAINT_LANGUAGE": "fr"], "replies.language"),
    ])
    func mistakesNameTheKey(env: [String: String], expected: String) {
        #expect {
            let config = try ConfigurationLoader.load(path: nil, environment: env)
            _ = try config.smtpSettings(environment: env)
        } throws: { error in
            (error as? ConfigurationError)?.description.contains(expected) == true
        }
    }

    @Test func fileSectionsAreChecked() throws {
        let path = NSTemporaryDirectory() + "plaint-config-\(UUID().uuidString).json"
        try """
        {
          "smtp": { "url": "smtps://mail.example.com", "usr": "x" }
        }
        """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try ConfigurationLoader.load(path: path, environment: [:])
        } throws: { error in
            (error as? ConfigurationError)?.description.contains(":2: smtp.usr: unknown key (did you mean smtp.url?)") == true
                || (error as? ConfigurationError)?.description.contains("smtp.usr: unknown key") == true
        }
        try """
        {"smtp": {"url": "smtps://mail.example.com"}, "replies": {"from": "care@company.example", "legal_terms": ["voucher"], "language": "zh"}}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let config = try ConfigurationLoader.load(path: path, environment: [:])
        #expect(config.replies.legalTerms == ["voucher"] && config.replies.language == "zh" && config.smtp.url == "smtps://mail.example.com")
    }
}
