/// A command-line mistake: printed as one line on stderr, exit code 2.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// One option a command accepts: `--name VALUE` (or `--name=VALUE`) or a `--flag`.
public struct OptionSpec: Sendable {
    public var name: String
    public var valueName: String?
    public var help: String
    /// May be given more than once (values collected in order).
    public var repeatable: Bool

    public static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, help: help, repeatable: false)
    }
    public static func value(_ name: String, _ valueName: String, _ help: String, repeatable: Bool = false) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, help: help, repeatable: repeatable)
    }
}

/// What a command line said, after checking it against the command's options.
public struct ParsedArguments: Sendable, Equatable {
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    public func value(_ name: String) -> String? { values[name]?.last }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// A tiny argument parser in the spirit of swift-argument-parser: long options only, `--` ends options,
/// unknown options are errors with a suggestion.
public enum ArgumentParser {
    public static func parse(_ arguments: [String], options: [OptionSpec], command: String) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var i = 0
        var optionsEnded = false
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if optionsEnded || !arg.hasPrefix("--") || arg == "-" {
                if !optionsEnded, arg.hasPrefix("-"), arg != "-", arg.count > 1 {
                    throw UsageError("\(command): unknown option '\(arg)' (options are spelled --name)")
                }
                result.positionals.append(arg)
                continue
            }
            if arg == "--" { optionsEnded = true; continue }
            var name = String(arg.dropFirst(2))
            var inlineValue: String?
            if let eq = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            guard let spec = options.first(where: { $0.name == name }) else {
                let hint = suggestion(for: name, among: options.map(\.name)).map { " (did you mean --\($0)?)" } ?? ""
                throw UsageError("\(command): unknown option '--\(name)'\(hint); see '\(command) --help'")
            }
            if let valueName = spec.valueName {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard i < arguments.count, !arguments[i].hasPrefix("--") else {
                        throw UsageError("\(command): option '--\(name)' needs a value \(valueName)")
                    }
                    value = arguments[i]
                    i += 1
                }
                if !spec.repeatable, result.values[name] != nil {
                    throw UsageError("\(command): option '--\(name)' given twice")
                }
                result.values[name, default: []].append(value)
            } else {
                if inlineValue != nil { throw UsageError("\(command): option '--\(name)' takes no value") }
                result.flags.insert(name)
            }
        }
        return result
    }

    /// The closest known name within edit distance 2, if any.
    static func suggestion(for name: String, among names: [String]) -> String? {
        names.map { ($0, editDistance(Array(name), Array($0))) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
