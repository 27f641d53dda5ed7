/// The errors of the TranslationMemory module. Database errors (GRDB, SQLite) are wrapped here at the
/// boundary, so callers never see a store library's types.
public enum TMError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The database failed: the message names the operation and SQLite's reason.
    case database(String)
    /// The memory file cannot be opened or is not a Taalgrens memory (path, reason).
    case cannotOpen(path: String, reason: String)
    /// A unit id was expected but is not stored.
    case notFound(String)
    /// A unit id collides: it belongs to another article, or repeats within one import.
    case conflict(String)
    /// A unit cannot be stored (for example it has no variant).
    case invalidUnit(String)

    /// A one-line message for the user, naming the memory's path where the error has one.
    public var description: String {
        switch self {
        case .database(let m): "translation memory: \(m)"
        case .cannotOpen(let path, let reason): "\(path): cannot open the translation memory: \(reason)"
        case .notFound(let id): "translation memory: no unit with id \(id)"
        case .conflict(let m): "translation memory: \(m)"
        case .invalidUnit(let m): "translation memory: \(m)"
        }
    }
}
