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
}
