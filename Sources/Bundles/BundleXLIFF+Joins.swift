import Foundation
import Interchange
import TaalgrensCore

extension BundleXLIFF {
    /// The positions `k` in `segments` (in document order) whose target holds the translation of segment
    /// `k + 1` too: a translator who finds that two sentences read better as one, in a tool that cannot join
    /// segments, writes both into the first target and leaves the second empty (seventh trial, finding 6:
    /// the joined Dutch was stored as the translation of the first English sentence alone, and the next
    /// bundle published the second sentence twice).
    ///
    /// Segment `k` is joined with `k + 1` when the target of `k + 1` is missing or blank, the target of `k`
    /// is not, and either
    /// - the target of `k` holds an inline code whose id only the source of `k + 1` has (the codes of a
    ///   segment's target refer to its own source's, XLIFF 1.2 §2.4 and 2.1 §4.7.1), or
    /// - both belong to one XLIFF unit (one paragraph) and the target's length is nearer the two sources' together than the first source's: at least 1.4 times the
    ///   first source's length and nearer in ratio (the length model of Gale & Church 1993, "A program for
    ///   aligning sentences in bilingual corpora", Computational Linguistics 19(1): translation lengths are
    ///   proportional to source lengths).
    /// - A CAT tool's file made from the bundle joined the two segments (``toolJoinKey`` on the first,
    ///   ``mappingToolFile(_:details:onto:)``): no measure is needed.
    /// - Complexity: O(total length of the segments).
    package static func joinedWithNext(_ segments: [(unit: XLIFFUnit, segment: XLIFFSegment)]) -> Set<Int> {
        var out: Set<Int> = []
        guard segments.count > 1 else { return out }
        for k in 0..<(segments.count - 1) {
            let (unit, first) = segments[k], (nextUnit, second) = segments[k + 1]
            guard !out.contains(k - 1), unit.file == nextUnit.file, let target = first.target, !isBlank(target),
                  second.target.map(isBlank) ?? true else { continue }
            // A CAT tool's file made from the bundle said so: one of its segments held both sentences.
            if first.metadata[toolJoinKey] != nil { out.insert(k); continue }
            let own = Set(first.source.codes.map(\.id)), others = Set(second.source.codes.map(\.id)).subtracting(own)
            if target.codes.contains(where: { others.contains($0.id) }) { out.insert(k); continue }
            guard unit.id == nextUnit.id else { continue }
            let s0 = Double(first.source.plainText.count), s1 = Double(second.source.plainText.count)
            let t = Double(target.plainText.count)
            guard s0 > 0, s1 > 0, t >= 1.4 * s0 else { continue }
            if abs(log(t / (s0 + s1))) < abs(log(t / s0)) { out.insert(k) }
        }
        return out
    }

    /// Whether a target holds no text.
    static func isBlank(_ text: RichText) -> Bool {
        text.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
