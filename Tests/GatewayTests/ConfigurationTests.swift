import Foundation
import Testing
@testable import Gateway

struct ConfigurationTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plaint-config-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func defaultsNeedNoFile() throws {
        let config = try ConfigurationLoader.load(path: nil, environment: [:])
        #expect(config.pollSeconds == 15)
        #expect(config.imap.processed == .flag)
        #expect(config.imap.processedFlag == "$PlaintFiled")
        #expect(config.imap.maxMessageBytes == 50 * 1024 * 1024)
    }

    @Test func fileThenEnvironmentOverrides() throws {
        let path = try write("""
        {
          "imap": { "url": "imaps://mail.example.com/INBOX", "user": "complaints", "processed": "move" },
          "poll_seconds": 30
        }
        """)
        let config = try ConfigurationLoader.load(path: path, environment: ["PLAINT_POLL_SECONDS": "5", "PLAINT_IMAP_USER": "other"])
        #expect(config.imap.url == "imaps://mail.example.com/INBOX")
        #expect(config.imap.user == "other")
        #expect(config.imap.processed == .move)
        #expect(config.pollSeconds == 5)
    }

    @Test(arguments: [
        ("{\n \"imap\": {\n   \"usr\": \"x\"\n }\n}", ":3: imap.usr: unknown key (did you mean imap.user?)"),
        ("{\n \"poll_seconds\": \"often\"\n}", ":2: poll_seconds: must be a whole number"),
        ("{\n \"imap\": { \"processed\": \"delete\" }\n}", ":2: imap.processed: must be \"flag\" or \"move\""),
        ("{\n \"db\": \"x\",\n}", ":3: (syntax): column 1: expected a quoted key"),
        ("{\"imap\": {\"url\": \"http://x/INBOX\"}}", "imap.url: must start with imaps:// or imap://"),
    ])
    func mistakesNameKeyAndLine(text: String, expected: String) throws {
        let path = try write(text)
        #expect {
            try ConfigurationLoader.load(path: path, environment: [:])
        } throws: { error in
            let d = (error as? ConfigurationError)?.description ?? ""
            return d.contains(expected)
        }
    }

    @Test func environmentValuesAreChecked() {
        #expect {
            try ConfigurationLoader.load(path: nil, environment: ["PLAINT_IMAP_ALLOW_PLAINTEXT": "maybe"])
        } throws: { error in
            (error as? ConfigurationError)?.description == "environment PLAINT_IMAP_ALLOW_PLAINTEXT: imap.allow_plaintext: must be true or false"
        }
    }
}
