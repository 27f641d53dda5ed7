import Foundation

/// Finds the folder that holds Taalgrens's run-time data: `Locales/` and `Glossary/`.
///
/// The data is found at run time, not as SwiftPM resources (those break on Linux when the binary moves).
/// Lookup order, first hit wins:
/// 1. an explicit folder (the `--data-dir` option);
/// 2. the environment variable `TAALGRENS_DATA`;
/// 3. `../share/taalgrens` next to the executable;
/// 4. walking up from the working directory to the first folder that holds `Locales/`;
/// 5. walking up from the executable's folder (a binary built in a checkout, `.build/release/taalgrens`,
///    run from anywhere finds the checkout's data).
public struct DataDirectory: Hashable, Sendable {
    /// The folder holding `Locales/` and `Glossary/`.
    public let root: URL

    /// `root/Locales`.
    public var locales: URL { root.appendingPathComponent("Locales", isDirectory: true) }
    /// `root/Glossary`.
    public var glossary: URL { root.appendingPathComponent("Glossary", isDirectory: true) }

    /// Uses `root` as the data folder (the one that holds `Locales/` and `Glossary/`); nothing is read yet.
    public init(root: URL) { self.root = root }

    /// Finds the data folder by the documented lookup order.
    /// - Parameters:
    ///   - explicit: a folder the user named; used as is when given.
    ///   - environment: the process environment (injectable for tests).
    ///   - executable: the running executable's path (on Linux read from `/proc/self/exe` by Foundation), for
///     `../share/taalgrens` and the last upward walk.
    ///   - workingDirectory: where the upward walk starts.
    /// - Throws: ``InputError`` when an explicit or environment folder lacks `Locales/`, or nothing is found.
    public static func locate(explicit: URL? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: URL? = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ""),
                              workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws -> DataDirectory {
        func hasLocales(_ url: URL) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent("Locales").path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if let explicit {
            guard hasLocales(explicit) else { throw InputError(file: explicit.path, "expected a data folder holding Locales/ (given by --data-dir)") }
            return DataDirectory(root: explicit)
        }
        if let env = environment["TAALGRENS_DATA"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            guard hasLocales(url) else { throw InputError(file: env, "expected a data folder holding Locales/ (given by TAALGRENS_DATA)") }
            return DataDirectory(root: url)
        }
        if let executable {
            let share = executable.resolvingSymlinksInPath().deletingLastPathComponent()
                .appendingPathComponent("../share/taalgrens").standardizedFileURL
            if hasLocales(share) { return DataDirectory(root: share) }
        }
        func walkUp(from start: URL) -> DataDirectory? {
            var folder = start.standardizedFileURL
            while true {
                if hasLocales(folder) { return DataDirectory(root: folder) }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { return nil }
                folder = parent
            }
        }
        if let found = walkUp(from: workingDirectory) { return found }
        if let executable, !executable.path.isEmpty,
           let found = walkUp(from: executable.resolvingSymlinksInPath().deletingLastPathComponent()) {
            return found
        }
        throw InputError(file: workingDirectory.path,
                         "no Locales/ folder found: pass --data-dir, set TAALGRENS_DATA, or run inside a Taalgrens checkout (or a binary built in one)")
    }
}
