import Articles
import Interchange
import TaalgrensCore

/// What the bundle does with one piece (a sentence or a run): which target it writes, in which state, and
/// whether the rendered article can use it.
///
/// | best match | XLIFF target | state | rendered article | needs review |
/// |---|---|---|---|---|
/// | context (101) or exact (100) | the match's target | `translated` | target | only if its inline codes did not map |
/// | the same, with an error finding (``LocaleBundle/flaggingErrors(_:)``) | the match's target | `initial` | target | yes |
/// | fuzzy ≥ `minScore`, placeables adapted | the adapted target | `initial` | target | yes |
/// | fuzzy ≥ `minScore`, only white space or invisible characters differ (`FoundMatch.differsOnlyInSpacing`) | the target, the source's no-break spaces carried | `initial` | target | yes |
/// | fuzzy ≥ `minScore` | the match's target | `initial` | source language | yes |
/// | fuzzy < `minScore`, or none | empty | `initial` | source language | yes |
/// | no exact match, nothing to translate (``nothingToTranslate(_:)``) | a copy of the source, `translate="no"` | `translated` | target | no |
///
/// A fuzzy target is a translation of *another* sentence: it helps the translator but cannot be published,
/// so the rendered article keeps the source sentence there and the report lists it. The exception is a
/// fuzzy match that differs from the source only in placeables which the memory adapted (Okapi's
/// "repaired fuzzy match"): it translates this very sentence, so the article shows it, still marked for review.
struct SegmentDecision: Hashable, Sendable {
    var piece: LeveragePiece
    /// XLIFF unit id (`b3`) and segment id (`b3.s1`, `b3.s1-2`).
    var unitID: String
    var segmentID: String
    /// The target written into the XLIFF, with this source's inline codes; `nil` leaves it empty.
    var target: RichText?
    var state: XLIFFState
    /// Whether ``target`` replaces the source in the rendered article.
    var rendersTarget: Bool
    var needsReview: Bool
    var notes: [String]
    /// Set when the match's inline codes did not all map onto the source's.
    var codeMismatch: InlineCodeMapping.Result?
    /// The ids of the target's codes that only the translation has (``InlineCodeMapping``): kept from the
    /// memory's translation, so `inline-code-mismatch` does not report them.
    var targetOnlyCodes: Set<String> = []
    /// Whether the piece has nothing a translator could change (``nothingToTranslate(_:)``) and no exact or
    /// context match: its target is a copy of the source, written not for translation
    /// (``XLIFFSegment/translatable``), so a CAT tool shows it locked.
    var locked = false

    init(piece: LeveragePiece, minScore: Double) {
        self.piece = piece
        unitID = Self.unitID(block: piece.block)
        let p = piece.positions
        segmentID = "\(unitID).s\(p.lowerBound)" + (p.count > 1 ? "-\(p.upperBound - 1)" : "")
        target = nil
        state = .initial
        rendersTarget = false
        needsReview = true
        notes = []
        codeMismatch = nil

        if piece.best?.isExact != true, Self.nothingToTranslate(piece.source) {
            // Symbols, punctuation, handles or codes only ("***", "→", "@belga"): the same in every language.
            // An exact match of the memory still wins (a translator's own choice for this text).
            target = piece.source
            state = .translated
            rendersTarget = true
            needsReview = false
            locked = true
            notes = ["nothing to translate (only symbols, punctuation, handles or inline codes): the source is copied and written translate=\"no\""]
            return
        }
        guard let best = piece.best else {
            notes = ["no match in the memory"]
            return
        }
        let mapped = InlineCodeMapping.map(target: best.target, storedSource: best.source, querySource: piece.source,
                                           targetOnlyPrefix: segmentID + "-t")
        targetOnlyCodes = Set(mapped.targetOnly)
        if !mapped.targetOnly.isEmpty {
            notes.append("kept \(mapped.targetOnly.count == 1 ? "1 inline code" : "\(mapped.targetOnly.count) inline codes") of the memory's translation that the source does not have")
        }
        if !mapped.isClean {
            codeMismatch = mapped
            if mapped.dropped > 0 || mapped.missing > 0 {
                notes.append("inline codes of the match differ from the source (\(mapped.dropped) dropped, \(mapped.missing) missing)")
            }
            // A code given the source's kind or its partner (InlineCodeMapping): said, so the translator checks it.
            notes += mapped.reshaped.map { $0 + ": check where it belongs" }
        }
        let score = roundedToTenth(best.score)
        if best.isExact {
            target = mapped.target
            state = .translated
            rendersTarget = true
            needsReview = !mapped.isClean
            if best.adapted { notes.append("numbers or dates adapted to the source") }
        } else if score >= roundedToTenth(minScore) {
            target = mapped.target
            if best.differsOnlyInSpacing && mapped.isClean {
                // The same sentence re-saved with other spaces (a CMS's `&nbsp;`) or invisible characters: its
                // translation is this sentence's (docs/matching.md, "Spacing only"; seventeenth trial, finding 12).
                rendersTarget = true
                notes.insert("fuzzy match \(Self.format(score)) that differs only in the kind of white space or in invisible characters: the translation is used; check it", at: 0)
                if best.adapted { notes.append("no-break spaces carried over from the source") }
            } else if best.differsOnlyInPlaceables && mapped.isClean {
                // The match differs only in placeables (numbers, dates, URLs), and the memory rewrote them in
                // the target: a translation of this very sentence, still to be checked.
                rendersTarget = true
                notes.insert("fuzzy match \(Self.format(score)) that differs only in numbers, dates or other placeables, adapted to the source: check them", at: 0)
            } else {
                notes.insert("fuzzy match \(Self.format(score)): check and edit the target", at: 0)
                if best.adapted { notes.append("numbers or dates adapted to the source; the words still differ") }
            }
        } else {
            notes.insert("best match \(Self.format(score)) is below the threshold \(Self.format(minScore)): translate from scratch", at: 0)
        }
    }

    /// Whether a source has nothing to translate: no letter and no digit outside its inline codes and
    /// its social-media handles (`@belga2024`, a name in every language). Symbols, punctuation and emoji
    /// are the same in every language. Digits are left to the translator (a number's separators, a time's
    /// form and a date's order change with the locale), and so are web and e-mail addresses and hashtags
    /// (a site or a campaign may have its own per language; `url-changed` in `docs/terminology.md`).
    /// - Complexity: O(characters of the source).
    static func nothingToTranslate(_ source: RichText) -> Bool {
        var sawSomething = false
        for element in source.elements {
            guard case .text(let text) = element else { sawSomething = true; continue }
            for word in text.split(whereSeparator: \.isWhitespace) {
                sawSomething = true
                let core = word.drop { !$0.isLetter && !$0.isNumber && $0 != "@" }
                if core.first == "@", core.dropFirst().first.map({ $0.isLetter || $0.isNumber || $0 == "_" }) == true,
                   !core.dropFirst().contains("@") {
                    continue  // a handle: "@belga2024", "(@KMI_IRM)"
                }
                if word.contains(where: { $0.isLetter || $0.isNumber }) { return false }
            }
        }
        return sawSomething
    }

    /// The XLIFF unit id of a block.
    static func unitID(block: Int) -> String { "b\(block)" }

    static func format(_ value: Double) -> String {
        let v = roundedToTenth(value)
        return v == v.rounded() ? String(Int(v)) : String(v)
    }

    /// The segment as the report shows it.
    func reported() -> LeveragedSegment {
        let best = piece.best
        var reported = LeveragedSegment(
            id: segmentID, unit: unitID, block: piece.block, positions: Array(piece.positions),
            source: piece.source.plainText, target: target?.plainText,
            band: LeverageBand(score: best?.score),
            score: best.map { roundedToTenth($0.score) }, kind: best?.kind.rawValue, matchUnit: best?.unit,
            adapted: best?.adapted ?? false,
            state: state.rawValue, needsReview: needsReview, renderedInSource: !rendersTarget,
            words: piece.words, notes: notes)
        // Code spans' text is not in the plain text: the report shows it from the content (TRIAL7 finding 11).
        if ReviewText.needsContent(piece.source) { reported.sourceContent = piece.source }
        if let target, ReviewText.needsContent(target) { reported.targetContent = target }
        return reported
    }
}
