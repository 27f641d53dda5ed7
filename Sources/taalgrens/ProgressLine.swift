import Foundation
import TaalgrensKit
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress display on standard error, for long imports: drawn only when standard error is a
/// terminal and `--quiet` is not given, redrawn at most ten times a second, and erased when the work ends,
/// so logs, pipes and scripts never see it.
final class ProgressLine {
    private let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// - Parameter quiet: `--quiet` was given.
    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Shows where an import stands (throttled; the last report of a phase is always drawn).
    func show(_ p: ImportProgress) {
        guard enabled else { return }
        let now = Date()
        let last = p.total.map { p.done == $0 } ?? false
        guard last || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let name = URL(fileURLWithPath: p.path).lastPathComponent
        let text: String
        switch p.phase {
        case .reading: text = "\(name): reading, \(p.done) units"
        case .storing:
            let total = max(p.total ?? 0, 1)
            text = "\(name): storing \(p.done) of \(total) units (\(p.done * 100 / total)%)"
        }
        // Carriage return, the text, then erase to the end of the line (ECMA-48 EL).
        FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
        drawn = true
    }

    /// Erases the line, if one was drawn.
    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
