/// One template file: `NAME.LANG.txt` (a `Subject:` line, a blank line, the body) or
/// `NAME.LANG.html` (an HTML body only; the subject comes from the `.txt` beside it).
///
///     Subject: We have received your complaint [{{ ticket.reference }}]
///
///     Dear {{ customer.name }}, …
public struct MessageTemplate: Sendable, Equatable {
    /// The file name, e.g. `acknowledgement.en.txt`.
    public let file: String
    /// The template name, e.g. `acknowledgement`.
    public let name: String
    /// The language code, e.g. `en` or `zh`.
    public let language: String
    public let format: TemplateFormat
    /// The subject line (text templates only).
    public let subject: Template?
    public let body: Template

    /// Splits `NAME.LANG.txt|html` into its parts, or nil for any other name.
    public static func parseFileName(_ file: String) -> (name: String, language: String, format: TemplateFormat)? {
        let parts = file.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
              let format: TemplateFormat = parts[2] == "txt" ? .text : parts[2] == "html" ? .html : nil,
              TemplateLexer.isIdentifier(parts[0]), parts[1].allSatisfy({ $0.isASCII && $0.isLetter || $0 == "-" })
        else { return nil }
        return (parts[0], parts[1], format)
    }

    /// Parses a template file.
    /// - Throws: `TemplateError` for a bad name, a missing `Subject:` line or blank line, or bad syntax.
    public init(file: String, source: String) throws(TemplateError) {
        guard let (name, language, format) = Self.parseFileName(file) else {
            throw TemplateError(file: file, line: 1, column: 1, message: "template files are named NAME.LANG.txt or NAME.LANG.html (e.g. acknowledgement.en.txt)")
        }
        self.file = file
        self.name = name
        self.language = language
        self.format = format
        guard format == .text else {
            subject = nil
            body = try Template(file: file, source: source, format: .html)
            return
        }
        let lines = source.split(maxSplits: 2, omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        let prefix = "Subject: "
        guard let first = lines.first, first.hasPrefix(prefix), !String(first.dropFirst(prefix.count)).trimmingTemplate(" \r").isEmpty else {
            throw TemplateError(file: file, line: 1, column: 1, message: "the first line must be 'Subject: …'")
        }
        guard lines.count == 3, lines[1].trimmingTemplate("\r").isEmpty else {
            throw TemplateError(file: file, line: 2, column: 1, message: "a blank line must follow the Subject line, then the body")
        }
        subject = try Template(file: file, source: String(first.dropFirst(prefix.count)).trimmingTemplate("\r"),
                               format: .text, firstLine: 1, firstColumn: prefix.count + 1)
        body = try Template(file: file, source: lines[2], format: .text, firstLine: 3)
    }

    /// Renders subject and body. Line breaks and control characters in the subject become spaces
    /// (a value can never start a new header).
    public func render(_ context: TemplateValue) throws(TemplateError) -> RenderedMessage {
        let subjectText = try subject.map { (t) throws(TemplateError) -> String in
            let raw = try t.render(context)
            return String(raw.map { $0.isNewline || ($0.unicodeScalars.first?.properties.generalCategory == .control) ? " " : $0 })
                .trimmingTemplate(" ")
        }
        return RenderedMessage(subject: subjectText, body: try body.render(context), format: format)
    }
}

/// A filled-in template: the subject (nil for an HTML alternative) and the body.
public struct RenderedMessage: Sendable, Equatable {
    public var subject: String?
    public var body: String
    public var format: TemplateFormat
}

fileprivate extension String {
    func trimmingTemplate(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
