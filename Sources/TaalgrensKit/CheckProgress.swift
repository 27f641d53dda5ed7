import Foundation

/// Where a long `check` stands, for a progress line (``Workspace/check(paths:termbases:includeDefaultTermbase:memory:progress:)``).
public struct CheckProgress: Sendable, Equatable {
    /// What the check is doing.
    public enum Phase: String, Sendable {
        /// Reading a TMX file or the memory: ``CheckProgress/done`` units so far, ``CheckProgress/total`` unknown.
        case reading
        /// Running the rules: ``CheckProgress/done`` of ``CheckProgress/total`` units checked.
        case checking
    }

    /// Reading reports every this many units.
    public static let interval = 1000

    /// The file or memory being read; `nil` while checking (the units of every path together).
    public var path: String?
    /// Reading or checking.
    public var phase: Phase
    /// Units read or checked so far.
    public var done: Int
    /// Units to check (`nil` while reading).
    public var total: Int?

    /// A progress report.
    /// - Parameters:
    ///   - path: the file or memory read, `nil` while checking.
    ///   - phase: reading or checking.
    ///   - done: units read or checked so far.
    ///   - total: units to check, `nil` while reading.
    public init(path: String?, phase: Phase, done: Int, total: Int?) {
        self.path = path
        self.phase = phase
        self.done = done
        self.total = total
    }
}
