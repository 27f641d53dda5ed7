import Crypto
import Foundation
import TaalgrensCore

/// `manifest.json`: what a bundle folder holds, with a SHA-256 checksum (FIPS 180-4, through swift-crypto)
/// and the size of every other file of the folder. The manifest never lists itself. Keys follow
/// `cli-json.md` and are written sorted, so the file is deterministic.
public struct BundleManifest: Hashable, Codable, Sendable {
    /// One file of the bundle folder.
    public struct File: Hashable, Codable, Sendable {
        /// The path relative to the bundle folder (`article.xlf`).
        public var path: String
        /// The SHA-256 of the file's bytes, lower-case hexadecimal.
        public var sha256: String
        /// The file's size in bytes.
        public var bytes: Int

        /// A file entry from known values.
        public init(path: String, sha256: String, bytes: Int) {
            self.path = path
            self.sha256 = sha256
            self.bytes = bytes
        }

        /// Describes `data` stored at `path`.
        /// - Complexity: O(n) in the size of `data`.
        public init(path: String, data: Data) {
            self.init(path: path, sha256: SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined(), bytes: data.count)
        }
    }

    /// The article id as the memory stores it (`tm export --article` takes it); the bundle folder is named by its path-safe form.
    public var article: String
    /// The locale of the source version the bundle was made from.
    public var sourceLocale: LanguageTag
    /// The locale of the bundle.
    public var targetLocale: LanguageTag
    /// The tool and its version, for example `taalgrens 0.1.0`.
    public var tool: String
    /// The uuid of the translation memory the targets came from.
    public var memory: String
    /// ISO 8601 UTC with whole seconds (see ``ExportTimestamp``).
    public var exportedAt: String
    /// The other files of the folder, sorted by path.
    public var files: [File]

    /// A manifest; `files` are sorted by path.
    public init(article: String, sourceLocale: LanguageTag, targetLocale: LanguageTag, tool: String, memory: String,
                exportedAt: String, files: [File]) {
        self.article = article
        self.sourceLocale = sourceLocale
        self.targetLocale = targetLocale
        self.tool = tool
        self.memory = memory
        self.exportedAt = exportedAt
        self.files = files.sorted { $0.path < $1.path }
    }

    /// Whether `data` is what the manifest recorded for `path` (same size and SHA-256).
    public func verifies(path: String, data: Data) -> Bool {
        files.first { $0.path == path } == File(path: path, data: data)
    }
}
