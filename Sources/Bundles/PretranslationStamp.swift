import Crypto
import Foundation
import Interchange
import TaalgrensCore

/// What the memory put into a bundle segment, recorded in the segment's metadata at export so that
/// `taalgrens import` can tell a translator's edit from a pre-translation nobody touched
/// (`docs/bundles.md`, "What the memory gave").
///
/// A bundle writes exact and context matches with state `translated`. Without this record, importing an
/// older bundle's `article.xlf` after a newer translation was stored would put the older text back for
/// segments nobody touched. With it, a segment whose target and state are what the export wrote is
/// untouched: the import leaves the memory alone for it and counts it as unchanged.
///
/// Two metadata entries on every segment the bundle fills (XLIFF 2.1 `<mda:meta>` in the segment's
/// metadata group, XLIFF 1.2 `<prop>` in its `segment` prop group; both schema-valid):
/// - `pretranslation-state`: the state written (`translated`, or `initial` for a fuzzy draft);
/// - `pretranslation-hash`: ``hash(_:)`` of the target written.
public enum PretranslationStamp {
    /// Metadata key of the state the export wrote.
    public static let stateKey = "pretranslation-state"
    /// Metadata key of the hash of the target the export wrote.
    public static let hashKey = "pretranslation-hash"

    /// SHA-256 (FIPS 180-4), as 64 lowercase hex digits, of a target as the memory compares translations:
    /// its plain text in Unicode NFC, then each inline code's UTF-16 offset, kind and type
    /// (``RichText/positionedCodes``). Code ids and attributes are left out: a CAT tool may renumber
    /// codes, and that is no edit of the translation.
    /// - Complexity: O(n) in the length of the text.
    public static func hash(_ target: RichText) -> String {
        var canonical = ICU.normalize(target.plainText, .nfc)
        for (offset, code) in target.positionedCodes {
            canonical += "\u{1F}\(offset):\(code.kind.rawValue):\(code.type.rawValue)"
        }
        return SHA256.hash(data: Data(canonical.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The metadata entries for a segment written with `target` in `state`.
    public static func metadata(target: RichText, state: XLIFFState) -> [String: String] {
        [stateKey: state.rawValue, hashKey: hash(target)]
    }

    /// Whether a returned segment still holds what the export wrote: the same state and a target with the
    /// same hash. `false` for a segment without the record (another tool's XLIFF, or a bundle written
    /// before the record existed), so such segments are imported as before.
    public static func isUntouched(_ segment: XLIFFSegment) -> Bool {
        guard let target = segment.target, let state = segment.metadata[stateKey], let hash = segment.metadata[hashKey] else {
            return false
        }
        guard hash == self.hash(target) else { return false }
        // A confirmed pre-translation goes out in XLIFF 1.2 as state="translated" approved="yes", which reads
        // back as reviewed (``XLIFFSegment/confirmed``): the same state as written.
        if isConfirmedByExport(segment) { return true }
        return state == segment.state.rawValue
    }

    /// Whether a returned segment's approval is the one the export wrote: the record says `translated`, and
    /// the segment reads as reviewed only through XLIFF 1.2's `approved="yes"` on `state="translated"`
    /// (``XLIFFSegment/confirmed``). Such a segment was not reviewed by anyone the file names, whatever its
    /// text now is. `false` without the record.
    public static func isConfirmedByExport(_ segment: XLIFFSegment) -> Bool {
        segment.metadata[stateKey] == XLIFFState.translated.rawValue && segment.state == .reviewed && segment.confirmed
    }

    /// Whether a returned segment is a fuzzy draft the export wrote (`pretranslation-state` `initial`) whose
    /// target a translator changed while its state stayed initial (a tool that keeps the state it found, or
    /// an edit by hand): the record is there and the target's hash differs from it. `false` without the
    /// record, for an empty target, and for a draft left as written.
    public static func isEditedDraft(_ segment: XLIFFSegment) -> Bool {
        guard let target = segment.target, !target.plainText.allSatisfy(\.isWhitespace),
              segment.metadata[stateKey] == XLIFFState.initial.rawValue, let hash = segment.metadata[hashKey] else {
            return false
        }
        return segment.state == .initial && hash != self.hash(target)
    }
}
