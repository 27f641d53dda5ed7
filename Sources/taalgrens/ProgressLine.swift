import Foundation
import TaalgrensKit
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress display on standard error, for long imports and checks: drawn only when standard
/// error is a terminal and `--quiet` is not given, redrawn at most ten times a second, and erased when the
/// work ends, so logs, pipes and scripts never see it.
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
        let name = URL(fileURLWithPath: p.path).lastPathComponent
        switch p.phase {
        case .reading: draw("\(name): reading, \(p.done) units", last: false)
        case .storing: draw("\(name): storing \(Self.part(p.done, of: p.total))", last: p.total == p.done)
        }
    }

    /// Shows where a check stands (throttled; the end of the checking phase is always drawn).
    func show(_ p: CheckProgress) {
        switch p.phase {
        case .reading: draw("\(p.path.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "memory"): reading, \(p.done) units", last: false)
        case .checking: draw("checking \(Self.part(p.done, of: p.total))", last: p.total == p.done)
        }
    }

    /// `12 of 40 units (30%)`.
    private static func part(_ done: Int, of total: Int?) -> String {
        let total = max(total ?? 0, 1)
        return "\(done) of \(total) units (\(done * 100 / total)%)"
    }

    /// Redraws the line with `text`, at most ten times a second unless `last`.
    private func draw(_ text: String, last: Bool) {
        guard enabled else { return }
        let now = Date()
        guard last || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
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
