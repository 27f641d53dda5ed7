import TaalgrensCore
import Tokenization

/// The anchors of two versions, interned together so that they can be compared: per segment and per block,
/// sorted by key, with cognate weights from their document frequency and the termbase pairs that apply.
struct PairAnchors: Sendable {
    var source: [[Anchor]]
    var target: [[Anchor]]
    var sourceBlocks: [[Anchor]]
    var targetBlocks: [[Anchor]]

    /// - Parameters:
    ///   - termPairs: the configured termbase pairs; those whose locales match the two sides (either way
    ///     round) become anchors of kind ``AnchorKind/term``.
    init(source s: AlignmentSide, target t: AlignmentSide, termPairs: [TermPair]) {
        var interner = AnchorInterner()
        // Document frequency of each key on each side, for cognate weights.
        var frequency: [String: (Int, Int)] = [:]
        func keyText(_ a: RawAnchor) -> String { "\(a.kind.rawValue):\(a.key)" }
        for anchors in s.rawAnchors { for key in Set(anchors.map(keyText)) { frequency[key, default: (0, 0)].0 += 1 } }
        for anchors in t.rawAnchors { for key in Set(anchors.map(keyText)) { frequency[key, default: (0, 0)].1 += 1 } }
        let termsS = TermMatcher(pairs: termPairs, this: s.locale, other: t.locale)
        let termsT = TermMatcher(pairs: termPairs, this: t.locale, other: s.locale)
        func convert(_ side: AlignmentSide, terms: TermMatcher) -> [[Anchor]] {
            var out: [[Anchor]] = []
            out.reserveCapacity(side.count)
            for (index, raw) in side.rawAnchors.enumerated() {
                var anchors: [Anchor] = raw.map { a in
                    let key = keyText(a)
                    var weight = 1.0
                    if a.kind == .cognate {
                        let (fs, ft) = frequency[key] ?? (1, 1)
                        // A cognate in one segment per side weighs 1; one spread over many weighs much less
                        // (the square of the inverse of its average document frequency).
                        let spread = min(1, 2 / Double(max(fs + ft, 2)))
                        weight = spread * spread
                    }
                    return Anchor(key: interner.id(key), kind: a.kind, weight: weight)
                }
                for pairIndex in terms.matches(in: side.texts[index]) {
                    anchors.append(Anchor(key: interner.id("term:\(pairIndex)"), kind: .term, weight: 1))
                }
                anchors.sort { $0.key < $1.key }
                out.append(anchors)
            }
            return out
        }
        let sourceAnchors = convert(s, terms: termsS), targetAnchors = convert(t, terms: termsT)
        source = sourceAnchors
        target = targetAnchors
        sourceBlocks = s.blocks.map { AnchorScore.merged(sourceAnchors[$0.segments]) }
        targetBlocks = t.blocks.map { AnchorScore.merged(targetAnchors[$0.segments]) }
    }
}

/// Finds the termbase pairs that apply to one side of an alignment in its segments' text.
struct TermMatcher: Sendable {
    /// For each applicable pair: its index among the configured pairs and the folded term to look for.
    private var terms: [(index: Int, folded: [String])] = []

    /// - Parameters:
    ///   - this: the locale of the side searched.
    ///   - other: the locale of the other side. The pair index is shared by both sides' matchers, so a
    ///     pair found on both sides of a bead is a match.
    init(pairs: [TermPair], this: LanguageTag, other: LanguageTag) {
        for (index, pair) in pairs.enumerated() {
            if pair.sourceLocale.matches(this) && pair.targetLocale.matches(other) {
                terms.append((index, TextFolding.words(pair.sourceTerm)))
            } else if pair.targetLocale.matches(this) && pair.sourceLocale.matches(other) {
                terms.append((index, TextFolding.words(pair.targetTerm)))
            }
        }
    }

    /// The indices of the pairs whose term occurs in `text`, once per occurrence.
    /// - Complexity: O(w · t) for w words and t terms.
    func matches(in text: String) -> [Int] {
        guard !terms.isEmpty else { return [] }
        let words = TextFolding.words(text)
        var out: [Int] = []
        for (index, term) in terms where !term.isEmpty && term.count <= words.count {
            for start in 0...(words.count - term.count) {
                var ok = true
                for k in 0..<term.count {
                    let w = words[start + k], t = term[k]
                    // The last word may carry an inflection ("helplines" for "helpline").
                    if k == term.count - 1 ? !w.hasPrefix(t) || w.count > t.count + 3 : w != t { ok = false; break }
                }
                if ok { out.append(index) }
            }
        }
        return out
    }
}

/// Word splitting for term lookup.
enum TextFolding {
    /// The words of `text`, case and diacritics folded (``TextKey/fold(_:)``): runs of letters and digits
    /// (an apostrophe splits "l'école" into "l" and "ecole").
    static func words(_ text: String) -> [String] {
        TextKey.fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
