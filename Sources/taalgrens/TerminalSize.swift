import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Facts about standard output that decide text formatting.
enum TerminalSize {
    /// Whether standard output is a terminal (colour and highlighting only then).
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

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
