import TaalgrensCore
import Tokenization

/// The anchors of two versions, interned together so that they can be compared: per segment and per block,
/// sorted by key, with weights from their document frequency and the termbase concepts that apply.
struct PairAnchors: Sendable {
    var source: [[Anchor]]
    var target: [[Anchor]]
    var sourceBlocks: [[Anchor]]
    var targetBlocks: [[Anchor]]

    /// - Parameters:
    ///   - termPairs: the configured termbase pairs; those whose locales match the two sides (either way
    ///     round) become anchors of kind ``AnchorKind/term``, one key per concept (the terms linked by pairs).
    ///   - lexicon: word pairs learned from the article (``ArticleLexicon``), anchors of kind
    ///     ``AnchorKind/lexicon``; empty in the first alignment.
    init(source s: AlignmentSide, target t: AlignmentSide, termPairs: [TermPair], lexicon: ArticleLexicon = .empty) {
        let terms = TermIndex(pairs: termPairs, source: s.locale, target: t.locale)
        func withTerms(_ side: AlignmentSide, _ entries: [TermIndex.Entry], _ learned: [[RawAnchor]]) -> [[RawAnchor]] {
            side.rawAnchors.enumerated().map { index, raw in
                raw + TermIndex.matches(of: entries, in: side.texts[index]).map { RawAnchor(kind: .term, key: String($0)) }
                    + learned[index]
            }
        }
        let rawS = withTerms(s, terms.source, lexicon.anchors(of: s, isSource: true))
        let rawT = withTerms(t, terms.target, lexicon.anchors(of: t, isSource: false))
        // Document frequency of each key on each side: an anchor found in many segments says little about
        // which of them a segment pairs with.
        var frequency: [String: (Int, Int)] = [:]
        func keyText(_ a: RawAnchor) -> String { "\(a.kind.rawValue):\(a.key)" }
        for anchors in rawS { for key in Set(anchors.map(keyText)) { frequency[key, default: (0, 0)].0 += 1 } }
        for anchors in rawT { for key in Set(anchors.map(keyText)) { frequency[key, default: (0, 0)].1 += 1 } }
        var interner = AnchorInterner()
        // An acronym the other version never writes is the translation's own word (``Anchor/isOwnWord``).
        func convert(_ raws: [[RawAnchor]], isSource: Bool) -> [[Anchor]] {
            raws.map { raw in
                raw.map { a in
                    let key = keyText(a)
                    let (fs, ft) = frequency[key] ?? (1, 1)
                    return Anchor(key: interner.id(key), kind: a.kind, weight: Self.weight(a.kind, fs, ft), isForgiven: a.isForgiven,
                                  isOwnWord: a.isAcronym && (isSource ? ft : fs) == 0, isRun: a.isRun)
                }.sorted { $0.key < $1.key }
            }
        }
        let sourceAnchors = convert(rawS, isSource: true), targetAnchors = convert(rawT, isSource: false)
        source = sourceAnchors
        target = targetAnchors
        sourceBlocks = s.blocks.map { AnchorScore.merged(sourceAnchors[$0.segments]) }
        targetBlocks = t.blocks.map { AnchorScore.merged(targetAnchors[$0.segments]) }
    }

    /// The weight of a match bonus for an anchor found in `fs` source and `ft` target segments: 1 when it
    /// is in one segment of each, `2 / (fs + ft)` when it is spread over more, squared for cognates (whose
    /// frequent prefixes are mostly chance). Question and exclamation marks and quotations weigh 1: they
    /// mark the kind of sentence, not its content.
    static func weight(_ kind: AnchorKind, _ fs: Int, _ ft: Int) -> Double {
        switch kind {
        case .question, .exclamation, .quotation: return 1
        default:
            let spread = min(1, 2 / Double(max(fs + ft, 2)))
            return kind == .cognate ? spread * spread : spread
        }
    }
}

/// The termbase terms that apply to two versions, grouped into concepts: terms linked by pairs (directly
/// or through other pairs) share one anchor key, so a term found in a segment counts once, however many
/// pairs name it.
struct TermIndex: Sendable {
    /// A term to look for on one side: its concept and its folded words.
    struct Entry: Sendable {
        var concept: Int
        var words: [String]
        /// The term's last word is an acronym (written in capitals: "AR", "KB", "GDPR") or of one or two letters:
        /// it takes no inflection but a plural "s", so that "AR" is not found in "art." nor "KB" in "kbo".
        var exactLast = false
    }

    var source: [Entry] = []
    var target: [Entry] = []

    init(pairs: [TermPair], source s: LanguageTag, target t: LanguageTag) {
        var nodes: [String: Int] = [:]
        var sets = DisjointSets(count: pairs.count * 2)
        var sides: [(side: Int, words: [String], exactLast: Bool, node: Int)] = []
        func node(_ side: Int, _ term: String) -> Int {
            let termWords = TextFolding.termWords(term)
            let words = termWords.map(\.word)
            let key = "\(side):" + words.joined(separator: " ")
            if let known = nodes[key] { return known }
            let id = nodes.count
            nodes[key] = id
            sides.append((side, words, termWords.last.map { $0.capitals || $0.word.count <= 2 } ?? false, id))
            return id
        }
        for pair in pairs {
            let a: Int, b: Int
            if pair.sourceLocale.matches(s) && pair.targetLocale.matches(t) {
                a = node(0, pair.sourceTerm); b = node(1, pair.targetTerm)
            } else if pair.sourceLocale.matches(t) && pair.targetLocale.matches(s) {
                a = node(1, pair.sourceTerm); b = node(0, pair.targetTerm)
            } else { continue }
            sets.union(a, b)
        }
        for entry in sides where !entry.words.isEmpty {
            let e = Entry(concept: sets.find(entry.node), words: entry.words, exactLast: entry.exactLast)
            if entry.side == 0 { source.append(e) } else { target.append(e) }
        }
    }

    /// The concepts of the terms found in `text`, once per occurrence. Words are compared folded (case and
    /// diacritics), initials written with dots as one word ("A.R." is "AR": ``TextFolding/termWords(_:)``); the
    /// last word of a term may carry an inflection of up to three letters ("helplines" for "helpline"), except
    /// an acronym's or a word of one or two letters, which may only take a plural "s" (``Entry/exactLast``;
    /// eighteenth trial, finding 3: the IATE term "AR" was found in "l'art. 5" and paired the wrong sentences).
    /// - Complexity: O(w · t) for w words and t terms.
    static func matches(of entries: [Entry], in text: String) -> [Int] {
        guard !entries.isEmpty else { return [] }
        let words = TextFolding.termWords(text).map(\.word)
        var out: [Int] = []
        for entry in entries where entry.words.count <= words.count {
            let term = entry.words
            for start in 0...(words.count - term.count) {
                var ok = true
                for k in 0..<term.count {
                    let w = words[start + k], t = term[k]
                    let last = k == term.count - 1
                    if last && entry.exactLast ? w != t && w != t + "s"
                        : last ? !w.hasPrefix(t) || w.count > t.count + 3 : w != t { ok = false; break }
                }
                if ok { out.append(entry.concept) }
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

    /// The words of `text` as term lookup sees them: ``words(_:)``, except that initials written with a dot
    /// after each letter are one word of their letters ("A.R." → "ar", "K.B." → "kb", "v.z.w." → "vzw"), since a
    /// termbase (IATE among them) writes them without dots; each with whether it is written in capitals (two or
    /// more letters, none small: an acronym).
    /// - Complexity: O(n) in the length of `text`.
    static func termWords(_ text: String) -> [(word: String, capitals: Bool)] {
        // Runs of letters and digits as written, each with the text between it and the next run.
        var runs: [(text: Substring, gapAfter: Substring)] = []
        var i = text.startIndex
        while i < text.endIndex {
            guard text[i].isLetter || text[i].isNumber else { i = text.index(after: i); continue }
            var j = i
            while j < text.endIndex, text[j].isLetter || text[j].isNumber { j = text.index(after: j) }
            var k = j
            while k < text.endIndex, !(text[k].isLetter || text[k].isNumber) { k = text.index(after: k) }
            runs.append((text[i..<j], text[j..<k]))
            i = k
        }
        var out: [(word: String, capitals: Bool)] = []
        var r = 0
        while r < runs.count {
            var letters = String(runs[r].text)
            var end = r
            if runs[r].text.count == 1, runs[r].text.first!.isLetter {
                while end + 1 < runs.count, runs[end].gapAfter == ".", runs[end + 1].text.count == 1, runs[end + 1].text.first!.isLetter {
                    end += 1
                    letters += runs[end].text
                }
            }
            let capitals = letters.count >= 2 && letters.contains(where: \.isUppercase) && !letters.contains(where: \.isLowercase)
            out.append((TextKey.fold(letters), capitals))
            r = end + 1
        }
        return out
    }
}
