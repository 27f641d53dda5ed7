import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Facts about standard output that decide text formatting.
enum TerminalSize {
    /// Whether standard output is a terminal.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether `check` and `concordance` may colour their text: standard output is a terminal, `NO_COLOR`
    /// is unset or empty (https://no-color.org: "when present and not an empty string, prevents the
    /// addition of ANSI color"), and `TERM` is not `dumb` (a terminal that cannot show escape codes, as
    /// Emacs's shell and some CI runners' pseudo-terminals say; sixteenth trial, finding 13).
    static var useColour: Bool { useColour(environment: ProcessInfo.processInfo.environment, terminal: isTerminal) }

    /// The rule of ``useColour`` on a given environment.
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - terminal: whether standard output is a terminal.
    static func useColour(environment: [String: String], terminal: Bool) -> Bool {
        guard terminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The terminal's width in columns, or `nil` when standard output is not a terminal.
    static var columns: Int? {
        var size = winsize()
        guard isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The width to format text for, in columns: the `COLUMNS` environment variable when it holds a
    /// positive integer (POSIX.1-2017, Base Definitions, 8.3: "the user's preferred width in column
    /// positions", which takes precedence over the terminal's own, and which a script sets when it pipes
    /// the output), else the terminal's width, else `fallback`.
    /// - Parameter environment: the process environment (a parameter for tests).
    static func preferredColumns(environment: [String: String], fallback: Int) -> Int {
        if let text = environment["COLUMNS"]?.trimmingCharacters(in: .whitespaces), let value = Int(text), value > 0 {
            return value
        }
        return columns ?? fallback
    }
}
