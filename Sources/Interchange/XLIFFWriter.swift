import Foundation
import TaalgrensCore

/// Writes an ``XLIFFDocument`` as XLIFF 2.1, 2.0 or 1.2.
///
/// - XLIFF 2.1 (OASIS, 2018) with the Translation Candidates module (`mtc`, section 5.2) and the Metadata
///   module (`mda`, section 5.5). The output validates against the core schema together with both
///   modules' schemas (`xliff_with_modules.xsd`, the OASIS XLIFF 2.0 schemas).
/// - XLIFF 2.0 (OASIS, 2014): the same document with `version="2.0"` (both modules are 2.0's).
/// - XLIFF 1.2 (OASIS, 2008): units as `<group>`s of `<trans-unit>`s (one per segment), candidates as
///   `<alt-trans>`, inline codes as `<g>`/`<x/>`/`<bx/>`/`<ex/>`. The output validates against the 1.2
///   transitional schema.
///
/// Both are UTF-8, indented between elements and never inside segment content, and deterministic: the
/// same document gives the same bytes (metadata keys sorted, no dates written). The mapping tables and
/// the decisions behind them are in `docs/interchange.md`.
public enum XLIFFWriter {
    /// The document as XLIFF bytes.
    /// - Parameters:
    ///   - doc: the document. Ids that are not XML NMTOKENs are made so (other characters become `_`);
    ///     repeated unit or segment ids get a `-2`, `-3` suffix; units without segments are left out.
    ///   - version: ``XLIFFVersion/v21`` (default for bundles), ``XLIFFVersion/v20`` (the same document,
    ///     `version="2.0"`) or ``XLIFFVersion/v12``.
    /// - Throws: ``InputError`` naming the document (its `original`, else its file id) when no unit has a
    ///   segment: XLIFF 2.1 requires at least one `<unit>` in a `<file>` (section 4.2.2.2), and a 1.2 file
    ///   without a `<trans-unit>` has nothing to translate. Nothing is written then: there is no valid
    ///   document to write.
    /// - Complexity: O(n) in the size of the document.
    public static func write(_ doc: XLIFFDocument, version: XLIFFVersion = .v21) throws -> Data {
        guard doc.units.contains(where: { !$0.segments.isEmpty }) else {
            throw InputError(file: doc.original ?? "XLIFF file \(doc.fileID)",
                             "nothing to translate: no unit has a segment, and an XLIFF <file> needs at least one <unit> (XLIFF 2.1 section 4.2.2.2)")
        }
        return switch version {
        case .v21: XLIFF2Writer.write(doc, version: "2.1")
        case .v20: XLIFF2Writer.write(doc, version: "2.0")
        case .v12: XLIFF12Writer.write(doc)
        }
    }
}
