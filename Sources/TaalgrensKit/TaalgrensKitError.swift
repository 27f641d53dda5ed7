import Bundles

/// Failures of a job that are not bad input: an existing bundle without `--force`, a memory that cannot
/// be opened, an inconsistent returned XLIFF. Each carries the exit code the command line uses.
public struct TaalgrensKitError: Error, CustomStringConvertible, Sendable {
    /// The file or folder involved, when there is one (shown before the message, as ``InputError`` does).
    public var file: String?
    /// What went wrong and what to do.
    public var message: String
    /// The process exit code for this failure (`cli-json.md`): 2 for bad input and refused operations.
    public var exitCode: Int32

    public init(_ message: String, file: String? = nil, exitCode: Int32 = 2) {
        self.file = file
        self.message = message
        self.exitCode = exitCode
    }

    /// Wraps an export failure, keeping its path apart so that it can be shown relative (``DisplayPath``).
    init(_ error: BundleError) {
        switch error {
        case .bundleExists(let path), .fileSystem(_, let path, _):
            let text = error.description
            let message = text.hasPrefix(path + ": ") ? String(text.dropFirst(path.count + 2)) : text
            self.init(message, file: text.hasPrefix(path + ": ") ? path : nil)
        case .invalidTarget:
            self.init(error.description)
        }
    }

    /// `file: message`, or the message alone.
    public var description: String { file.map { "\($0): \(message)" } ?? message }
}
