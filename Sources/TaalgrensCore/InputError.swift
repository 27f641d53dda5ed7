/// Bad input: a file that is missing, unreadable or malformed, an unknown locale.
///
/// Every reader in Taalgrens reports bad input with this type, so the command line can print one
/// message naming the file and position and exit with code 2 (`cli-json.md`). The message says what was
/// expected, in words a translator understands.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (as the user named it), or a description of the input such as `"<query>"`.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known (counted as the reader documents: Characters for text readers,
    /// bytes for libxml2-based readers).
    public var column: Int?
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an error about `file` at the given 1-based line and column (either may be unknown).
    /// - Parameter message: What is wrong and what was expected, as a sentence a user can act on.
    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form compilers and editors understand.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column, line != nil { location += ":\(column)" }
        return "\(location): \(message)"
    }
}
