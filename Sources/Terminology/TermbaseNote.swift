import Foundation

/// Something a termbase reader noticed but did not refuse: a field that looks like a term status but
/// that the reader cannot map, or concept ids qualified because two files share them. Reported when the
/// termbase loads (``Termbase/notes``) so that nothing is lost in silence.
public struct TermbaseNote: Hashable, Sendable, CustomStringConvertible {
    /// The termbase file the note is about.
    public var file: String
    /// The 1-based line in that file, when the note is about one place.
    public var line: Int?
    /// What was noticed and what the reader did, in one sentence.
    public var message: String

    /// A note; see the properties.
    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message` (without the line when there is none), as compilers and `InputError` word it.
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
