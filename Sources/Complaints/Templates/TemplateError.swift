/// A template that cannot be used: where (file, line, column) and why.
///
/// `description` reads like a compiler diagnostic, so editors and `plaint templates check` can jump to it:
///
///     acknowledgement.en.txt:3:14: unclosed {{#if}} opened at 2:1
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The template's file name (e.g. `acknowledgement.en.txt`).
    public var file: String
    /// 1-based line of the fault.
    public var line: Int
    /// 1-based column (in characters) of the fault.
    public var column: Int
    /// What is wrong, in words a template author can act on.
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    init(file: String, at position: SourcePosition, _ message: String) {
        self.init(file: file, line: position.line, column: position.column, message: message)
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// A 1-based line and column in a template's source.
public struct SourcePosition: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}
