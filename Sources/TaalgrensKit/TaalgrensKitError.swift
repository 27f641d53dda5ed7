/// Failures of a job that are not bad input: an existing bundle without `--force`, a memory that cannot
/// be opened, an inconsistent returned XLIFF. Each carries the exit code the command line uses.
public struct TaalgrensKitError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, naming the file or object involved.
    public var description: String
    /// The process exit code for this failure (`cli-json.md`): 2 for bad input and refused operations.
    public var exitCode: Int32

    public init(_ description: String, exitCode: Int32 = 2) {
        self.description = description
        self.exitCode = exitCode
    }
}
