import Foundation

/// A value computed once per locale and kept for the life of the process (thread-safe): the CLDR-derived
/// word tables of ``SpelledNumbers`` and ``MonthNames``.
final class LocaleCache<Value: Sendable>: @unchecked Sendable {
    private var values: [String: Value] = [:]
    private let lock = NSLock()

    /// The value for the locale `id`, made by `make` on the first call for that id.
    /// - Complexity: O(1) after the first call for an id.
    func value(for id: String, make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = values[id] { return value }
        let value = make()
        values[id] = value
        return value
    }
}
