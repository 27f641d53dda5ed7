/// The kinds of anchor the aligner looks for: things a translation keeps, so that finding them on both
/// sides of a bead is evidence that the bead is right, and finding them on one side only is evidence
/// against it.
///
/// The weights are in nats, like the length cost they are added to. They were set by hand on the
/// development set (`Tests/Fixtures/alignment/`) and are documented in `docs/alignment.md`.
enum AnchorKind: Int, Hashable, Sendable, CaseIterable {
    /// A number, compared by value across locale formats ("3,000" = "3.000" = "3 000").
    case number
    /// A date, compared by its ISO 8601 components ("11 February 2020" = "11 februari 2020").
    case date
    /// A URL as written.
    case url
    /// The host of a URL (versions often link to their own language's page on the same site).
    case host
    /// An e-mail address.
    case email
    /// The domain of an e-mail address.
    case domain
    /// A name or acronym: a capitalised word that does not start the sentence, or a word in capitals.
    case name
    /// A cognate: the first four letters of a word of four letters or more, case and diacritics folded
    /// (Simard, Foster & Isabelle 1992).
    case cognate
    /// A question mark.
    case question
    /// An exclamation mark.
    case exclamation
    /// A quotation (double quotation marks or guillemets).
    case quotation
    /// A termbase pair: the source term on one side and its target term on the other.
    case term
    /// A word pair learned from the article's own confident beads (``ArticleLexicon``).
    case lexicon

    /// What a pair of equal anchors on the two sides of a bead takes off the bead's cost.
    var matchBonus: Double {
        switch self {
        case .number, .date: 2.5
        case .url: 1.5
        case .host: 1.5
        case .email: 1.5
        case .domain: 1.5
        case .name: 1.5
        case .cognate: 2.5
        case .question, .exclamation: 1.5
        case .quotation: 1.0
        case .term: 2.0
        case .lexicon: 2.0
        }
    }

    /// What an anchor without a partner on the other side of the bead adds to the bead's cost.
    var unmatchedPenalty: Double {
        switch self {
        case .number, .date: 1.5
        case .url: 0.5
        case .host: 1.0
        case .email: 0.5
        case .domain: 1.0
        case .name: 0.3
        case .cognate: 0
        case .question, .exclamation: 1.0
        case .quotation: 0.5
        case .term: 0.5
        case .lexicon: 0
        }
    }
}

/// One anchor occurrence in a segment: an interned key (equal keys mean equal anchors) and a weight in
/// (0, 1] that scales its match bonus (an anchor found in one segment of each version weighs more than one
/// found in many; see ``PairAnchors/weight(_:_:_:)``). The penalty for an unmatched anchor is not scaled.
struct Anchor: Hashable, Sendable {
    var key: Int32
    var kind: AnchorKind
    var weight: Double
    /// Whether this occurrence costs nothing when it has no partner (``RawAnchor/isForgiven``).
    var isForgiven = false
    /// Whether this is an acronym (``RawAnchor/isAcronym``) that the other version never writes, in any
    /// segment: the translation says it in its own words ("mobile phone" for "GSM", "text message" for
    /// "SMS"), so its absence from a bead's other side says nothing against the bead
    /// (``AnchorScore/contradicts(source:target:)``). Its unmatched penalty still counts in the anchor cost.
    var isOwnWord = false
    /// Whether this number is a run of digit groups (``RawAnchor/isRun``), mostly a phone number written in
    /// the version's own format: it takes no part in the rule on different figures
    /// (``AnchorScore/contradicts(source:target:)``).
    var isRun = false
}

/// Interns anchor keys ("n:3000", "c:info", …) as small integers, so that comparing anchors is cheap.
struct AnchorInterner: Sendable {
    private var ids: [String: Int32] = [:]

    mutating func id(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }
}

/// Scores the anchors of a bead: the sum over anchor keys of the matched count times the weight times the
/// kind's bonus (negative cost) and of the unmatched count times the kind's penalty (forgiven occurrences,
/// numbers written as words, excepted).
enum AnchorScore {
    /// The anchor cost of a bead whose source side holds the anchors `source` and target side `target`
    /// (each already sorted by key). Negative when the anchors agree.
    ///
    /// A one-sided bead (1-0, 0-1) costs nothing here: an omitted or added sentence has no partner for its
    /// anchors by definition, and its prior already prices the omission. Unmatched anchors are evidence
    /// only against a bead that claims two texts translate each other.
    /// - Complexity: O(a + b) for sorted inputs.
    static func cost(source: [Anchor], target: [Anchor], oneSided: Bool = false) -> Double {
        if oneSided { return 0 }
        var total = 0.0
        var a = 0, b = 0
        while a < source.count || b < target.count {
            let keyA = a < source.count ? source[a].key : Int32.max
            let keyB = b < target.count ? target[b].key : Int32.max
            let key = min(keyA, keyB)
            var countA = 0, countB = 0
            var kind = AnchorKind.cognate, weight = 1.0
            var forgivenA = 0, forgivenB = 0
            while a < source.count && source[a].key == key {
                countA += 1; kind = source[a].kind; weight = source[a].weight
                if source[a].isForgiven { forgivenA += 1 }
                a += 1
            }
            while b < target.count && target[b].key == key {
                countB += 1; kind = target[b].kind; weight = target[b].weight
                if target[b].isForgiven { forgivenB += 1 }
                b += 1
            }
            let matched = min(countA, countB)
            // The occurrences left without a partner are the larger side's; its forgiven ones (numbers
            // written as words) are taken to be those.
            let unmatched = max(0, max(countA, countB) - matched - (countA > countB ? forgivenA : forgivenB))
            total -= Double(matched) * weight * kind.matchBonus
            total += Double(unmatched) * kind.unmatchedPenalty
        }
        return total
    }

    /// Whether the two sides of a two-sided bead share no anchor at all (no key on both sides, of any kind)
    /// while what a translation keeps speaks against the bead: a number or a date (not a number written as a
    /// word) on either side, which translations write with the same value; or names on one side only (a
    /// name on each side may be one name written per language, Flanders / Vlaanderen, and does not count).
    /// An acronym that the other version never writes (``Anchor/isOwnWord``: Belgian French "GSM" for
    /// "mobile phone") is no such name: a translation could not have kept it. Nothing but length then
    /// speaks for the bead.
    ///
    /// A bead whose two sides each hold a number or a date (not written as a word, not a run of digit groups such
    /// as a phone number, ``Anchor/isRun``) and share none of them is
    /// contradicted too, whatever else they share: a translation keeps figures, so two different sets of figures
    /// are two different statements ("… Tele-Onthaal op 106." / "Télé-Accueil répond … au 107, …", two
    /// helplines that share the cognate "tele"; blind set 8, `heatwave-elderly-helplines`, once "24 heures sur
    /// 24" no longer counted as two numbers, ``AnchorExtractor/repeatedNumberIdioms(_:)``).
    /// - Complexity: O(a + b) for sorted inputs.
    static func contradicts(source: [Anchor], target: [Anchor]) -> Bool {
        var a = 0, b = 0
        var value = false, nameS = false, nameT = false, shared = false
        var figureS = false, figureT = false, sharedFigure = false
        func isFigure(_ anchor: Anchor) -> Bool { (anchor.kind == .number || anchor.kind == .date) && !anchor.isForgiven && !anchor.isRun }
        while a < source.count || b < target.count {
            let keyA = a < source.count ? source[a].key : Int32.max
            let keyB = b < target.count ? target[b].key : Int32.max
            if keyA == keyB {
                shared = true
                if isFigure(source[a]) || isFigure(target[b]) { sharedFigure = true }
                figureS = figureS || isFigure(source[a])
                figureT = figureT || isFigure(target[b])
                a += 1; b += 1
                continue
            }
            let anchor = keyA < keyB ? source[a] : target[b]
            if isFigure(anchor) { if keyA < keyB { figureS = true } else { figureT = true } }
            switch anchor.kind {
            case .number, .date: if !anchor.isForgiven { value = true }
            case .name where !anchor.isOwnWord: if keyA < keyB { nameS = true } else { nameT = true }
            default: break
            }
            if keyA < keyB { a += 1 } else { b += 1 }
        }
        if figureS && figureT && !sharedFigure { return true }
        return !shared && (value || nameS != nameT)
    }

    /// Whether `segment` holds a figure (a number or a date not written as a word, a URL or an e-mail address)
    /// and none of its figures has a partner in `other` (both sorted by key): a sentence whose every figure is
    /// missing from the other side is not translated there. See ``SentenceAligner/unsupportedMergeCost``.
    /// - Complexity: O(a + b) for sorted inputs.
    static func figuresWithoutPartner(_ segment: [Anchor], in other: [Anchor]) -> Bool {
        var held = false
        var b = 0
        for anchor in segment {
            switch anchor.kind {
            case .number, .date, .url, .email:
                if anchor.isForgiven { continue }
                held = true
                while b < other.count && other[b].key < anchor.key { b += 1 }
                if b < other.count && other[b].key == anchor.key { return false }
            default: continue
            }
        }
        return held
    }

    /// The anchor cost of a bead with a name written per language forgiven: when each side holds a name
    /// (kind ``AnchorKind/name``), the lower of ``cost(source:target:oneSided:)`` and the cost with every name
    /// set aside; else the plain cost. A name on each side may be one name written per language ("Waals Gewest"
    /// / "Région wallonne", "(Bruges)" / "(Brugge)"), so its unmatched penalties need not speak against the bead,
    /// as in ``contradicts(source:target:)``; taking the lower of the two keeps the bonus of a name the sides do
    /// share. Used where a bead must show positive evidence: two headings joining a moved section
    /// (``MovedText``) and two additions made one unit (``MultiwayUnits``).
    /// - Parameters:
    ///   - source, target: the anchors of each side, sorted by key.
    /// - Returns: a cost in nats, negative when the anchors agree.
    /// - Complexity: O(a + b).
    static func costSettingNamesAside(source: [Anchor], target: [Anchor]) -> Double {
        let cost = cost(source: source, target: target)
        guard source.contains(where: { $0.kind == .name }) && target.contains(where: { $0.kind == .name }) else { return cost }
        return min(cost, self.cost(source: source.filter { $0.kind != .name }, target: target.filter { $0.kind != .name }))
    }

    /// Whether the two sides share at least one anchor key (of any kind, cognates included).
    /// - Complexity: O(a + b) for sorted inputs.
    static func shares(source: [Anchor], target: [Anchor]) -> Bool {
        var a = 0, b = 0
        while a < source.count && b < target.count {
            if source[a].key == target[b].key { return true }
            if source[a].key < target[b].key { a += 1 } else { b += 1 }
        }
        return false
    }

    /// The anchors of several items (each sorted by key) merged into one list sorted by key.
    /// - Complexity: O(total × lists).
    static func merged(_ lists: ArraySlice<[Anchor]>) -> [Anchor] {
        if lists.count == 1 { return lists.first! }
        var out: [Anchor] = []
        out.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var positions = [Int](repeating: 0, count: lists.count)
        let base = lists.startIndex
        while true {
            var best = -1
            var bestKey = Int32.max
            for k in 0..<lists.count {
                let list = lists[base + k]
                if positions[k] < list.count && list[positions[k]].key < bestKey {
                    bestKey = list[positions[k]].key
                    best = k
                }
            }
            if best < 0 { return out }
            out.append(lists[base + best][positions[best]])
            positions[best] += 1
        }
    }
}
