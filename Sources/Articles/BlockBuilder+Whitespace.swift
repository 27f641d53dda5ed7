import TaalgrensCore

// HTML white-space rules for ``BlockBuilder``: collapsing, moving spaces out of paired codes, trimming at
// block edges and line breaks, and numbering the codes of the final rich text.
extension BlockBuilder {
    /// A piece on its way to an inline element.
    struct Work {
        enum Element {
            case text(String)
            case code(key: Int, kind: InlineCode.Kind, type: InlineCode.CodeType, attributes: [String: String])
        }
        var element: Element
        init(_ element: Element) { self.element = element }
    }

    /// Whether a block's content has nothing to show: its plain text is only white space (Unicode
    /// White_Space, so no-break spaces too) and it holds no image. Readers drop such blocks.
    static func isBlank(_ content: RichText) -> Bool {
        content.plainText.allSatisfy(\.isWhitespace) && !content.codes.contains { $0.type == .image }
    }

    /// A block's content from plain text: whitespace collapsed and trimmed, soft hyphens, zero-width
    /// spaces and word joiners removed (``InvisibleFormat``), NFC.
    static func plainContent(_ text: String, firstID: Int = 1) -> RichText {
        finish([Work(.text(collapse(text)))], firstID: firstID).0
    }

    /// A block's content from parts of plain text, each as ``plainContent(_:firstID:)`` makes it, with a
    /// standalone line-break code between two parts (a line of a plain-text paragraph that was ended on
    /// purpose: ``PlainTextReader``).
    static func plainContent(lines parts: [String]) -> RichText {
        var work: [Work] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { work.append(Work(.code(key: index, kind: .standalone, type: .lineBreak, attributes: [:]))) }
            work.append(Work(.text(collapse(part))))
        }
        return finish(work, firstID: 1).0
    }

    /// Removes invisible format characters (``InvisibleFormat``), then collapses whitespace as HTML does and trims it.
    static func collapse(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for c in InvisibleFormat.removing(from: text) {
            if isHTMLSpace(c) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        return out
    }

    /// Keeps one space where a code that stands for no text (an image, a footnote reference) sits between
    /// two spaces, or between a space and the block's edge: the plain text would otherwise hold two spaces
    /// ("See the  chart") or start or end with one. The space dropped is recorded on the code
    /// (`space-after` or `space-before` = `yes`) and written back by the renderers. Spaces after the code
    /// that leads a footnote's text are dropped (it renders as `[^1]: `).
    static func spaceAroundZeroWidthCodes(_ input: [Work]) -> [Work] {
        var work = input
        enum Neighbour { case edge, lineBreak, code(spaceAfter: Bool), text(index: Int, text: String) }
        /// The nearest element on one side that is not an empty text or a paired code.
        func neighbour(_ i: Int, _ step: Int) -> Neighbour {
            var j = i + step
            while j >= 0 && j < work.count {
                switch work[j].element {
                case .text(let t) where t.isEmpty: j += step
                case .text(let t): return .text(index: j, text: t)
                case .code(_, .standalone, .lineBreak, _): return .lineBreak
                case .code(_, .standalone, _, let attributes): return .code(spaceAfter: attributes["space-after"] == "yes")
                case .code(_, .opening, _, _), .code(_, .closing, _, _): j += step
                }
            }
            return .edge
        }
        for i in work.indices {
            guard case .code(let key, .standalone, let type, var attributes) = work[i].element, type != .lineBreak else { continue }
            let after = neighbour(i, 1), before = neighbour(i, -1)
            if attributes["footnote-definition"] != nil {
                if case .text(let index, let text) = after { work[index].element = .text(String(text.drop { $0 == " " })) }
                continue
            }
            let spaceBefore: Bool
            switch before {
            case .edge, .lineBreak: spaceBefore = true
            case .code(let spaceAfter): spaceBefore = spaceAfter
            case .text(_, let text): spaceBefore = text.hasSuffix(" ")
            }
            if case .text(let index, let text) = after, text.hasPrefix(" "), spaceBefore {
                work[index].element = .text(String(text.dropFirst()))
                attributes["space-after"] = "yes"
            } else if case .edge = after, case .text(let index, let text) = before, text.hasSuffix(" ") {
                work[index].element = .text(String(text.dropLast()))
                attributes["space-before"] = "yes"
            } else {
                continue
            }
            work[i].element = .code(key: key, kind: .standalone, type: type, attributes: attributes)
        }
        return work.filter { if case .text(let t) = $0.element { !t.isEmpty } else { true } }
    }

    /// Collapses white space across the text runs of `work`: each run of characters for which `isSpace`
    /// holds becomes one space, and none is written right after a line break code or, when
    /// `startsAfterSpace`, at the start. Codes other than line breaks are transparent. O(n) in Characters.
    static func collapseSpaces(_ work: inout [Work], startsAfterSpace: Bool, isSpace: (Character) -> Bool) {
        var previousWasSpace = startsAfterSpace
        for i in work.indices {
            guard case .text(let t) = work[i].element else {
                if case .code(_, .standalone, let type, _) = work[i].element { previousWasSpace = type == .lineBreak }
                continue
            }
            var out = ""
            for c in t {
                if isSpace(c) {
                    if !previousWasSpace { out.append(" ") }
                    previousWasSpace = true
                } else {
                    out.append(c)
                    previousWasSpace = false
                }
            }
            work[i].element = .text(out)
        }
    }

    static func moveEdgeSpacesOutward(_ input: [Work]) -> [Work] {
        var work = input
        var changed = true
        while changed {
            changed = false
            var i = 0
            while i < work.count {
                if case .code(_, .opening, _, _) = work[i].element, i + 1 < work.count,
                   case .text(let t) = work[i + 1].element, t.first == " " {
                    work[i + 1].element = .text(String(t.dropFirst()))
                    if i > 0, case .text(let before) = work[i - 1].element {
                        if before.last != " " { work[i - 1].element = .text(before + " ") }
                    } else {
                        work.insert(Work(.text(" ")), at: i)
                        i += 1
                    }
                    changed = true
                }
                if case .code(_, .closing, _, _) = work[i].element, i > 0,
                   case .text(let t) = work[i - 1].element, t.last == " " {
                    work[i - 1].element = .text(String(t.dropLast()))
                    if i + 1 < work.count, case .text(let after) = work[i + 1].element {
                        if after.first != " " { work[i + 1].element = .text(" " + after) }
                    } else {
                        work.insert(Work(.text(" ")), at: i + 1)
                    }
                    changed = true
                }
                i += 1
            }
        }
        // Two spaces may meet where a space moved out next to one already there.
        collapseSpaces(&work, startsAfterSpace: false) { $0 == " " }
        return work
    }

    /// Line breaks with nothing but paired codes between them count as one (two `<br>` in a row already
    /// ended the paragraph during the walk).
    static func collapseLineBreaks(_ input: [Work]) -> [Work] {
        var work: [Work] = []
        var lastWasBreak = false
        for w in input {
            switch w.element {
            case .code(_, .standalone, .lineBreak, _):
                if lastWasBreak { continue }
                lastWasBreak = true
            case .code(_, .opening, _, _), .code(_, .closing, _, _):
                break
            case .text(let t) where t.isEmpty:
                break
            default:
                lastWasBreak = false
            }
            work.append(w)
        }
        return work
    }

    static func trimAroundLineBreaks(_ input: [Work], preformatted: Bool) -> [Work] {
        var work = input
        for i in work.indices {
            guard case .code(_, .standalone, .lineBreak, _) = work[i].element, !preformatted else { continue }
            var j = i - 1
            while j >= 0 {
                if case .text(let t) = work[j].element {
                    work[j].element = .text(String(t.reversed().drop(while: { $0 == " " }).reversed()))
                    if case .text(let u) = work[j].element, u.isEmpty { j -= 1; continue }
                    break
                }
                if case .code(_, .closing, _, _) = work[j].element { j -= 1; continue }
                break
            }
            var k = i + 1
            while k < work.count {
                if case .text(let t) = work[k].element {
                    work[k].element = .text(String(t.drop(while: { $0 == " " })))
                    if case .text(let u) = work[k].element, u.isEmpty { k += 1; continue }
                    break
                }
                if case .code(_, .opening, _, _) = work[k].element { k += 1; continue }
                break
            }
        }
        return work
    }

    static func dropEmptyPairs(_ input: [Work]) -> [Work] {
        var work = input.filter { if case .text(let t) = $0.element { !t.isEmpty } else { true } }
        var changed = true
        while changed {
            changed = false
            var i = 0
            while i + 1 < work.count {
                if case .code(let a, .opening, _, _) = work[i].element, case .code(let b, .closing, _, _) = work[i + 1].element, a == b {
                    work.removeSubrange(i...i + 1)
                    changed = true
                    continue
                }
                i += 1
            }
        }
        return work
    }

    /// Trims spaces and line breaks at the block's edges (looking through codes).
    static func trimEdges(_ input: [Work], preformatted: Bool) -> [Work] {
        var work = input
        func isBreak(_ w: Work) -> Bool { if case .code(_, .standalone, .lineBreak, _) = w.element { true } else { false } }
        // Leading.
        var i = 0
        while i < work.count {
            if case .text(let t) = work[i].element {
                let trimmed = preformatted ? t : String(t.drop(while: { $0 == " " }))
                work[i].element = .text(trimmed)
                if trimmed.isEmpty { i += 1; continue }
                break
            }
            if isBreak(work[i]) { work.remove(at: i); continue }
            if case .code(_, .opening, _, _) = work[i].element { i += 1; continue }
            break
        }
        // Trailing.
        var j = work.count - 1
        while j >= 0 {
            if case .text(let t) = work[j].element {
                let trimmed = preformatted ? t : String(t.reversed().drop(while: { $0 == " " }).reversed())
                work[j].element = .text(trimmed)
                if trimmed.isEmpty { j -= 1; continue }
                break
            }
            if isBreak(work[j]) { work.remove(at: j); j -= 1; continue }
            if case .code(_, .closing, _, _) = work[j].element { j -= 1; continue }
            break
        }
        return work
    }

    /// Removes invisible format characters (``InvisibleFormat``), normalises text to NFC and numbers the codes.
    /// - Returns: the rich text, and for each index of `work` that holds a code, the id it received.
    static func finish(_ work: [Work], firstID: Int) -> (RichText, [Int: String]) {
        var elements: [InlineElement] = []
        var next = firstID
        var idsByKey: [Int: String] = [:]
        var idsByIndex: [Int: String] = [:]
        var typesByKey: [Int: InlineCode.CodeType] = [:]
        var attributesByKey: [Int: [String: String]] = [:]
        func newID() -> String { defer { next += 1 }; return String(next) }
        for (index, w) in work.enumerated() {
            switch w.element {
            case .text(let t):
                let run = InvisibleFormat.removing(from: t)
                if !run.isEmpty { elements.append(.text(ICU.normalize(run, .nfc))) }
            case .code(let key, let kind, let type, let attributes):
                switch kind {
                case .opening:
                    let id = newID()
                    idsByKey[key] = id
                    typesByKey[key] = type
                    attributesByKey[key] = attributes
                    idsByIndex[index] = id
                    elements.append(.code(InlineCode(id: id, kind: .opening, type: type, attributes: attributes)))
                case .closing:
                    let id = idsByKey[key] ?? newID()
                    idsByIndex[index] = id
                    elements.append(.code(InlineCode(id: id, kind: .closing, type: typesByKey[key] ?? type)))
                case .standalone:
                    let id = newID()
                    idsByIndex[index] = id
                    elements.append(.code(InlineCode(id: id, kind: .standalone, type: type, attributes: attributes)))
                }
            }
        }
        return (RichText(elements), idsByIndex)
    }
}
