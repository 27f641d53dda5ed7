import TaalgrensCore

/// What ``XLIFFReader/read(_:file:details:)`` noticed besides the document: where each segment stands in
/// the file, how the file words its state, the units it left out and the warnings about targets.
///
/// Kept apart from ``XLIFFDocument`` so that a document read back equals the one written: lines and a
/// tool's wording are facts about one file, not about the translation.
public struct XLIFFReadDetails: Sendable {
    /// Where one segment was read, and its state in the file's own words.
    public struct Segment: Hashable, Sendable {
        /// 1-based line of the `<segment>` (2.x), `<trans-unit>` or `<mrk mtype="seg">` (1.2).
        public var line: Int
        /// The state as the file records it, for messages: `state="needs-review-translation"` (1.2),
        /// `state="initial"` (2.x), `Trados Studio conf="Draft"`, `memoQ status="Editing"`, or
        /// `no state` when the file gives none.
        public var state: String
        /// How a translator confirms the segment in the file's vocabulary, for messages:
        /// `set state="translated" or "final"` (1.2), `set state="translated", "reviewed" or "final"` (2.x),
        /// or the tool's confirmation for Trados Studio and memoQ files.
        public var confirm: String
    }

    /// A unit left out or a target to look at, in document order.
    public struct Note: Hashable, Sendable {
        /// 1-based line of the element concerned.
        public var line: Int
        /// The id of the `<unit>` (2.x) or `<trans-unit>` (1.2).
        public var unit: String
        /// Whether the unit was left out of the document (`translate="no"`); otherwise a warning about a
        /// segment that is kept.
        public var skipped: Bool
        /// What was found and what was done: `translate="no": not a translation`, `the target drops …`.
        public var message: String
        /// The segment a warning is about, when it is about one segment's target: the importer gives it
        /// only for a segment it stores (a draft it does not import gets one verdict, its skip reason).
        public var segment: String? = nil
        /// Whether the note is about content marked not for translation (`translate="no"`, a protected
        /// mark) that was left out: an importer of a file it wrote itself, whose only such content is its own
        /// copies of text with nothing to translate, passes these over in silence.
        public var notForTranslation = false
        /// For a note about content not for translation: the text of the source left out (the text of its
        /// codes' native markup included), so an importer can tell a bundle's own copy of text with nothing
        /// to translate from another tool's `translate="no"` on a name.
        public var skippedSource: String? = nil
    }

    /// The notes in document order.
    public var notes: [Note] = []
    private var segments: [String: Segment] = [:]

    /// No details yet.
    public init() {}

    /// The details of the segment `segment` of unit `unit`, or `nil` when the reader recorded none.
    /// - Complexity: O(1) on average.
    public func segment(unit: String, segment: String) -> Segment? { segments[Self.key(unit, segment)] }

    /// Records a segment's details; the first record of a unit and segment id pair wins. Public so that an
    /// importer that maps another file's segments onto a document of its own (a CAT tool's file made from a
    /// bundle) can keep the lines of the file it read.
    public mutating func record(unit: String, segment: String, _ details: Segment) {
        let key = Self.key(unit, segment)
        if segments[key] == nil { segments[key] = details }
    }

    /// Notes a unit left out because it is not to be translated (XLIFF 1.2 section 2.3.3 `translate`,
    /// XLIFF 2.1 section 4.3.1.47: `translate="no"` on it or inherited from a `<group>` or `<file>`).
    /// - Parameter source: the text of the sources left out (``Note/skippedSource``).
    mutating func skipUntranslatable(unit: String, line: Int, from element: String, source: String) {
        notes.append(Note(line: line, unit: unit, skipped: true,
                          message: "translate=\"no\"\(element.isEmpty ? "" : " (from its \(element))"): not for translation, not imported",
                          notForTranslation: true, skippedSource: source))
    }

    /// Notes a segment (or, with `segment` `nil`, a 1.2 trans-unit) left out because all its source text is
    /// marked not for translation: XLIFF 2.1 section 4.7.2.2 (`<mrk translate="no">`, `<sm translate="no"/>`),
    /// XLIFF 1.2 `<mrk mtype="protected">`. A name or a code kept as it is.
    mutating func skipUntranslatableSegment(unit: String, segment: String?, line: Int, marker: String, source: String) {
        let what = segment.map { "segment \($0): its whole source" } ?? "its whole source"
        notes.append(Note(line: line, unit: unit, skipped: true,
                          message: "\(what) is marked \(marker): not for translation, not imported", notForTranslation: true,
                          skippedSource: source))
    }

    /// Warns when a segment's target has fewer paired inline codes (opening and closing: bold, a link, …)
    /// than its source: the translation lost formatting the source has; and, in a note of its own, when it
    /// has fewer standalone codes (`<x/>`, `<ph/>`): a footnote reference, an image, a line break or a
    /// placeholder the source has and the target lost (fourteenth trial, finding 6: a footnote reference
    /// deleted in a CAT tool was imported without a word, and the next bundle had an orphan footnote).
    /// Codes are matched by id (XLIFF ties a target code to the source code with its id); a target with as
    /// many codes of the kind as its source is not reported, whatever its ids.
    /// - Complexity: O(codes) of the two texts.
    mutating func checkPairedCodes(unit: String, segment: XLIFFSegment, line: Int) {
        guard let target = segment.target, !target.plainText.isEmpty else { return }
        func codes(_ text: RichText, _ kind: InlineCode.Kind) -> [InlineCode] {
            text.elements.compactMap { if case .code(let c) = $0, c.kind == kind { c } else { nil } }
        }
        for (kind, what, advice) in [(InlineCode.Kind.opening, "paired", "check its formatting"),
                                     (.standalone, "standalone", "check that no footnote reference, image, line break or placeholder is missing")] {
            let source = codes(segment.source, kind), kept = codes(target, kind)
            guard kept.count < source.count else { continue }
            let keptIDs = Set(kept.map(\.id))
            let lost = source.filter { !keptIDs.contains($0.id) }
            let named = (lost.isEmpty ? source : lost).map { "\(Self.describe($0)) (id \($0.id))" }.joined(separator: ", ")
            notes.append(Note(line: line, unit: unit, skipped: false,
                              message: "segment \(segment.id): the target has \(kept.count) of the source's \(source.count) \(what) inline code\(source.count == 1 ? "" : "s"): "
                                + "\(named) dropped; imported as it is, \(advice)", segment: segment.id))
        }
    }

    /// A code as a person names it: its type for a paired code (`strong`, `link`); for a standalone one what
    /// it stands for, with its text where it has one (`footnote reference [^1]`, `image sid.png`, `line
    /// break`, `other {1}`).
    static func describe(_ code: InlineCode) -> String {
        guard code.kind == .standalone else { return code.type.rawValue }
        let a = code.attributes
        if let footnote = a["footnote"] { return "footnote reference \(a["markup"] ?? "[^\(footnote)]")" }
        switch code.type {
        case .image: return "image" + ((a["alt"] ?? a["src"]).map { " \($0)" } ?? "")
        case .lineBreak: return "line break"
        default: return code.type.rawValue + (a["markup"].map { " \($0)" } ?? "")
        }
    }

    private static func key(_ unit: String, _ segment: String) -> String { unit + "\u{1F}" + segment }
}

/// The details a reader fills while it walks the tree (the readers' methods are not mutating).
final class XLIFFReadDetailsBox {
    var value = XLIFFReadDetails()
    /// Whether the warning about `<trans-unit>`s without id was given (once per document, O(1) to ask).
    var warnedUnnamedIDs = false
}
