/// One `plaint` subcommand: its name, help and options, and what it does.
public struct Command: Sendable {
    public var name: String
    public var summary: String
    /// Usage line after `plaint`, e.g. `parse FILE... [--json]`.
    public var usage: String
    public var details: String
    public var options: [OptionSpec]
    public var run: @Sendable (ParsedArguments, CommandContext) -> ExitCode

    public init(name: String, summary: String, usage: String, details: String = "", options: [OptionSpec],
                run: @escaping @Sendable (ParsedArguments, CommandContext) -> ExitCode) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.details = details
        self.options = options + [.flag("help", "Show this help.")]
        self.run = run
    }

    public var help: String {
        var text = "\(summary)\n\nUsage: plaint \(usage)\n"
        if !details.isEmpty { text += "\n\(details)\n" }
        text += "\nOptions:\n"
        for option in options {
            let left = "  --\(option.name)" + (option.valueName.map { " \($0)" } ?? "")
            text += left.padding(toLength: max(left.count + 2, 26), withPad: " ", startingAt: 0) + option.help + "\n"
        }
        return text
    }
}

/// What every command gets: the console and the environment.
public struct CommandContext {
    public var console: Console
    public var environment: [String: String]
    public var workingDirectory: String

    public init(console: Console, environment: [String: String], workingDirectory: String) {
        self.console = console
        self.environment = environment
        self.workingDirectory = workingDirectory
    }
}
