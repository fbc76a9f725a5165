import Foundation

/// The `plaint` command line: finds the subcommand, parses its options, runs it, returns the exit code.
public enum PlaintCLI {
    public static let version = "0.1.0"

    /// Every command, in the order `plaint --help` lists them. Two-word commands are named "tickets list".
    public static let commands: [Command] = [
        ParseCommand.command,
        IngestCommand.command,
        TicketsCommands.list,
        TicketsCommands.show,
        CorrectCommand.command,
        QuarantineCommand.command,
        MailboxCommands.poll,
        MailboxCommands.run,
        MailboxCommands.status,
        MailboxCommands.reconcile,
        MailboxCommands.configCheck,
        ClassifierCommands.train,
        ClassifierCommands.eval,
        ClassifierCommands.rules,
        TemplatesCommands.check,
        TemplatesCommands.list,
        TemplatesCommands.approve,
        ReplyCommand.command,
        ReviewCommands.list,
        ReviewCommands.show,
        ReviewCommands.approve,
        ReviewCommands.reject,
        OutboxCommands.list,
    ]

    public static func run(_ arguments: [String], context: CommandContext) -> ExitCode {
        let console = context.console
        guard let first = arguments.first else {
            console.line(overview)
            return .usage
        }
        if first == "--help" || first == "-h" || first == "help" {
            console.line(overview)
            return .ok
        }
        if first == "--version" {
            console.line("plaint \(version)")
            return .ok
        }
        // Longest match first: "tickets list" before "tickets".
        let command: Command
        let rest: [String]
        if arguments.count >= 2, let two = commands.first(where: { $0.name == "\(first) \(arguments[1])" }) {
            command = two
            rest = Array(arguments.dropFirst(2))
        } else if let one = commands.first(where: { $0.name == first }) {
            command = one
            rest = Array(arguments.dropFirst())
        } else {
            let group = commands.filter { $0.name.hasPrefix(first + " ") }
            if !group.isEmpty {
                if arguments.count == 1 || arguments[1] == "--help" {
                    console.line("Subcommands of '\(first)':\n" + group.map { "  plaint \($0.usage)\n      \($0.summary)" }.joined(separator: "\n"))
                    return arguments.count == 1 ? .usage : .ok
                }
                console.error("unknown command 'plaint \(first) \(arguments[1])'; try: " + group.map { "'plaint \($0.name)'" }.joined(separator: ", "))
                return .usage
            }
            let names = commands.map { String($0.name.split(separator: " ")[0]) }
            let hint = ArgumentParser.suggestion(for: first, among: Array(Set(names))).map { " (did you mean '\($0)'?)" } ?? ""
            console.error("unknown command '\(first)'\(hint); see 'plaint --help'")
            return .usage
        }
        do {
            let parsed = try ArgumentParser.parse(rest, options: command.options, command: "plaint \(command.name)")
            if parsed.has("help") {
                console.line(command.help)
                return .ok
            }
            return command.run(parsed, context)
        } catch {
            console.error(error.message)
            return .usage
        }
    }

    static var overview: String {
        var text = """
        plaint \(version): an email complaint gateway. Reads every message in the complaints mailbox,
        files it as a ticket, and keeps the complaint policy's deadlines.

        Usage: plaint COMMAND [OPTIONS]   (plaint COMMAND --help for details)

        Commands:

        """
        for command in commands {
            text += "  " + command.usage.padding(toLength: max(command.usage.count + 2, 44), withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += """

        Exit codes: 0 ok, 1 some inputs unreadable (the rest processed), 2 usage error,
        3 database error, 4 configuration error, 5 mailbox error, 6 unhealthy (status).
        """
        return text
    }
}
