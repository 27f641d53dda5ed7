import Foundation

/// Writes an export atomically: every file goes first into a hidden staging folder inside the output folder
/// (same file system, so the final step is a `rename(2)`), and only then are the finished bundle folders and
/// zips moved into place.
///
/// - A failure at any point (while rendering, writing, or half-way through moving) undoes every move already
///   made, restores what `force` had set aside, removes the folders it created and the staging folder:
///   the output folder is left as it was.
/// - A destination that exists is replaced only when `force` is set; its old content is kept in the staging
///   folder until the whole export has succeeded.
/// - Every destination's parent must resolve (symbolic links followed) to a folder inside the output folder.
///
/// A process killed mid-export can leave a `.taalgrens-export-*` folder behind, never a half-written bundle.
final class BundleTransaction {
    let outputFolder: URL
    let stagingRoot: URL
    private let force: Bool
    private let fileManager = FileManager.default
    /// Folders this transaction created outside the staging folder, in creation order.
    private var createdFolders: [URL] = []
    /// Moves done so far: the destination, and where its previous content was set aside (if any).
    private var committed: [(destination: URL, backup: URL?)] = []
    private var finished = false

    /// Creates the output folder when missing and a fresh staging folder inside it.
    /// - Throws: ``BundleError/fileSystem(operation:path:reason:)`` when either cannot be created.
    init(outputFolder: URL, force: Bool) throws {
        self.outputFolder = outputFolder.standardizedFileURL
        self.force = force
        stagingRoot = self.outputFolder.appendingPathComponent(".taalgrens-export-\(UUID().uuidString.lowercased())", isDirectory: true)
        try createFolder(self.outputFolder, record: true)
        do {
            try fileManager.createDirectory(at: stagingRoot, withIntermediateDirectories: false)
        } catch {
            rollback()
            throw BundleError.fileSystem(operation: "create the staging folder", path: stagingRoot.path, reason: Self.reason(error))
        }
    }

    deinit { if !finished { rollback() } }

    /// Throws ``BundleError/bundleExists(path:)`` when `relativePath` exists in the output folder and `force`
    /// is not set. Called before any work so the user learns early.
    func checkFree(_ relativePath: String) throws {
        let destination = outputFolder.appendingPathComponent(relativePath)
        if !force && exists(destination) { throw BundleError.bundleExists(path: destination.path) }
    }

    /// Writes `data` to `relativePath` under the staging folder, creating folders on the way.
    func stage(_ data: Data, at relativePath: String) throws {
        let url = stagingRoot.appendingPathComponent(relativePath)
        do {
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw BundleError.fileSystem(operation: "write", path: url.path, reason: Self.reason(error))
        }
    }

    /// The staging location of `relativePath`.
    func staged(_ relativePath: String) -> URL { stagingRoot.appendingPathComponent(relativePath) }

    /// Moves the staged items (folders or files, relative paths) into the output folder, in order, sets
    /// aside the `obsolete` items that exist (only with `force`: an earlier export's zip that this export
    /// does not write again), then removes the staging folder and what was set aside. On failure everything
    /// is undone (see the type's documentation).
    func commit(_ relativePaths: [String], removing obsolete: [String] = []) throws {
        let backups = stagingRoot.appendingPathComponent(".replaced", isDirectory: true)
        if force {
            for (index, relativePath) in obsolete.enumerated() {
                let destination = outputFolder.appendingPathComponent(relativePath)
                guard exists(destination) else { continue }
                do {
                    try fileManager.createDirectory(at: backups, withIntermediateDirectories: true)
                    let aside = backups.appendingPathComponent("obsolete-\(index)")
                    try move(destination, to: aside)
                    committed.append((destination, aside))
                } catch {
                    rollback()
                    throw error
                }
            }
        }
        for (index, relativePath) in relativePaths.enumerated() {
            let source = staged(relativePath)
            let destination = outputFolder.appendingPathComponent(relativePath)
            do {
                try ensureParent(of: destination)
                var backup: URL?
                if exists(destination) {
                    guard force else { throw BundleError.bundleExists(path: destination.path) }
                    try fileManager.createDirectory(at: backups, withIntermediateDirectories: true)
                    let aside = backups.appendingPathComponent(String(index))
                    try move(destination, to: aside)
                    backup = aside
                }
                do {
                    try move(source, to: destination)
                } catch {
                    if let backup { try? fileManager.moveItem(at: backup, to: destination) }
                    throw error
                }
                committed.append((destination, backup))
            } catch {
                rollback()
                throw error
            }
        }
        finished = true
        try? fileManager.removeItem(at: stagingRoot)
    }

    /// Undoes every move, restores set-aside content, removes created folders and the staging folder.
    /// Safe to call more than once.
    func rollback() {
        finished = true
        for (destination, backup) in committed.reversed() {
            try? fileManager.removeItem(at: destination)
            if let backup { try? fileManager.moveItem(at: backup, to: destination) }
        }
        committed = []
        try? fileManager.removeItem(at: stagingRoot)
        for folder in createdFolders.reversed() {
            // Only remove what is empty: another process may have written there meanwhile.
            if let contents = try? fileManager.contentsOfDirectory(atPath: folder.path), contents.isEmpty {
                try? fileManager.removeItem(at: folder)
            }
        }
        createdFolders = []
    }

    // MARK: - Helpers

    private func exists(_ url: URL) -> Bool {
        // lstat semantics: a dangling symbolic link also counts as existing.
        (try? fileManager.attributesOfItem(atPath: url.path)) != nil
    }

    private func ensureParent(of destination: URL) throws {
        let parent = destination.deletingLastPathComponent()
        var chain: [URL] = []
        var folder = parent
        while folder.path != outputFolder.path && !exists(folder) {
            chain.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        for missing in chain.reversed() { try createFolder(missing, record: true) }
        let root = outputFolder.resolvingSymlinksInPath().path
        let resolved = parent.resolvingSymlinksInPath().path
        guard resolved == root || resolved.hasPrefix(root + "/") else {
            throw BundleError.fileSystem(operation: "write a bundle", path: parent.path,
                                         reason: "the folder resolves to \(resolved), outside the output folder \(root)")
        }
    }

    private func createFolder(_ url: URL, record: Bool) throws {
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw BundleError.fileSystem(operation: "create a folder", path: url.path, reason: "a file of that name exists")
            }
            return
        }
        var missing: [URL] = []
        var folder = url
        while !exists(folder) && folder.path != "/" {
            missing.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        do {
            try fileManager.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw BundleError.fileSystem(operation: "create a folder", path: url.path, reason: Self.reason(error))
        }
        if record { createdFolders.append(contentsOf: missing.reversed()) }
    }

    private func move(_ source: URL, to destination: URL) throws {
        do {
            try fileManager.moveItem(at: source, to: destination)
        } catch {
            throw BundleError.fileSystem(operation: "move \(source.lastPathComponent) into place", path: destination.path, reason: Self.reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}
