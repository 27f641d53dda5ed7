import Foundation
import Interchange
import TaalgrensCore

extension BundleXLIFF {
    /// A segment of a returned bundle that a translation tool split off the segment before it, and what
    /// it was merged into.
    struct SplitPiece {
        /// The merged segment's position in the list ``mergingSplitSegments(_:)`` returns.
        var into: Int
        /// The split-off piece's segment id, as the tool wrote it.
        var pieceID: String
    }

    /// The sentences a bundle segment id names: `b<block>.s<n>` is sentence n, `b<block>.s<n>-<m>` sentences
    /// n to m (the ids ``SegmentDecision`` writes); `nil` for any other id.
    static func exportedSentences(_ id: String) -> ClosedRange<Int>? {
        guard let dot = id.lastIndex(of: "."), id[id.index(after: dot)...].first == "s" else { return nil }
        let range = id[id.index(dot, offsetBy: 2)...].split(separator: "-", omittingEmptySubsequences: false)
        guard let first = range.first.flatMap({ Int($0) }) else { return nil }
        switch range.count {
        case 1: return first...first
        case 2: if let last = Int(range[1]), last >= first { return first...last } else { return nil }
        default: return nil
        }
    }

    /// A returned bundle's segments with the pieces a translation tool split off one exported segment
    /// merged back into it (ninth trial, finding 5: Okapi, Trados and memoQ let a translator split a
    /// segment; the pieces were stored as units of half sentences, and the next bundle of the same article
    /// found no translation for the exported sentence).
    ///
    /// A segment is a piece split off the segment before it when both are in one XLIFF unit (one block),
    /// the one before carries an id this bundle's export wrote (``exportedSentences(_:)``), and its own id
    /// is not such an id or names sentences the segments before it in the unit already cover (a tool
    /// that keeps the first piece's id and numbers the others `b2.s1-2`, `b2.s1_1`, `s5`, …). The pieces'
    /// sources and targets are concatenated, a space put between two pieces when neither side has white
    /// space there; a piece without a target leaves the merged target as it is. A unit whose first
    /// segment already has a foreign id (a tool that renumbered every segment) is left as it is.
    /// - Parameter flat: the segments in document order, with their units.
    /// - Returns: the segments with pieces merged, and one entry per merged piece.
    /// - Complexity: O(segments + total text length).
    static func mergingSplitSegments(_ flat: [(XLIFFUnit, XLIFFSegment)]) -> ([(XLIFFUnit, XLIFFSegment)], [SplitPiece]) {
        var out: [(XLIFFUnit, XLIFFSegment)] = []
        var pieces: [SplitPiece] = []
        var covered: Set<Int> = []  // sentences of the current unit named by ids seen so far
        var anchored = false  // the previous segment of the current unit has an exported id
        for (index, (unit, segment)) in flat.enumerated() {
            let sameUnit = index > 0 && flat[index - 1].0.id == unit.id && flat[index - 1].0.file == unit.file
            if !sameUnit { covered = []; anchored = false }
            let sentences = exportedSentences(segment.id)
            let isPiece = sameUnit && anchored && (sentences.map { !covered.isDisjoint(with: $0) } ?? true)
            if isPiece, var merged = out.last?.1 {
                merged.source = joined(merged.source, segment.source)
                if let piece = segment.target, !isBlank(piece) {
                    merged.target = merged.target.map { joined($0, piece) } ?? piece
                }
                out[out.count - 1].1 = merged
                pieces.append(SplitPiece(into: out.count - 1, pieceID: segment.id))
                continue
            }
            anchored = sentences != nil
            if let sentences { covered.formUnion(sentences) }
            out.append((unit, segment))
        }
        return (out, pieces)
    }

    /// `a` followed by `b`, with a space between them when neither ends or starts with white space.
    static func joined(_ a: RichText, _ b: RichText) -> RichText {
        let end = a.plainText.last, start = b.plainText.first
        let spaced = end == nil || start == nil || end!.isWhitespace || start!.isWhitespace
        return spaced ? a + b : a + RichText(plain: " ") + b
    }
}
