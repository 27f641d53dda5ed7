import Foundation
import TaalgrensCore
#if canImport(Glibc)
import Glibc
#endif

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
/// An interrupted export (Ctrl-C, `SIGTERM`) removes its staging folder and the folders it created before
/// the process ends (``InterruptCleanup``); the final moves run whole before that removal. A process killed
/// outright can leave a `.taalgrens-export-<pid>-*` folder behind, never a half-written bundle; the next
/// export into the same folder removes it once that process is gone.
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
    /// The registrations for an interruption: the staging folder and the folders created for the export.
    private var cleanupTokens: [InterruptCleanup.Token] = []

    /// Creates the output folder when missing and a fresh staging folder inside it.
    /// - Throws: ``BundleError/fileSystem(operation:path:reason:)`` when either cannot be created.
    init(outputFolder: URL, force: Bool) throws {
        self.outputFolder = outputFolder.standardizedFileURL
        self.force = force
        stagingRoot = self.outputFolder.appendingPathComponent(
            "\(Self.stagingPrefix)\(getpid())-\(UUID().uuidString.lowercased())", isDirectory: true)
        // Created and registered as one step: an interruption between the two would find the output folder
        // it made unregistered and leave it (CI run of d753170: `bundles` left after SIGINT, 1 run in many).
        try InterruptCleanup.whileHeld {
            try createFolder(self.outputFolder, record: true)
            cleanupTokens = createdFolders.map { InterruptCleanup.register($0.path, removal: .folderIfEmpty) }
        }
        do {
            try InterruptCleanup.whileHeld {
                try fileManager.createDirectory(at: stagingRoot, withIntermediateDirectories: false)
                cleanupTokens.append(InterruptCleanup.register(stagingRoot.path))
            }
        } catch {
            rollback()
            // The user named the output folder, not the hidden staging folder inside it.
            throw BundleError.fileSystem(operation: "write in the output folder", path: self.outputFolder.path, reason: Self.reason(error))
        }
        removeAbandonedStaging()
    }

    /// The name of every staging folder starts with this, then the process id and a UUID.
    static let stagingPrefix = ".taalgrens-export-"

    /// Removes the staging folders that exports killed before they could clean up left in the output folder
    /// (eighth trial: each Ctrl-C left one more hidden folder): those whose process id no longer runs
    /// (`kill(pid, 0)` fails with `ESRCH`). Folders of running exports, of other hosts' processes that happen
    /// to share an id, and names without an id are left alone.
    private func removeAbandonedStaging() {
        InterruptCleanup.removeAbandoned(in: outputFolder.path, prefix: Self.stagingPrefix, except: stagingRoot.lastPathComponent)
    }

    deinit { if !finished { rollback() } }

    /// Throws ``BundleError/bundleExists(path:)`` when `relativePath` exists in the output folder and `force`
    /// is not set. Called before any work so the user learns early.
    func checkFree(_ relativePath: String) throws {
        let destination = outputFolder.appendingPathComponent(relativePath)
        if !force && exists(destination) { throw BundleError.bundleExists(path: destination.path) }
    }

    /// Writes `data` to `relativePath` under the staging folder, creating folders on the way.
    /// - Throws: ``BundleError/fileSystem(operation:path:reason:)`` naming the file where the user will look
    ///   for it, `relativePath` in the output folder, not the hidden staging folder, which is gone by the
    ///   time the message is read (nineteenth trial, finding 6).
    func stage(_ data: Data, at relativePath: String) throws {
        let url = stagingRoot.appendingPathComponent(relativePath)
        do {
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw BundleError.fileSystem(operation: "write", path: outputFolder.appendingPathComponent(relativePath).path, reason: Self.reason(error))
        }
    }

    /// The staging location of `relativePath`.
    func staged(_ relativePath: String) -> URL { stagingRoot.appendingPathComponent(relativePath) }

    /// Moves the staged items (folders or files, relative paths) into the output folder, in order, sets
    /// aside the `obsolete` items that exist (only with `force`: an earlier export's zip that this export
    /// does not write again), then removes the staging folder and what was set aside. On failure everything
    /// is undone (see the type's documentation).
    func commit(_ relativePaths: [String], removing obsolete: [String] = []) throws {
        // An interruption waits until every move is made or undone, then finds nothing of this export to remove.
        try InterruptCleanup.whileHeld { try commitMoves(relativePaths, removing: obsolete) }
    }

    private func commitMoves(_ relativePaths: [String], removing obsolete: [String]) throws {
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
        forgetCleanup()
    }

    private func forgetCleanup() {
        for token in cleanupTokens { InterruptCleanup.unregister(token) }
        cleanupTokens = []
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
        forgetCleanup()
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
            guard isDirectory.boolValue else { throw BundleError.notAFolder(path: url.path) }
            return
        }
        var missing: [URL] = []
        var folder = url
        while !exists(folder) && folder.path != "/" {
            missing.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        // `--out report.txt/bundles`: the first existing folder on the way is a file.
        if fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw BundleError.notAFolder(path: folder.path)
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

    /// The system's reason in plain words: the POSIX error's own text when there is one (`permission
    /// denied`, `no space left on device`, `read-only file system`), else Foundation's description.
    static func reason(_ error: any Error) -> String {
        var nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError { nsError = underlying }
        if nsError.domain == NSPOSIXErrorDomain, let text = strerror(Int32(nsError.code)).map({ String(cString: $0) }) {
            return text.prefix(1).lowercased() + text.dropFirst()
        }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
            case .fileWriteOutOfSpace: return "no space left on device"
            case .fileWriteVolumeReadOnly: return "read-only file system"
            case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}
