import TaalgrensCore

/// Carries a stored target's inline codes over to the source being translated.
///
/// A match's target was stored with the codes of the article it came from: their ids and attributes (a
/// link's `href`) belong to that article. The bundle needs the target with the codes of *this* source, so that
/// the XLIFF target's `<pc>` ids match the source's and the rendered article links where this article links.
///
/// Mapping, by anchor (an opening or standalone code; a closing code follows its opening):
/// 1. target anchor → stored-source anchor: the same id and type when the stored source has it, else the
///    k-th anchor of that type in the target goes to the k-th of that type in the stored source;
/// 2. stored-source anchor → query anchor: the k-th anchor of a type goes to the k-th of that type.
/// A mapped code takes the query code's id and type. It keeps the stored target's attributes when the
/// stored source code has the same attributes as the query's (the memory saw the same link, and its
/// translation may point to the target-language page: `/en/about-us` became `/nl/over-ons`); otherwise it
/// takes the query code's attributes. Keys the target's code lacks are taken from the query code either way,
/// so a link re-created by a CAT tool without its `href` links where the source links.
///
/// **Codes without an HTML type** (Trados's numeric `type="1"`, OmegaT's level-2 `<bpt>&lt;b0&gt;</bpt>`: type
/// `other`) cannot meet the article's link or bold by type. When the stored source and the query source have
/// the same codes in the same nesting (the same sequence of openings, closings and standalones, each closing
/// closing the same opening) and each pair of codes at one position has the same type or one of them is
/// `other`, step 2 pairs them **by position** instead (eleventh trial, finding 5).
///
/// **Another kind at the same place.** A mapped code takes the query code's kind where they differ, so a
/// draft never holds a code of another kind than the source's under the same id (`<ph id="1">` against the
/// source's `<pc id="1">`, which `taalgrens check` reports; eleventh trial, finding 8): a standalone (memoQ's
/// `<ph type="link">`) against a source pair becomes an empty pair at its place, for the translator to put
/// the words in; a pair against a source standalone becomes that standalone at the opening's place. A code
/// the query source pairs inside the segment but the target has alone (its partner lay in another segment
/// of the memory's document: XLIFF 1.2 `<bx>` against `<g>`) gets its partner at the target's end (a
/// closing) or start (an opening). Each such change is listed in ``Result/reshaped`` and makes the segment
/// need review.
///
/// A target anchor with no counterpart in the stored source at all (no code of its type left there) is a
/// **target-only code**: the translator added it (French `1<sup>er</sup>` for "1st", a Dutch `<em>` the
/// English lacks): an *added code* in the words of XLIFF 2.1 ("Inline Codes"), which "Target Content
/// Modification" lets a target have. It is kept, with its own type and attributes and a new id made from
/// `targetOnlyPrefix` (`b3.s1-t1`, unique in the XLIFF unit, so no source code claims it), and does not
/// make the segment need review. A code whose stored-source counterpart has none
/// in the query source cannot be mapped: it is dropped (its text stays). A query anchor no target code maps
/// to is missing. Dropped and missing codes make the segment need review.
enum InlineCodeMapping {
    struct Result: Hashable, Sendable {
        var target: RichText
        /// Target codes whose source counterpart the query source lacks; they were dropped.
        var dropped: Int
        /// Source anchors with no counterpart in the target.
        var missing: Int
        /// The ids (in ``target``) of the target-only codes kept: paired codes once.
        var targetOnly: [String] = []
        /// What was changed to give a code the query source's kind or its partner (see the type's
        /// documentation), one phrase each ("a standalone link became an empty link pair").
        var reshaped: [String] = []
        var isClean: Bool { dropped == 0 && missing == 0 && reshaped.isEmpty }
    }

    /// Maps a stored target's codes onto the query source's (see the type's documentation).
    /// - Parameters:
    ///   - target: the memory's target, with the codes of the article it came from.
    ///   - storedSource: the memory's source of that unit.
    ///   - querySource: the source sentence being translated.
    ///   - targetOnlyPrefix: the prefix of the ids given to target-only codes (`b3.s1-t` gives `b3.s1-t1`, …).
    /// - Complexity: O(n·m) in the numbers of target and stored-source codes (a handful per sentence).
    static func map(target: RichText, storedSource: RichText, querySource: RichText, targetOnlyPrefix: String = "t") -> Result {
        let queryAnchors = anchors(of: querySource)
        let storedAnchors = anchors(of: storedSource)
        let targetAnchors = anchors(of: target)
        if queryAnchors.isEmpty && targetAnchors.isEmpty { return Result(target: target, dropped: 0, missing: 0) }

        // stored-source anchor id → query code: by position when both sources have the same codes in the
        // same nesting and compatible types, else by type order.
        var storedToQuery: [String: InlineCode] = [:]
        if positionallyAlike(storedSource, querySource) {
            for (s, q) in zip(storedAnchors, queryAnchors) { storedToQuery[s.id] = q }
        } else {
            for type in Set(storedAnchors.map(\.type)) {
                let stored = storedAnchors.filter { $0.type == type }, query = queryAnchors.filter { $0.type == type }
                for (s, q) in zip(stored, query) { storedToQuery[s.id] = q }
            }
        }
        // target anchor id → stored-source anchor id: same id and type first, else by type order.
        var targetToStored: [String: String] = [:]
        let storedByID = Dictionary(storedAnchors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var remaining = storedAnchors.filter { stored in !targetAnchors.contains { $0.id == stored.id && $0.type == stored.type } }
        for t in targetAnchors {
            if let s = storedByID[t.id], s.type == t.type {
                targetToStored[t.id] = s.id
            } else if let index = remaining.firstIndex(where: { $0.type == t.type }) {
                targetToStored[t.id] = remaining.remove(at: index).id
            }
        }

        var elements: [InlineElement] = []
        var dropped = 0
        var targetOnly: [String] = []
        var reshaped: [String] = []
        var used = Set<String>()
        // A target's closing code maps through its opening: remember the code each opening became.
        var openedAs: [String: InlineCode] = [:]
        // Target openings that became a standalone code of the query: their closings are left out.
        var absorbed = Set<String>()
        for element in target.elements {
            switch element {
            case .text:
                elements.append(element)
            case .code(let c):
                switch c.kind {
                case .opening, .standalone:
                    if let storedID = targetToStored[c.id], let q = storedToQuery[storedID], !used.contains(q.id) || c.kind == .standalone {
                        // The translation's own attributes (a link localised to the target language) hold
                        // when the memory saw the same code in its source; else the source's are used.
                        // Keys the translation's code lacks (a CAT tool re-created `<g id="1" ctype="link">`
                        // without the `tg:href` of the source, seventh trial) come from the source's code.
                        let attributes = storedByID[storedID]?.attributes == q.attributes
                            ? c.attributes.merging(q.attributes) { own, _ in own } : q.attributes
                        let mapped = InlineCode(id: q.id, kind: c.kind, type: q.type, attributes: attributes)
                        let wasUsed = used.contains(q.id)
                        if q.kind != .closing { used.insert(q.id) }
                        switch (c.kind, q.kind) {
                        case (.standalone, .opening) where wasUsed:
                            dropped += 1
                        case (.standalone, .opening):
                            // memoQ's <ph type="link"> against the source's link pair: an empty pair at its place.
                            elements.append(.code(InlineCode(id: q.id, kind: .opening, type: q.type, attributes: attributes)))
                            elements.append(.code(InlineCode(id: q.id, kind: .closing, type: q.type, attributes: attributes)))
                            reshaped.append("the match's standalone \(Self.name(q.type)) became an empty \(Self.name(q.type)) pair at its place")
                        case (.opening, .standalone):
                            elements.append(.code(InlineCode(id: q.id, kind: .standalone, type: q.type, attributes: attributes)))
                            absorbed.insert(c.id)
                            reshaped.append("the match's paired \(Self.name(q.type)) became the source's standalone code at its opening")
                        case (.standalone, .standalone), (.opening, .opening):
                            elements.append(.code(mapped))
                            if c.kind == .opening { openedAs[c.id] = mapped }
                        default:
                            // The query's code is a closing whose opening lies in an earlier segment.
                            dropped += 1
                        }
                    } else if targetToStored[c.id] == nil {
                        // Only in the translation: kept as the translator wrote it, under an id of its own.
                        let kept = InlineCode(id: targetOnlyPrefix + String(targetOnly.count + 1), kind: c.kind, type: c.type, attributes: c.attributes)
                        elements.append(.code(kept))
                        targetOnly.append(kept.id)
                        if c.kind == .opening { openedAs[c.id] = kept }
                    } else {
                        dropped += 1
                    }
                case .closing:
                    if absorbed.remove(c.id) != nil { continue }
                    if let opening = openedAs.removeValue(forKey: c.id) {
                        elements.append(.code(InlineCode(id: opening.id, kind: .closing, type: opening.type, attributes: opening.attributes)))
                    } else if let storedID = targetToStored[c.id], let q = storedToQuery[storedID], !used.contains(q.id) {
                        // The opening lies in an earlier segment (a code across segments, XLIFF <ec>).
                        elements.append(.code(InlineCode(id: q.id, kind: .closing, type: q.type, attributes: q.attributes)))
                        used.insert(q.id)
                    } else {
                        dropped += 1
                    }
                }
            }
        }
        completePairs(&elements, like: querySource, reshaped: &reshaped)
        // Query closings whose opening lies outside this segment count as anchors too.
        let queryIDs = Set(queryAnchors.map(\.id))
        let missing = queryIDs.subtracting(used).count
        return Result(target: RichText(elements), dropped: dropped, missing: missing, targetOnly: targetOnly, reshaped: reshaped)
    }

    /// Gives a code that the query source pairs inside the segment, but the mapped target has alone, its
    /// partner: a closing at the end of the target, an opening at its start (the memory's pair ran on into
    /// the next segment, or began in the one before). - Complexity: O(n) in the number of elements.
    private static func completePairs(_ elements: inout [InlineElement], like querySource: RichText, reshaped: inout [String]) {
        var queryOpen = Set<String>(), queryPaired = Set<String>()
        for c in querySource.codes {
            if c.kind == .opening { queryOpen.insert(c.id) } else if c.kind == .closing, queryOpen.contains(c.id) { queryPaired.insert(c.id) }
        }
        guard !queryPaired.isEmpty else { return }
        var open: [String: InlineCode] = [:]
        var loneClosings: [InlineCode] = []
        for case .code(let c) in elements where queryPaired.contains(c.id) {
            switch c.kind {
            case .opening: open[c.id] = c
            case .closing: if open.removeValue(forKey: c.id) == nil { loneClosings.append(c) }
            case .standalone: break
            }
        }
        for c in loneClosings.reversed() {
            elements.insert(.code(InlineCode(id: c.id, kind: .opening, type: c.type, attributes: c.attributes)), at: 0)
            reshaped.append("the match's \(name(c.type)) closed without opening in the segment: opened at its start")
        }
        for c in open.values.sorted(by: { $0.id < $1.id }) {
            elements.append(.code(InlineCode(id: c.id, kind: .closing, type: c.type, attributes: c.attributes)))
            reshaped.append("the match's \(name(c.type)) opened without closing in the segment: closed at its end")
        }
    }

    /// Whether two texts have the same codes in the same nesting (the same sequence of kinds, each closing
    /// closing the opening at the same position) with, at each position, the same type or `other` on one side:
    /// then their anchors correspond by position. - Complexity: O(n) in the number of codes.
    static func positionallyAlike(_ a: RichText, _ b: RichText) -> Bool {
        let ca = a.codes, cb = b.codes
        guard ca.count == cb.count, !ca.isEmpty else { return false }
        var openA: [String: Int] = [:], openB: [String: Int] = [:]
        for (i, (x, y)) in zip(ca, cb).enumerated() {
            guard x.kind == y.kind, x.type == y.type || x.type == .other || y.type == .other else { return false }
            switch x.kind {
            case .opening:
                openA[x.id] = i
                openB[y.id] = i
            case .closing:
                if openA.removeValue(forKey: x.id) != openB.removeValue(forKey: y.id) { return false }
            case .standalone:
                break
            }
        }
        return true
    }

    /// The code type in words, for the segment's notes.
    static func name(_ type: InlineCode.CodeType) -> String {
        switch type {
        case .link: "link"
        case .emphasis: "emphasis"
        case .strong: "bold"
        case .underline: "underline"
        case .lineBreak: "line break"
        case .image: "image"
        case .code: "code span"
        case .superscript: "superscript"
        case .subscript: "subscript"
        case .other: "formatting code"
        }
    }

    /// The opening and standalone codes, plus closing codes whose opening is not in the text (their pair
    /// starts in an earlier segment), in order.
    static func anchors(of text: RichText) -> [InlineCode] {
        var opened = Set<String>()
        var out: [InlineCode] = []
        for c in text.codes {
            switch c.kind {
            case .opening: opened.insert(c.id); out.append(c)
            case .standalone: out.append(c)
            case .closing: if !opened.contains(c.id) { out.append(c) }
            }
        }
        return out
    }

    /// Drops codes whose partner is missing (a closing with no opening before it, an opening never closed),
    /// so a composed block is well formed for the renderers.
    /// - Complexity: O(n) in the number of elements.
    static func balanced(_ text: RichText) -> RichText {
        if text.unpairedCodes.isEmpty { return text }
        var out: [InlineElement?] = []
        var open: [String: [Int]] = [:]
        for element in text.elements {
            if case .code(let c) = element {
                switch c.kind {
                case .opening: open[c.id, default: []].append(out.count)
                case .closing:
                    guard var stack = open[c.id], !stack.isEmpty else { continue }
                    stack.removeLast()
                    open[c.id] = stack
                case .standalone: break
                }
            }
            out.append(element)
        }
        for index in open.values.joined() { out[index] = nil }
        return RichText(out.compactMap { $0 })
    }
}
