import Foundation
import TaalgrensCore

/// The context a TMX file gives by the **order** of its units, when it says that they are the sentences of
/// one document in turn (trial 16, finding 6; `docs/interchange.md`, "Context from the order of the units").
///
/// TMX 1.4b orders nothing: a memory is a set of units, and most memories' exports follow the memory's
/// own storage order, which is no document's. Some files are one text in order all the same: an aligner's
/// output (LF Aligner, YouAlign, mALIGNa, …: each `<tu>` is the next sentence pair of the two texts), and
/// the project memory a CAT tool exports with the document each unit was translated in named on the unit.
/// Such a file tells its order by one of two signs, and only then is the order read:
/// - a **document prop** on the `<tu>` (or, for every unit, on the `<header>`): memoQ's `x-document`,
///   Phrase's `x-filename`, Okapi's `Txt::FileName`, MateCat's `x-MateCAT-filename`, the EU's Euramis
///   exports (DGT-TM) `Txt::Doc. No.`, LF Aligner's `fileId` (``documentProps``). Consecutive units naming
///   the same document are neighbours; where the name changes, one document ends and the next begins;
/// - a header whose `creationtool` is an **aligner** (``isAligner(creationTool:)``): the whole file is one
///   text unless document props divide it.
///
/// A unit whose source variant already has context from a tool's props (``TMXToolContext``) or from
/// Taalgrens's own keeps it: a tool's recorded neighbour is better evidence than the file's order. The
/// context taken from the order is the plain text of the neighbouring `<tu>`'s variant in the same source
/// language (`srclang`), whether that `<tu>` was stored or merged as a duplicate: it stood there in the
/// document. The first unit of a document has no previous neighbour and the last no next one, which
/// context matching reads as the start and the end of the document (`docs/matching.md`, "100 and 101").
enum TMXDocumentOrder {
    /// The props that name the document a unit was translated in or aligned from, tried in this order
    /// (on the `<tu>`, then on the `<header>`); an empty value names nothing.
    ///
    /// Sources: memoQ's TMX export (its "Document" field as `x-document`), Phrase (Memsource) TMX
    /// (`x-filename`), Okapi's TMX writer (`Txt::FileName`, beside `Txt::GroupName`), MateCat's TMX
    /// download (`x-MateCAT-filename`), the Euramis TMX of DGT-TM (`Txt::Doc. No.`, the CELEX number), LF
    /// Aligner's EU-document mode (`fileId`). OmegaT's `file` is left out: it is written only on alternative
    /// translations, which carry their own `prev`/`next`, and `project_save.tmx` is in no document's order.
    static let documentProps = ["x-document", "x-Document", "x-filename", "x-FileName", "Txt::FileName",
                                "x-MateCAT-filename", "Txt::Doc. No.", "fileId"]

    /// The document that `properties` (a `<tu>`'s or the header's) name: the first non-blank value of
    /// ``documentProps``, trimmed; `nil` when none names one. - Complexity: O(number of document props).
    static func document(in properties: [String: String]) -> String? {
        for key in documentProps {
            if let value = properties[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty { return value }
        }
        return nil
    }

    /// Whether a TMX header's `creationtool` names a sentence aligner, whose output is two texts' sentence
    /// pairs in order: a name holding "align" (LF Aligner, YouAlign, mALIGNa, hunalign, Bertalign,
    /// Wordfast Aligner, WinAlign, AlignFactory), or the aligners named otherwise, bitext2tmx and TMPotter.
    /// Compared without case.
    static func isAligner(creationTool: String) -> Bool {
        let name = creationTool.lowercased()
        return name.contains("align") || name.contains("bitext2tmx") || name.contains("tmpotter")
    }

    /// One `<tu>`'s place in its document: which document, the language of its source side, and that
    /// side's plain text (what a neighbour's ``Variant/previous`` or ``Variant/next`` holds).
    struct Place: Equatable {
        /// The document's name; the file's name when the file is one text from an aligner.
        var document: String
        /// The `<tu>`'s source language (`srclang`).
        var locale: LanguageTag
        /// The source variant's plain text (``Variant/text``).
        var text: String

        /// Whether `other` is a sentence of the same document in the same source language.
        func isBeside(_ other: Place) -> Bool { document == other.document && locale == other.locale }
    }
}
