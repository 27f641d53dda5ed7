import Foundation
import Segmentation
import TaalgrensCore

/// One segment in the three benchmark locales: a translation unit's worth of real parallel text.
struct ParallelSegment: Hashable, Codable, Sendable {
    var en: String
    var nl: String
    var fr: String

    /// The text in `locale` (by language).
    subscript(_ locale: LanguageTag) -> String {
        get {
            switch locale.language {
            case "nl": nl
            case "fr": fr
            default: en
            }
        }
        set {
            switch locale.language {
            case "nl": nl = newValue
            case "fr": fr = newValue
            default: en = newValue
            }
        }
    }
}

/// The real parallel text the benchmarks start from, in en, nl-BE and fr-BE.
///
/// - `libreoffice-help`: the LibreOffice help paragraphs that `scripts/bench-data.sh` extracts (aligned by
///   page and element id), cut into sentences by the shipped segmenters where all three languages have
///   the same number of sentences (kept whole otherwise). Untranslated paragraphs (code, numbers,
///   product names identical in the three languages) are left out.
/// - `examples`: the hand-aligned gold beads of `Tests/Fixtures/examples/` (the shipped example
///   articles), one segment per bead: a small set for when the Debian data is not cached.
struct ParallelCorpus {
    /// The benchmark locales, in the order of ``ParallelSegment``'s fields.
    static let locales: [LanguageTag] = ["en", "nl-BE", "fr-BE"]

    /// `libreoffice-help` or `examples` (the `data` key of the JSON lines).
    let name: String
    let segments: [ParallelSegment]

    /// The raw LibreOffice help paragraphs, or `nil` when `scripts/bench-data.sh` has not run.
    /// - Throws: when the cached file is unreadable or malformed.
    static func libreOfficeParagraphs(_ paths: BenchmarkPaths) throws -> [ParallelSegment]? {
        let file = paths.cache.appendingPathComponent("libreoffice-help/paragraphs.jsonl")
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        return try readLines(file)
    }

    /// The LibreOffice help corpus cut into sentences, built on first use and cached beside the
    /// paragraphs; `nil` when the paragraphs are not cached.
    /// - Throws: when the cache cannot be read or written, or a segmenter cannot be made.
    static func libreOfficeHelp(_ paths: BenchmarkPaths) throws -> ParallelCorpus? {
        let cached = paths.cache.appendingPathComponent("libreoffice-help/segments.jsonl")
        if FileManager.default.fileExists(atPath: cached.path) {
            return ParallelCorpus(name: "libreoffice-help", segments: try readLines(cached))
        }
        guard let paragraphs = try libreOfficeParagraphs(paths) else { return nil }
        note("cutting \(paragraphs.count) LibreOffice help paragraphs into sentences (once; cached in \(cached.path))")
        let segmenters = try locales.map { try Segmenter(locale: $0, data: paths.data) }
        var seen = Set<UInt64>()
        var out: [ParallelSegment] = []
        func keep(_ s: ParallelSegment) {
            guard s.en != s.nl, s.en != s.fr, s.en.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return }
            if seen.insert(stableHash(s.en + "\u{1F}" + s.nl + "\u{1F}" + s.fr)).inserted { out.append(s) }
        }
        for p in paragraphs {
            let cut = zip(locales, segmenters).map { locale, segmenter in sentences(p[locale], segmenter) }
            if cut[0].count > 1 && cut[0].count == cut[1].count && cut[0].count == cut[2].count {
                for i in cut[0].indices { keep(ParallelSegment(en: cut[0][i], nl: cut[1][i], fr: cut[2][i])) }
            } else {
                keep(p)
            }
        }
        let text = try out.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: cached, options: .atomic)
        return ParallelCorpus(name: "libreoffice-help", segments: out)
    }

    /// The example articles' gold beads: each bead's segments joined with a space, per locale.
    /// - Throws: ``BenchmarkError`` when the gold files are missing or malformed.
    static func examples(_ paths: BenchmarkPaths) throws -> ParallelCorpus {
        let root = paths.repository.appendingPathComponent("Tests/Fixtures/examples")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.sorted() ?? []
        var out: [ParallelSegment] = []
        for name in folders {
            let folder = root.appendingPathComponent(name)
            let beadsFile = folder.appendingPathComponent("beads.json")
            guard FileManager.default.fileExists(atPath: beadsFile.path) else { continue }
            let gold = try ExampleGold(folder: folder)
            for bead in gold.beads {
                let texts = locales.map { locale in
                    (bead[locale.identifier] ?? []).map { gold.segments[locale.identifier]?[$0] ?? "" }.joined(separator: " ")
                }
                if texts.allSatisfy({ !$0.isEmpty }) { out.append(ParallelSegment(en: texts[0], nl: texts[1], fr: texts[2])) }
            }
        }
        guard !out.isEmpty else { throw BenchmarkError("no example gold beads found under \(root.path)") }
        return ParallelCorpus(name: "examples", segments: out)
    }

    /// The sentences of `text` as the segmenter cuts them.
    static func sentences(_ text: String, _ segmenter: Segmenter) -> [String] {
        let units = Array(text.utf16)
        return segmenter.sentenceRanges(in: text).map { String(decoding: units[$0], as: UTF16.self) }
    }

    private static func readLines(_ file: URL) throws -> [ParallelSegment] {
        let data = try Data(contentsOf: file)
        let decoder = JSONDecoder()
        var out: [ParallelSegment] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            do { out.append(try decoder.decode(ParallelSegment.self, from: Data(line))) } catch {
                throw BenchmarkError("\(file.path):\(index + 1): expected a JSON object with en, nl and fr strings (\(error))")
            }
        }
        return out
    }
}

/// A hand-segmented, hand-aligned article: the format shared by the example gold
/// (`Tests/Fixtures/examples/<article>/`) and the alignment development set (`Tests/Fixtures/alignment/`):
/// `<locale>.segments.json` per version and `beads.json` (see the README of each folder).
struct ExampleGold {
    /// Sentences per locale tag, in document order.
    let segments: [String: [String]]
    /// Blocks per locale tag, each its kind (a `BlockKind` raw value) and sentences.
    let blocks: [String: [(kind: String, sentences: [String])]]
    /// Beads: for each locale tag, the global sentence indices.
    let beads: [[String: [Int]]]

    private struct SegmentsFile: Decodable {
        struct Block: Decodable { let kind: String; let segments: [String] }
        let locale: String
        let blocks: [Block]
    }

    private struct BeadsFile: Decodable {
        struct Bead: Decodable { let segments: [String: [Int]] }
        let beads: [Bead]
    }

    /// Reads `beads.json` and the `<locale>.segments.json` files of `folder`.
    /// - Throws: ``BenchmarkError`` naming the file when one is unreadable or malformed.
    init(folder: URL) throws {
        func decode<T: Decodable>(_ type: T.Type, _ file: URL) throws -> T {
            do { return try JSONDecoder().decode(type, from: Data(contentsOf: file)) } catch {
                throw BenchmarkError("\(file.path): \(error)")
            }
        }
        let beadsFile = try decode(BeadsFile.self, folder.appendingPathComponent("beads.json"))
        var segments: [String: [String]] = [:]
        var blocks: [String: [(kind: String, sentences: [String])]] = [:]
        for file in (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted() where file.hasSuffix(".segments.json") {
            let parsed = try decode(SegmentsFile.self, folder.appendingPathComponent(file))
            blocks[parsed.locale] = parsed.blocks.map { ($0.kind, $0.segments) }
            segments[parsed.locale] = parsed.blocks.flatMap(\.segments)
        }
        self.segments = segments
        self.blocks = blocks
        self.beads = beadsFile.beads.map(\.segments)
    }
}
