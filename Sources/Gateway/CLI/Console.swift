import Foundation

/// Where a command writes: standard output and standard error, or buffers in tests.
public final class Console {
    public private(set) var standardOutput = ""
    public private(set) var standardError = ""
    private let capturing: Bool

    private init(capturing: Bool) { self.capturing = capturing }

    /// Writes straight to the process's stdout/stderr.
    public static func standard() -> Console { Console(capturing: false) }
    /// Keeps everything in `standardOutput` / `standardError` (for tests).
    public static func capture() -> Console { Console(capturing: true) }

    /// One line to standard output, written at once (not buffered: `plaint run`'s log is read live,
    /// often from a file, and a killed process must not lose its last lines).
    public func line(_ text: String = "") {
        if capturing {
            standardOutput += text + "\n"
        } else {
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
        }
    }

    /// One line to standard error, prefixed `plaint: ` unless it already names the command.
    public func error(_ text: String) {
        let line = (text.hasPrefix("plaint ") ? text : "plaint: " + text) + "\n"
        if capturing {
            standardError += line
        } else {
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}

/// Documented exit codes (README "Exit codes").
public enum ExitCode: Int32, Sendable, Error {
    case ok = 0
    /// Some inputs could not be read (missing or unreadable files); the rest were processed.
    case partial = 1
    /// The command line was wrong.
    case usage = 2
    /// The database could not be opened or written (foreign file, newer schema, disk full…).
    case database = 3
    /// The configuration is invalid.
    case configuration = 4
    /// The mailbox or mail server failed (connection, authentication, TLS).
    case mailbox = 5
    /// Monitoring: no successful poll for too long.
    case unhealthy = 6
}
