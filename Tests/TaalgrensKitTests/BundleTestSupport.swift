import Articles
import Foundation
import Interchange
import Segmentation
import TaalgrensTestSupport
import TaalgrensCore
import Testing
import TranslationMemory
import ZIPFoundation

/// Paths, fixtures and tools for the Bundles tests.
enum BundleTestSupport {
    /// The repository root (`<repo>/Tests/TaalgrensKitTests/BundleTestSupport.swift`).
    static let repository = TestEnvironment.repository
    static var data: DataDirectory { DataDirectory(root: repository) }
    static var isCI: Bool { TestEnvironment.isCI }

    /// `Examples/articles/<id>`.
    static func exampleFolder(_ id: String) -> URL {
        repository.appendingPathComponent("Examples/articles").appendingPathComponent(id, isDirectory: true)
    }

    /// The shared folder beside the repository (``TestEnvironment/shared``).
    static var shared: URL? { TestEnvironment.shared }

    /// A schema under `shared/data/schemas`, or `nil` after failing (CI) or recording a warning.
    static func schema(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        TestEnvironment.schema(relativePath, sourceLocation: sourceLocation)
    }

    /// The path of `xmllint`, or `nil` after failing (CI) or recording a warning.
    static func xmllint(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        TestEnvironment.xmllint(sourceLocation: sourceLocation)
    }

    /// Validates the file at `url` with xmllint against a W3C XML Schema.
    /// - Returns: xmllint's messages, or `nil` when the document is valid.
    static func validate(_ url: URL, xmllint: String, schema: URL) throws -> String? {
        try TestEnvironment.validate(url, xmllint: xmllint, schema: schema)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder(_ label: String = "bundles") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `memory.tmx` in `folder`: `count` two-language units `u0`, `u1`, … ("Sentence number i of the file."
    /// and `dutch(i)`, status aligned), for the progress tests of long imports and checks.
    static func numberedTMX(_ count: Int, in folder: URL,
                            dutch: (Int) -> String = { "Zin nummer \($0) van het bestand." }) throws -> URL {
        let url = folder.appendingPathComponent("memory.tmx")
        let writer = try TMXWriter(url: url, options: TMXWriter.Options(sourceLanguage: "en"))
        for i in 0..<count {
            _ = try writer.write(TranslationUnit(id: "u\(i)", variants: [
                Variant(locale: "en", content: RichText(plain: "Sentence number \(i) of the file.")),
                Variant(locale: "nl-BE", content: RichText(plain: dutch(i))),
            ], status: .aligned))
        }
        try writer.finish()
        return url
    }

    /// Every file below `folder` (relative paths, sorted), with its bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
        let root = folder.resolvingSymlinksInPath().path
        for case let url as URL in e {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let path = String(url.resolvingSymlinksInPath().path.dropFirst(root.count + 1))
            out[path] = try Data(contentsOf: url)
        }
        return out
    }

    /// Every entry (files and folders) below `folder`, relative, sorted.
    static func listing(_ folder: URL) -> [String] {
        let root = folder.resolvingSymlinksInPath().path
        let e = FileManager.default.enumerator(atPath: root)
        var out: [String] = []
        while let path = e?.nextObject() as? String { out.append(path) }
        return out.sorted()
    }

    /// Reads and segments one language version of an example article.
    static func segmented(_ id: String, locale: LanguageTag) throws -> SegmentedArticle {
        let folder = try ArticleFolder(exampleFolder(id))
        guard let url = folder.versions[locale] else { throw InputError(file: exampleFolder(id).path, "no \(locale) version") }
        let article = try ArticleReader.read(url, locale: locale, articleID: folder.id)
        return try Segmenter(locale: locale, data: data).segment(article)
    }

    /// The hand-made beads of an example (`Tests/Fixtures/examples/<id>/beads.json`).
    struct Beads: Decodable {
        struct Bead: Decodable { var segments: [String: [Int]] }
        var source: String
        var beads: [Bead]
    }

    /// Translation units of an example article built from its gold beads (`Tests/Fixtures/examples`), the way
    /// the import flow stores an aligned article: one unit per bead with an English side, each variant the
    /// bead's sentences with their original spacing, context from the neighbouring sentences, origin from the
    /// English side. Fails when the segmenter's sentences do not line up with the gold beads.
    static func goldUnits(_ id: String, locales: [LanguageTag] = ["en", "nl-BE", "fr-BE"]) throws -> [TranslationUnit] {
        let beadsURL = repository.appendingPathComponent("Tests/Fixtures/examples/\(id)/beads.json")
        let beads = try JSONDecoder().decode(Beads.self, from: Data(contentsOf: beadsURL))
        var versions: [LanguageTag: SegmentedArticle] = [:]
        for locale in locales { versions[locale] = try segmented(id, locale: locale) }
        var units: [TranslationUnit] = []
        for bead in beads.beads {
            guard let english = bead.segments["en"], let first = english.first else { continue }
            var variants: [Variant] = []
            for locale in locales {
                guard let indices = bead.segments[locale.identifier], !indices.isEmpty, let version = versions[locale] else { continue }
                let all = version.allSegments
                guard let last = indices.last, last < all.count else {
                    throw InputError(file: beadsURL.path, "bead \(indices) of \(locale) is beyond the \(all.count) segments the segmenter found")
                }
                let segments = indices.map { all[$0] }
                var content: RichText
                var starts: [Int] = []
                if segments.count == 1 {
                    content = segments[0].content
                } else if Set(segments.map(\.block)).count == 1 {
                    let block = version.article.blocks[segments[0].block].content
                    content = block.slice(utf16: segments[0].start..<segments.last!.end)
                    starts = segments.dropFirst().map { $0.start - segments[0].start }
                } else {
                    content = segments.dropFirst().reduce(segments[0].content) { $0 + RichText(plain: " ") + $1.content }
                }
                variants.append(Variant(locale: locale, content: content, sentenceStarts: starts,
                                        previous: indices[0] > 0 ? all[indices[0] - 1].text : nil,
                                        next: last + 1 < all.count ? all[last + 1].text : nil))
            }
            let en = versions["en"]!.allSegments[first]
            units.append(TranslationUnit(id: "\(id):\(en.block):\(en.position)", variants: variants,
                                         origin: Origin(article: id, block: en.block, position: en.position), status: .aligned))
        }
        return units
    }

    /// An in-memory memory holding the gold units of the given example articles.
    static func memory(_ ids: [String]) throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        for id in ids { _ = try store.importArticle(id: id, units: try goldUnits(id), source: "en") }
        return store
    }

    /// A copy of an example folder holding only its English version.
    static func englishOnlyCopy(_ id: String, in folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent(id, isDirectory: true)
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: exampleFolder(id).appendingPathComponent("en.md"), to: copy.appendingPathComponent("en.md"))
        return copy
    }

    /// The entries of a zip, in archive order, with their bytes and modification dates.
    static func zipEntries(_ url: URL) throws -> [(path: String, data: Data, modified: Date?)] {
        let archive = try Archive(url: url, accessMode: .read)
        var out: [(String, Data, Date?)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            out.append((entry.path, data, entry.fileAttributes[.modificationDate] as? Date))
        }
        return out
    }
}
