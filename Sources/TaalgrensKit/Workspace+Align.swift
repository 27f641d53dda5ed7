import Alignment
import Articles
import Foundation
import Interchange
import TaalgrensCore
import Terminology

/// The result of `taalgrens align` in the shape of `cli-json.md`.
public struct AlignReport: Codable, Sendable {
    /// One bead: the global segment indices of every locale (an empty side is `[]`), its confidence
    /// (rounded to two decimals) and whether it needs review.
    public struct BeadEntry: Codable, Sendable {
        /// Per locale identifier, the global segment indices the bead holds.
        public var segments: [String: [Int]]
        /// The bead's confidence in [0, 1], rounded to two decimals.
        public var confidence: Double
        /// Whether the confidence is below the review threshold.
        public var needsReview: Bool
        /// For an alignment of more than two locales: per locale other than the source, its own pair with
        /// the source (``Bead/confidence(for:)``), keyed by that locale's identifier. ``confidence`` is the
        /// lowest of them, so a good en–fr-BE pair beside a missing nl-BE sentence shows as fr-BE 0.97 and
        /// nl-BE 0.3. `nil` (not encoded) for two locales, where ``confidence`` is the one pair's.
        public var pairs: [String: PairEntry]?
    }
    /// The confidence of one locale's pairing with the source inside a bead.
    public struct PairEntry: Codable, Sendable {
        /// In [0, 1], rounded to two decimals.
        public var confidence: Double
        /// Whether it is below the review threshold: the translation units of this pair are stored as
        /// `needsReview`, the others' are not.
        public var needsReview: Bool
    }
    /// The article id.
    public var article: String
    /// The article's versions, source first.
    public var locales: [LanguageTag]
    /// The source locale the beads are read from.
    public var source: LanguageTag
    /// Per locale, the plain text of every segment in document order.
    public var segments: [String: [String]]
    /// The beads in source order.
    public var beads: [BeadEntry]
}

/// An aligned article, with its views: JSON report, side-by-side text and TMX.
public struct AlignResult: Sendable {
    /// The article id (front matter `id`, else the folder's name).
    public let articleID: String
    /// The alignment itself: segments per locale and beads.
    public let alignment: ArticleAlignment
    /// Each version's front matter or `<meta>` fields as read (``TaalgrensCore/Article/metadata``), kept so
    /// that `import` stores the translatable fields without reading the files again.
    public let metadata: [LanguageTag: [String: String]]
    /// One warning per run-on segment of any version (``Workspace/runOnWarnings(_:folder:)``): `import` and
    /// `publish` print them with the summary.
    public var runOns: [String] = []
    /// Per locale, the 1-based line of each block of that version (indexed by block, as ``Segment/block``;
    /// `nil` where the reader does not know it), so that a finding can name the line of a variant.
    public var blockLines: [LanguageTag: [Int?]] = [:]

    /// The `cli-json.md` report.
    public var report: AlignReport {
        let locales = alignment.locales
        return AlignReport(
            article: articleID,
            locales: locales,
            source: alignment.source,
            segments: Dictionary(uniqueKeysWithValues: locales.map { ($0.identifier, alignment.texts(for: $0)) }),
            beads: alignment.beads.map { bead in
                AlignReport.BeadEntry(
                    segments: Dictionary(uniqueKeysWithValues: locales.map { ($0.identifier, bead.indices(for: $0)) }),
                    confidence: (bead.confidence * 100).rounded() / 100,
                    needsReview: bead.needsReview,
                    pairs: locales.count > 2 ? pairs(of: bead) : nil)
            })
    }

    /// Per target locale, its pair's confidence with the source (``AlignReport/PairEntry``).
    private func pairs(of bead: Bead) -> [String: AlignReport.PairEntry] {
        var out: [String: AlignReport.PairEntry] = [:]
        for locale in alignment.locales where locale != alignment.source {
            let confidence = bead.confidence(for: locale)
            out[locale.identifier] = AlignReport.PairEntry(confidence: (confidence * 100).rounded() / 100,
                                                          needsReview: confidence < alignment.reviewThreshold)
        }
        return out
    }

    /// The translation units the beads make (what `taalgrens import` stores).
    public var units: [TranslationUnit] { alignment.translationUnits(articleID: articleID) }

    /// The units as multilingual TMX 1.4b (`taalgrens align --format tmx`).
    public func tmx() -> Data { TMXWriter.data(for: units, options: TMXWriter.Options(toolVersion: TaalgrensVersion.current)) }

    /// The versions side by side, one row per bead, wrapped to `width` columns. A bead that needs review
    /// is marked with `!` after its confidence in the margin, and inside it every locale whose own pair
    /// with the source is below the threshold (``Bead/confidence(for:)``; its translation units need
    /// review) has `!` before its text; a locale without segments in the bead shows `—`.
    /// - Parameter width: the total width in terminal columns (``columns(of:)``: an emoji or an East Asian
    ///   wide character takes two, any other Character one). Lines never exceed it unless it is below the
    ///   minimum of 9 + 14 columns per locale.
    public func sideBySide(width: Int) -> String {
        let locales = alignment.locales
        let gutter = 9  // "  0.97 ! " style prefix
        let columnWidth = max(12, (width - gutter - 3 * (locales.count - 1)) / max(locales.count, 1))
        let total = gutter + columnWidth * locales.count + 3 * (locales.count - 1)
        let texts = Dictionary(uniqueKeysWithValues: locales.map { ($0, alignment.texts(for: $0)) })
        var out = String(repeating: " ", count: gutter)
            + locales.map { pad($0.identifier, columnWidth) }.joined(separator: " │ ") + "\n"
        out += String(repeating: "─", count: total) + "\n"
        var reviewCount = 0
        for bead in alignment.beads {
            let columns = locales.map { locale -> [String] in
                let text = bead.indices(for: locale).map { texts[locale]?[$0] ?? "" }.joined(separator: " ‖ ")
                let doubtful = bead.needsReview && locale != alignment.source
                    && bead.confidence(for: locale) < alignment.reviewThreshold
                return wrap(doubtful ? "! " + (text.isEmpty ? "—" : text) : text, columnWidth)
            }
            let rows = columns.map(\.count).max() ?? 1
            if bead.needsReview { reviewCount += 1 }
            let mark = String(format: "%5.2f ", bead.confidence) + (bead.needsReview ? "! " : "  ")
            for row in 0..<max(rows, 1) {
                let prefix = row == 0 ? pad(mark, gutter) : String(repeating: " ", count: gutter)
                out += prefix + columns.map { pad(row < $0.count ? $0[row] : "", columnWidth) }.joined(separator: " │ ") + "\n"
            }
        }
        let footer = "\(alignment.beads.count) beads, \(reviewCount) need review (below \(alignment.reviewThreshold)): "
            + "! in the margin. ! before a text: that version's pair with \(alignment.source.identifier) is below the "
            + "threshold. ‖ separates sentences of one bead; — marks a version with nothing there."
        out += "\n" + wrap(footer, max(total, 20)).joined(separator: "\n") + "\n"
        return out
    }

    /// The terminal columns a Character takes: two for an emoji shown as one (Emoji_Presentation, or any
    /// cluster with U+FE0F or a regional-indicator pair: Unicode Technical Standard #51) and for East Asian
    /// wide and fullwidth characters (Unicode Standard Annex #11, W and F), one for any other. Session 19:
    /// a post's emoji pushed the `│` of its row one column to the right per emoji.
    static func columns(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, first.value >= 0x1100 else { return 1 }
        if ICU.hasProperty(first, .emojiPresentation) || ICU.hasProperty(first, .regionalIndicator)
            || scalars.contains("\u{FE0F}") { return 2 }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// The terminal columns of a string (``columns(of:)`` summed). - Complexity: O(n) in Characters.
    static func columns(of text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    private func pad(_ s: String, _ width: Int) -> String {
        let used = Self.columns(of: s)
        return used >= width ? s : s + String(repeating: " ", count: width - used)
    }

    private func wrap(_ text: String, _ width: Int) -> [String] {
        if text.isEmpty { return ["—"] }
        var lines: [String] = []
        var line = ""
        var lineColumns = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            var wordColumns = Self.columns(of: word)
            while wordColumns > width {
                // Cut a word longer than the column between Characters (never inside a grapheme cluster).
                if !line.isEmpty { lines.append(line); line = ""; lineColumns = 0 }
                var cut = word.startIndex
                var used = 0
                while cut < word.endIndex, used + Self.columns(of: word[cut]) <= width {
                    used += Self.columns(of: word[cut])
                    cut = word.index(after: cut)
                }
                if cut == word.startIndex { cut = word.index(after: cut); used = Self.columns(of: word[word.startIndex]) }
                lines.append(String(word[..<cut]))
                word = word[cut...]
                wordColumns -= used
            }
            if line.isEmpty { line = String(word); lineColumns = wordColumns }
            else if lineColumns + 1 + wordColumns <= width { line += " " + word; lineColumns += 1 + wordColumns }
            else { lines.append(line); line = String(word); lineColumns = wordColumns }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

extension Workspace {
    /// Reads, segments and aligns the language versions of one article folder.
    /// - Parameters:
    ///   - folder: an article folder (one file per language, named by BCP 47 tag).
    ///   - source: the source version; `nil` takes `en` when present, else the first.
    ///   - reviewThreshold: beads below this confidence need review (default: the aligner's documented one).
    ///   - termAnchors: use the default termbase's approved term pairs as anchors (on by default).
    /// - Throws: ``InputError`` for a bad folder, file or locale (an unknown `source` included), or fewer
    ///   than two versions; a malformed termbase with `termAnchors`.
    public func align(folder: URL, source: LanguageTag? = nil, reviewThreshold: Double? = nil, termAnchors: Bool = true) throws -> AlignResult {
        try job {
            if let source { try checkKnown([source], option: "--source") }
            let (id, versions) = try readArticleFolder(folder)
            guard versions.count >= 2 else {
                let found = (try? ArticleFolder(folder).versions.values.map(\.lastPathComponent).sorted()) ?? []
                let listed = found.isEmpty ? "" : " (\(found.joined(separator: ", ")))"
                throw InputError(file: folder.path, "expected at least two language versions to align, one file per locale such as en.md and nl-BE.md; found \(versions.count)\(listed). A new article with only its source version is pre-translated with `taalgrens export \(DisplayPath.relative(folder.path)) --to …`")
            }
            var configuration = AlignerConfiguration()
            if let reviewThreshold { configuration.reviewThreshold = reviewThreshold }
            if termAnchors {
                // A --termbase that does not name its languages (OmegaT's glossary.txt, a Lokalise sheet's
                // `term` column) takes them from --termbase-languages, else from the folder's one pair, as
                // `check` does (fifteenth trial, finding 6: the alignment of `check` refused the glossary).
                var workspace = self
                let locales = versions.map(\.article.locale)
                if workspace.glossaryLanguages == nil, locales.count == 2 {
                    let first = source ?? (locales.contains("en") ? "en" : locales.min { $0.identifier < $1.identifier }!)
                    if let other = locales.first(where: { $0 != first }) { workspace.glossaryLanguages = GlossaryLanguages(source: first, target: other) }
                }
                configuration.termPairs = try workspace.defaultTermPairs()
            }
            let alignment = try Aligner(configuration: configuration).align(versions, source: source)
            let metadata = Dictionary(versions.map { ($0.article.locale, $0.article.metadata) }, uniquingKeysWith: { first, _ in first })
            var result = AlignResult(articleID: id, alignment: alignment, metadata: metadata)
            result.runOns = Self.runOnWarnings(versions, folder: folder)
            result.blockLines = Dictionary(versions.map { ($0.article.locale, $0.article.blocks.map(\.line)) },
                                           uniquingKeysWith: { first, _ in first })
            return result
        }
    }
}

extension Workspace {
    /// The length, in Characters, from which a segment is a run-on "sentence": the aligner's
    /// (``Alignment/Aligner/runOnLength``), the QA rule `run-on-segment`'s too.
    public static let runOnLength = Aligner.runOnLength

    /// One warning per segment of at least ``runOnLength`` Characters, naming its file and line, its words
    /// and Characters: a paste error, or a text without sentence punctuation, which the aligner pairs only
    /// with a run-on segment at the same place of the other version, for review (tenth trial, finding 12:
    /// a 60,000-word "sentence" was left out without a word).
    /// - Returns: `huge/nl-BE.md:9: a "sentence" of 60000 words (381779 Characters): a paste error, or text
    ///   without sentence punctuation? Split it into sentences; it is stored as one unit, for review`.
    /// - Complexity: O(total length of the versions).
    static func runOnWarnings(_ versions: [SegmentedArticle], folder: URL) -> [String] {
        let files = (try? ArticleFolder(folder).versions) ?? [:]
        var out: [String] = []
        for version in versions {
            let locale = version.article.locale
            let file = files[locale].map { DisplayPath.relative($0.path) } ?? "the \(locale) version"
            for (b, segments) in version.segments.enumerated() {
                for segment in segments {
                    let text = segment.content.plainText
                    let characters = text.count
                    guard Double(characters) >= runOnLength else { continue }
                    let words = text.split(whereSeparator: \.isWhitespace).count
                    let line = version.article.blocks[b].line.map { ":\($0)" } ?? ""
                    out.append("\(file)\(line): a \"sentence\" of \(words) words (\(characters) Characters): a paste error, "
                               + "or text without sentence punctuation? Split it into sentences; it is stored as one unit, for review")
                }
            }
        }
        return out
    }
}
