import Foundation
import Testing
import TaalgrensCore
import Alignment

/// Damage confined: deleting a paragraph or splitting a sentence in one version changes no bead more than
/// one position away from the edit, and the beads that do change fall below the review threshold.
///
/// A bead "changes" when, with the edited version's indices mapped back to the original ones, it is not a
/// bead of the original alignment. A bead further away may change only where the original alignment was
/// itself below the review threshold there (a coin flip the model already flagged may land the other way).
/// A bead that the edit turns into its gold bead is a correction, not damage, and is not checked; a pair
/// whose translation units are the bead's finer pairs (`Bead.finerPairs`) is checked pair by pair.
/// The edits: deleting the middle paragraph (a block of kind paragraph), among those that every version translates and whose
/// neighbours every version translates too (a deletion next to a paragraph that only some versions have
/// would be a second edit); splitting, at the space nearest its middle, the longest sentence that every
/// version translates one to one (the cut leaves two pieces, as a segmentation error does).
@Suite struct DamageTests {
    /// The development set's articles and those of blind sets 1, 3, 4 and 5 (as `blind/<case>`, `blind3/<case>`,
    /// `blind4/<case>`, `blind5/<case>`).
    static var cases: [String] {
        ((try? Fixtures.caseNames(in: Fixtures.alignment)) ?? [])
            + ["blind", "blind3", "blind4", "blind5"].flatMap { set in
                ((try? Fixtures.caseNames(in: Fixtures.alignment.appendingPathComponent(set))) ?? []).map { "\(set)/\($0)" }
            }
    }

    /// An edit of one version: which original segments it touched and how to map edited indices back.
    struct Edit {
        var description: String
        var blocks: [(BlockKind, [String])]
        /// Original indices of the segments deleted or split.
        var touched: [Int]
        /// Maps a segment index of the edited version to the original index.
        var original: (Int) -> Int
    }

    static func deleteBlock(_ blocks: [(BlockKind, [String])], _ b: Int) -> Edit {
        let first = blocks[..<b].reduce(0) { $0 + $1.1.count }, count = blocks[b].1.count
        var edited = blocks
        edited.remove(at: b)
        return Edit(description: "delete block \(b)", blocks: edited, touched: Array(first..<(first + count)),
                    original: { $0 >= first ? $0 + count : $0 })
    }

    /// Splits segment `k` at the space closest to its middle.
    static func splitSegment(_ blocks: [(BlockKind, [String])], _ k: Int) -> Edit? {
        var edited = blocks, index = 0
        for (b, block) in blocks.enumerated() {
            if k < index + block.1.count {
                let sentence = block.1[k - index]
                let spaces = sentence.indices.filter { sentence[$0] == " " }
                guard spaces.count >= 5 else { return nil }
                let middle = sentence.index(sentence.startIndex, offsetBy: sentence.count / 2)
                let cut = spaces.min { abs(sentence.distance(from: $0, to: middle)) < abs(sentence.distance(from: $1, to: middle)) }!
                edited[b].1.replaceSubrange((k - index)...(k - index),
                                            with: [String(sentence[..<cut]), String(sentence[sentence.index(after: cut)...])])
                return Edit(description: "split segment \(k)", blocks: edited, touched: [k], original: { $0 > k ? $0 - 1 : $0 })
            }
            index += block.1.count
        }
        return nil
    }

    /// Checks one edit of version `v`: returns the number of beads that changed.
    @discardableResult
    static func check(_ c: Fixtures.Case, version v: Int, _ edit: Edit, original: ArticleAlignment) throws -> Int {
        var versions = c.versions
        let locale = c.locales[v]
        versions[v] = Fixtures.article(id: c.name, locale: locale, blocks: edit.blocks)
        let edited = try Aligner().align(versions, source: original.source)
        let before = Set(original.beads.map(\.segments))
        var mapped: [[LanguageTag: [Int]]] = []
        for bead in edited.beads {
            var segments = bead.segments
            segments[locale] = Array(Set(bead.indices(for: locale).map(edit.original))).sorted()
            mapped.append(segments)
        }
        // The edit's place in the edited alignment: the beads holding what was aligned with the touched
        // segments, and the edited version's segments next to the edit.
        let touched = Set(edit.touched)
        let partners = original.beads.filter { !touched.isDisjoint(with: $0.indices(for: locale)) }
        var zone: [Int] = []
        for (position, bead) in mapped.enumerated() {
            let mine = Set(bead[locale] ?? [])
            let nearEdit = mine.contains { touched.contains($0) || touched.contains($0 + 1) || touched.contains($0 - 1) }
            let sharesPartner = partners.contains { p in
                original.locales.contains { l in l != locale && !Set(p.indices(for: l)).isDisjoint(with: bead[l] ?? []) }
            }
            if nearEdit || sharesPartner { zone.append(position) }
        }
        let lo = (zone.min() ?? 0) - 1, hi = (zone.max() ?? edited.beads.count) + 1
        // The gold beads, with empty sides dropped as the aligner drops them.
        let gold = Set(c.gold.map { $0.filter { !$0.value.isEmpty } })
        var changed = 0
        for (position, bead) in mapped.enumerated() where !before.contains(bead) {
            changed += 1
            // A bead that the edit turned into its gold bead is a correction, not damage (splitting the
            // sentence a translation merged can make its merge visible to the aligner).
            if gold.contains(bead.filter { !$0.value.isEmpty }) { continue }
            let wasFlagged = original.beads.filter { o in
                original.locales.contains { l in !Set(o.indices(for: l)).isDisjoint(with: bead[l] ?? []) }
            }.allSatisfy(\.needsReview)
            #expect((lo...hi).contains(position) || wasFlagged,
                    "\(c.name) \(locale) \(edit.description): bead \(position) \(bead) changed, away from the edit (beads \(lo + 1)...\(hi - 1))")
            #expect(edited.beads[position].needsReview,
                    "\(c.name) \(locale) \(edit.description): changed bead \(position) \(bead) has confidence \(edited.beads[position].confidence), not below the threshold")
            // Per pair: each pair (source, l) of the bead that changed is below the threshold too, so the
            // translation units made from it need review. A pair is unchanged when the original alignment
            // held it, or a coarser group around it (a 2-2 bead that the deleted version's merge had joined
            // falls apart into its 1-1 pairs), with the same sides empty.
            let source = original.source
            for l in original.locales where l != source {
                let (x, y) = (bead[source] ?? [], bead[l] ?? [])
                guard !(x.isEmpty && y.isEmpty) else { continue }
                let kept = original.beads.contains { o in
                    let (ox, oy) = (o.indices(for: source), o.indices(for: l))
                    return Set(x).isSubset(of: ox) && Set(y).isSubset(of: oy) && x.isEmpty == ox.isEmpty && y.isEmpty == oy.isEmpty
                }
                guard !kept else { continue }
                // When the bead's units for l are its finer pairs (Bead.finerPairs), those are what is
                // stored: each must be a pair the original held, or be below the threshold itself.
                let finer = edited.beads[position].finerPairs[l] ?? []
                if !finer.isEmpty {
                    for pair in finer {
                        let (fx, fy) = (Set(pair.source.map { source == locale ? edit.original($0) : $0 }),
                                        Set(pair.target.map { l == locale ? edit.original($0) : $0 }))
                        let held = original.beads.contains { o in
                            fx.isSubset(of: o.indices(for: source)) && fy.isSubset(of: o.indices(for: l))
                        }
                        #expect(held || pair.confidence < original.reviewThreshold,
                                "\(c.name) \(locale) \(edit.description): the changed finer \(source)–\(l) pair \(pair.source)/\(pair.target) of bead \(position) \(bead) has confidence \(pair.confidence)")
                    }
                    continue
                }
                #expect(edited.beads[position].confidence(for: l) < original.reviewThreshold,
                        "\(c.name) \(locale) \(edit.description): the changed \(source)–\(l) pair of bead \(position) \(bead) has confidence \(edited.beads[position].confidence(for: l))")
            }
        }
        return changed
    }

    @Test(arguments: cases) func deletingAParagraphIsConfined(_ name: String) throws {
        let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent(name))
        let original = try Aligner().align(c.versions, source: nil)
        var edits = 0
        for v in c.versions.indices where c.locales[v] != original.source {
            // The middle block, other than the title, of those translated in every version (gold).
            let translated = { (b: Int) -> Bool in
                let edit = Self.deleteBlock(c.raw[v], b)
                return c.gold.allSatisfy { bead in
                    Set(bead[c.locales[v]] ?? []).isDisjoint(with: edit.touched) || c.locales.allSatisfy { !(bead[$0] ?? []).isEmpty }
                }
            }
            let blocks = c.raw[v].indices.filter { b in
                c.raw[v][b].0 == .paragraph && [b - 1, b, b + 1].allSatisfy { !c.raw[v].indices.contains($0) || translated($0) }
            }
            guard !blocks.isEmpty else { continue }
            let b = blocks[blocks.count / 2]
            let edit = Self.deleteBlock(c.raw[v], b)
            let changed = try Self.check(c, version: v, edit, original: original)
            let hadPartners = original.beads.contains { bead in
                !Set(bead.indices(for: c.locales[v])).isDisjoint(with: edit.touched)
                    && c.locales.contains { $0 != c.locales[v] && !bead.indices(for: $0).isEmpty }
            }
            if hadPartners { #expect(changed > 0, "deleting block \(b) of \(c.locales[v]) must change the beads of its partners") }
            edits += 1
        }
        #expect(edits >= 1)
    }

    @Test(arguments: cases) func splittingASentenceIsConfined(_ name: String) throws {
        let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent(name))
        let original = try Aligner().align(c.versions, source: nil)
        var edits = 0
        for v in c.versions.indices {
            // A sentence translated one to one in every version: the longest such sentence.
            let locale = c.locales[v]
            let sentences = c.raw[v].flatMap(\.1)
            let candidates = original.beads.filter { bead in c.locales.allSatisfy { bead.indices(for: $0).count == 1 } }
                .map { $0.indices(for: locale)[0] }
            guard let k = candidates.max(by: { sentences[$0].count < sentences[$1].count }),
                  let edit = Self.splitSegment(c.raw[v], k) else { continue }
            try Self.check(c, version: v, edit, original: original)
            edits += 1
        }
        #expect(edits >= 2)
    }
}
