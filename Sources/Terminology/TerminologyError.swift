/// The one error type of the Terminology module for failures that are not bad input.
///
/// Bad input (a malformed termbase, an unreadable file, a malformed `Locales/<locale>/terminology.json`)
/// is reported as `InputError` (TaalgrensCore) instead, so the command line can exit with code 2.
public enum TerminologyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The system's Snowball library (`libstemmer.so.0d`) could not be loaded; the payload is the loader's reason.
    case stemmerUnavailable(String)
    /// Snowball has no stemmer of this name (names are Snowball's: `dutch`, `french`, `english`, …).
    case unknownStemmerLanguage(String)

    /// A one-line message for the user.
    public var description: String {
        switch self {
        case .stemmerUnavailable(let reason): "the Snowball stemmer library cannot be loaded: \(reason)"
        case .unknownStemmerLanguage(let name): "Snowball has no stemmer named '\(name)'"
        }
    }
}
