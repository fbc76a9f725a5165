import Complaints

/// The `plaint parse --json` record: exactly the documented keys, in a fixed order, null where absent.
public enum ComplaintJSON {
    /// One object for one input file.
    public static func object(file: String, complaint c: Complaint, explanation: Classification? = nil) -> JSONValue {
        let isTicket = c.disposition == .ticket
        var pairs: [(String, JSONValue)] = [
            ("file", .string(file)),
            ("disposition", .string(c.disposition.rawValue)),
            ("kind", isTicket ? .string(c.kind.rawValue) : .null),
            ("category", isTicket ? .string(c.category.rawValue) : .null),
            ("severity", isTicket ? .number(Double(c.severity)) : .null),
            ("priority", isTicket ? .string(c.priority.rawValue) : .null),
            ("flags", .array(c.flags.sorted().map { .string($0.rawValue) })),
            ("channel", .string(c.channel.rawValue)),
            ("complainant", .object([
                ("name", .optional(c.complainant.name)),
                ("email", .optional(c.complainant.email)),
                ("phone", .optional(c.complainant.phone)),
                ("account", .optional(c.complainant.account)),
            ])),
            ("language", .string(c.language.rawValue)),
            ("subject", .optional(c.subject)),
            ("description", c.description.isEmpty ? .null : .string(c.description)),
            ("attachments", .array(c.attachments.map {
                .object([("filename", .string($0.filename)), ("content_type", .string($0.contentType)),
                         ("size", .number(Double($0.size)))])
            })),
        ]
        if c.disposition == .quarantine {
            pairs.append(("error", .string(c.dispositionReason ?? "could not be understood")))
        } else if let reason = c.dispositionReason, !isTicket {
            pairs.append(("reason", .string(reason)))
        }
        if let explanation {
            pairs.append(("confidence", .number((explanation.confidence * 100).rounded() / 100)))
            pairs.append(("explanation", .array(explanation.explanation.map(JSONValue.string))))
        }
        return .object(pairs)
    }

    /// The error object for an input that could not even be read (missing file, permissions).
    public static func unreadable(file: String, error: String) -> JSONValue {
        .object([
            ("file", .string(file)), ("disposition", .string(Disposition.quarantine.rawValue)),
            ("kind", .null), ("category", .null), ("severity", .null), ("priority", .null), ("flags", .array([])),
            ("channel", .null),
            ("complainant", .object([("name", .null), ("email", .null), ("phone", .null), ("account", .null)])),
            ("language", .null), ("subject", .null), ("description", .null), ("attachments", .array([])),
            ("error", .string(error)),
        ])
    }
}
