import Foundation

/// One message with the labels a careful handler gave it: a training or evaluation example.
/// Stored as JSON Lines, one object per line:
/// `{"id":"en-001","language":"en","channel":"email","subject":"…","body":"…","kind":"complaint",
///   "category":"billing","severity":2,"flags":["escalated"],"source":"fixture"}`
public struct LabeledExample: Codable, Sendable, Equatable {
    public var id: String
    public var language: Language
    /// The channel it arrived through, when known.
    public var channel: Channel?
    public var subject: String
    public var body: String
    public var kind: Kind
    public var category: Category
    /// SPEC §4 grade, 1...3.
    public var severity: Int
    /// Subset of escalated, major, withdrawal.
    public var flags: [Flag]
    /// "fixture" (written for the repository) or "correction" (a staff correction from the store).
    public var source: String

    public init(id: String, language: Language, channel: Channel? = nil, subject: String, body: String, kind: Kind,
                category: Category, severity: Int, flags: [Flag] = [], source: String = "fixture") {
        self.id = id
        self.language = language
        self.channel = channel
        self.subject = subject
        self.body = body
        self.kind = kind
        self.category = category
        self.severity = severity
        self.flags = flags
        self.source = source
    }

    enum CodingKeys: String, CodingKey { case id, language, channel, subject, body, kind, category, severity, flags, source }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        language = try c.decode(Language.self, forKey: .language)
        channel = try c.decodeIfPresent(Channel.self, forKey: .channel)
        subject = try c.decodeIfPresent(String.self, forKey: .subject) ?? ""
        body = try c.decode(String.self, forKey: .body)
        kind = try c.decode(Kind.self, forKey: .kind)
        category = try c.decode(Category.self, forKey: .category)
        severity = try c.decode(Int.self, forKey: .severity)
        guard (1...3).contains(severity) else {
            throw DecodingError.dataCorruptedError(forKey: .severity, in: c, debugDescription: "severity must be 1, 2 or 3")
        }
        flags = try c.decodeIfPresent([Flag].self, forKey: .flags) ?? []
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? "fixture"
    }

    /// The classifier input this example stands for (anonymous is not labelled: false).
    public var input: ClassifierInput {
        ClassifierInput(subject: subject, description: body, channel: channel ?? .email, language: language, anonymous: false)
    }

    /// Parses JSON Lines text; blank lines and lines starting with `#` are skipped.
    /// - Throws: `LabeledExampleError` naming the line at fault.
    public static func parseJSONL(_ text: String, path: String? = nil) throws(LabeledExampleError) -> [LabeledExample] {
        var out: [LabeledExample] = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            do {
                out.append(try decoder.decode(LabeledExample.self, from: Data(trimmed.utf8)))
            } catch let DecodingError.keyNotFound(key, _) {
                throw LabeledExampleError(path: path, line: lineNumber, message: "missing key \"\(key.stringValue)\"")
            } catch let DecodingError.dataCorrupted(context) {
                let key = context.codingPath.map(\.stringValue).joined(separator: ".")
                throw LabeledExampleError(path: path, line: lineNumber, message: key.isEmpty ? "not valid JSON" : "\(key): \(context.debugDescription)")
            } catch let DecodingError.typeMismatch(_, context) {
                throw LabeledExampleError(path: path, line: lineNumber, message: "\(context.codingPath.map(\.stringValue).joined(separator: ".")): wrong type")
            } catch {
                throw LabeledExampleError(path: path, line: lineNumber, message: "\(error)")
            }
        }
        return out
    }

    /// Reads a JSON Lines file of examples.
    /// - Throws: `LabeledExampleError` naming the file and line at fault.
    public static func loadJSONL(path: String) throws(LabeledExampleError) -> [LabeledExample] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LabeledExampleError(path: path, line: 0, message: "cannot read file as UTF-8 text")
        }
        return try parseJSONL(text, path: path)
    }

    /// One JSON object on one line (keys sorted), as `loadJSONL` reads it back.
    public var jsonLine: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}

/// A JSON Lines file of examples that cannot be used.
public struct LabeledExampleError: Error, Equatable, CustomStringConvertible {
    public var path: String?
    public var line: Int
    public var message: String
    public var description: String { "\(path.map { "\($0):" } ?? "")line \(line): \(message)" }
}
