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
    }

    /// The notes in document order.
    public var notes: [Note] = []
    private var segments: [String: Segment] = [:]

    /// No details yet.
    public init() {}

    /// The details of the segment `segment` of unit `unit`, or `nil` when the reader recorded none.
    /// - Complexity: O(1) on average.
    public func segment(unit: String, segment: String) -> Segment? { segments[Self.key(unit, segment)] }

    /// Records a segment's details; the first record of a unit and segment id pair wins.
    mutating func record(unit: String, segment: String, _ details: Segment) {
        let key = Self.key(unit, segment)
        if segments[key] == nil { segments[key] = details }
    }

    /// Notes a unit left out because it is not to be translated (XLIFF 1.2 section 2.3.3 `translate`,
    /// XLIFF 2.1 section 4.3.1.47: `translate="no"` on it or inherited from a `<group>` or `<file>`).
    mutating func skipUntranslatable(unit: String, line: Int, from element: String) {
        notes.append(Note(line: line, unit: unit, skipped: true,
                          message: "translate=\"no\"\(element.isEmpty ? "" : " (from its \(element))"): not for translation, not imported"))
    }

    /// Warns when a segment's target has fewer paired inline codes (opening and closing: bold, a link, …)
    /// than its source: the translation lost formatting the source has. Standalone codes (`<x/>`, `<ph/>`)
    /// are left alone: a translation may well need fewer placeholders.
    /// - Complexity: O(codes) of the two texts.
    mutating func checkPairedCodes(unit: String, segment: XLIFFSegment, line: Int) {
        guard let target = segment.target, !target.plainText.isEmpty else { return }
        func openings(_ text: RichText) -> [InlineCode] {
            text.elements.compactMap { if case .code(let c) = $0, c.kind == .opening { c } else { nil } }
        }
        let source = openings(segment.source), kept = openings(target)
        guard kept.count < source.count else { return }
        let keptIDs = Set(kept.map(\.id))
        let lost = source.filter { !keptIDs.contains($0.id) }
        let named = (lost.isEmpty ? source : lost).map { "\($0.type.rawValue) (id \($0.id))" }.joined(separator: ", ")
        notes.append(Note(line: line, unit: unit, skipped: false,
                          message: "segment \(segment.id): the target has \(kept.count) of the source's \(source.count) paired inline code\(source.count == 1 ? "" : "s"): "
                            + "\(named) dropped; imported as it is, check its formatting", segment: segment.id))
    }

    private static func key(_ unit: String, _ segment: String) -> String { unit + "\u{1F}" + segment }
}

/// The details a reader fills while it walks the tree (the readers' methods are not mutating).
final class XLIFFReadDetailsBox {
    var value = XLIFFReadDetails()
}
