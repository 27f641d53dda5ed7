import Foundation
import TaalgrensCore

// Ending a block: ``BlockBuilder`` turns the pieces collected since the last block boundary into a
// block, and its translatable attributes into attached blocks.
extension BlockBuilder {
    /// Whether a standalone `other` code with `attributes` is markup of the source that a block of it alone
    /// keeps: a template tag or MDX code, a callout's type alone on its line (`> [!WARNING]`) or an Obsidian
    /// comment (`%% … %%`; session 14).
    static func isKeptMarkup(_ attributes: [String: String]) -> Bool {
        attributes["template"] != nil || attributes["callout"] != nil || attributes["comment"] != nil
    }

    mutating func flush() {
        defer {
            pieces = []
            begun = false
            blockLine = nil
            blockTimeValues = []
        }
        guard begun else { return }
        for i in openCodes.indices.reversed() where openCodes[i].materialized {
            pieces.append(.close(key: openCodes[i].pieceKey))
            openCodes[i].materialized = false
        }
        var elements = Self.normalize(pieces, preformatted: blockPreformatted)
        guard !elements.isEmpty else {
            if blockKind == .title { titleFound = false }
            return
        }
        var kind = blockKind
        var level = blockLevel
        var ordered = blockOrdered
        if kind == .title && built.contains(where: { $0.block.kind == .title }) {
            kind = .heading
            level = 1
        }
        // Translatable attributes.
        let text = elements.reduce(into: "") { if case .text(let t) = $1.element { $0 += t } }
        // Only white space (`<p>&nbsp;</p>`, a no-break space is not collapsed as HTML space) is no text:
        // such a block is dropped like an empty one, unless it holds an image.
        let plain = text.allSatisfy(\.isWhitespace) ? "" : text
        if text.split(whereSeparator: \.isWhitespace).count <= HTMLRenderer.datelineWords { timeValues += blockTimeValues }
        let imageIndices = elements.indices.filter { if case .code(_, .standalone, .image, _) = elements[$0].element { true } else { false } }
        var attached: [(codeIndex: Int, attribute: String, text: String)] = []
        if plain.isEmpty && imageIndices.count > 1 {
            // Several images and no text: one caption block per image (wrapping links are dropped).
            let line = blockLine
            for index in imageIndices {
                guard case .code(_, _, _, var attributes) = elements[index].element else { continue }
                attributes["space-after"] = nil
                attributes["space-before"] = nil
                pieces = [.standalone(type: .image, attributes: attributes)]
                begun = true
                blockLine = line
                blockKind = kind == .title ? .title : .caption
                flush()
            }
            return
        }
        // Code and template tags (an MDX heading `# {frontmatter.title}`, a `<p>{{ site.notice }}</p>`) are the
        // source's: a block of them alone is kept, with nothing to translate.
        let keepsCode = elements.contains {
            switch $0.element {
            case .code(_, .standalone, .code, _): true
            case .code(_, .standalone, .other, let attributes): Self.isKeptMarkup(attributes)
            default: false
            }
        }
        if plain.isEmpty && imageIndices.isEmpty && keepsCode {
            // Only code: kept as it is, nothing to translate.
            if kind == .title { titleFound = false; kind = .heading; level = 1 }
        } else if plain.isEmpty {
            guard imageIndices.count == 1 else {
                if blockKind == .title { titleFound = false }
                return
            }
            let index = imageIndices[0]
            guard case .code(let key, _, _, var attributes) = elements[index].element else { return }
            // An image alone in its block has no text to keep apart from.
            attributes["space-after"] = nil
            attributes["space-before"] = nil
            elements[index].element = .code(key: key, kind: .standalone, type: .image, attributes: attributes)
            if let alt = attributes["alt"].map(Self.collapse), !alt.isEmpty {
                attributes["alt"] = nil
                elements[index].element = .code(key: key, kind: .standalone, type: .image, attributes: attributes)
                elements.insert(Work(.text(alt)), at: index + 1)
                if kind != .title && kind != .heading && kind != .tableCell { kind = .caption; level = nil; ordered = false }
            } else {
                // An image without alt text (decorative, or a chart the author did not describe): kept as an
                // image block with no text, so that it is rendered and copied; nothing to translate.
                if kind == .title { titleFound = false }
                if kind != .tableCell { kind = .caption; level = nil; ordered = false }
            }
        }
        for index in elements.indices {
            guard case .code(let key, let codeKind, let type, var attributes) = elements[index].element,
                  codeKind != .closing, type == .image || type == .link || (type == .other && attributes["element"] == "abbr") else { continue }
            if type == .image, let alt = attributes["alt"] {
                attributes["alt"] = nil
                let text = Self.collapse(alt)
                if !text.isEmpty { attached.append((index, "alt", text)) }
            }
            if let title = attributes["title"] {
                attributes["title"] = nil
                let text = Self.collapse(title)
                if Self.sameWording(text, type == .image ? Self.altText(elements, attached, at: index, imageBlock: kind == .caption)
                                                     : Self.linkText(elements, from: index)) {
                    // A title that repeats the link's text or the image's alt (`[guide][g]` with `[g]: url "guide"`,
                    // a Mailchimp button's `title`): not offered a second time; the renderers write the
                    // translated text (or alt) as the title.
                    attributes["title-is-text"] = "yes"
                } else if !text.isEmpty {
                    attached.append((index, "title", text))
                }
            }
            elements[index].element = .code(key: key, kind: codeKind, type: type, attributes: attributes)
        }
        let (content, idsByIndex) = Self.finish(elements, firstID: 1)
        let owner = built.count
        record(Built(block: Block(kind: kind, content: content, level: level, ordered: ordered, line: blockLine,
                                        role: Self.keepsRole(blockRole, kind: kind),
                                        columnSpan: kind == .tableCell ? blockColumnSpan : nil,
                                        rowSpan: kind == .tableCell ? blockRowSpan : nil,
                                        alignment: kind == .tableCell ? blockAlignment : nil,
                                        attributes: blockAttributes.isEmpty ? nil : blockAttributes)))
        for item in attached {
            let (text, _) = Self.finish([Work(.text(item.text))], firstID: 2)
            record(Built(block: Block(kind: .caption, content: text, line: blockLine),
                               attachment: (owner, idsByIndex[item.codeIndex] ?? "1", item.attribute)))
        }
    }

    /// The text of the link whose opening code is `elements[index]`: its text runs up to its closing code,
    /// white space collapsed; `nil` for a code that is not an opening one.
    static func linkText(_ elements: [Work], from index: Int) -> String? {
        guard case .code(let key, .opening, _, _) = elements[index].element else { return nil }
        var text = ""
        for element in elements[(index + 1)...] {
            switch element.element {
            case .text(let t): text += t
            case .code(key, .closing, _, _): return collapse(text)
            case .code: continue
            }
        }
        return collapse(text)
    }

    /// The alt text of the image whose code is `elements[index]`: its attached `alt`, or the text after it
    /// in an image block (whose text is the alt).
    static func altText(_ elements: [Work], _ attached: [(codeIndex: Int, attribute: String, text: String)], at index: Int,
                        imageBlock: Bool) -> String? {
        if let alt = attached.last(where: { $0.codeIndex == index && $0.attribute == "alt" }) { return alt.text }
        guard imageBlock, index + 1 < elements.count, case .text(let t) = elements[index + 1].element else { return nil }
        return collapse(t)
    }

    /// Whether an attribute's text says the same as the element's own text: equal once white space is
    /// collapsed, case and diacritics are folded and final punctuation is dropped ("Read the guide" and
    /// "read the guide."). An empty text says nothing.
    static func sameWording(_ attribute: String, _ text: String?) -> Bool {
        guard let text, !text.isEmpty, !attribute.isEmpty else { return false }
        func key(_ s: String) -> String {
            collapse(s).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        }
        return key(attribute) == key(text)
    }

    static func normalize(_ pieces: [Piece], preformatted: Bool) -> [Work] {
        var work: [Work] = []
        var unitKey = -1
        for piece in pieces {
            switch piece {
            case .text(let t):
                if preformatted {
                    let lines = t.split(separator: "\n", omittingEmptySubsequences: false)
                    for (i, line) in lines.enumerated() {
                        if i > 0 {
                            work.append(Work(.code(key: unitKey, kind: .standalone, type: .lineBreak, attributes: [:])))
                            unitKey -= 1
                        }
                        if !line.isEmpty { work.append(Work(.text(String(line)))) }
                    }
                } else {
                    work.append(Work(.text(t)))
                }
            case .open(let key, let type, let attributes):
                work.append(Work(.code(key: key, kind: .opening, type: type, attributes: attributes)))
            case .close(let key):
                work.append(Work(.code(key: key, kind: .closing, type: .other, attributes: [:])))
            case .standalone(let type, let attributes):
                work.append(Work(.code(key: unitKey, kind: .standalone, type: type, attributes: attributes)))
                unitKey -= 1
            }
        }
        if !preformatted {
            collapseSpaces(&work, startsAfterSpace: true, isSpace: isHTMLSpace)
        }
        // Moving spaces out of a pair can empty a pair, and dropping an empty pair can put a space at
        // the edge of the pair around it: repeat until nothing changes (a few rounds at most).
        var rounds = 0
        while rounds < 8 {
            rounds += 1
            let before = work.count
            let beforeTexts = work.map { if case .text(let t) = $0.element { t } else { "\u{0}" } }
            if !preformatted {
                work = moveEdgeSpacesOutward(work)
                work = collapseLineBreaks(work)
            }
            work = trimAroundLineBreaks(work, preformatted: preformatted)
            work = dropEmptyPairs(work)
            work = trimEdges(work, preformatted: preformatted)
            work = dropEmptyPairs(work)
            if work.count == before && work.map({ if case .text(let t) = $0.element { t } else { "\u{0}" } }) == beforeTexts { break }
        }
        work = work.filter { if case .text(let t) = $0.element { !t.isEmpty } else { true } }
        if !preformatted { work = spaceAroundZeroWidthCodes(work) }
        let hasText = work.contains { if case .text(let t) = $0.element { !t.isEmpty } else { false } }
        let hasImage = work.contains { if case .code(_, _, .image, _) = $0.element { true } else { false } }
        let hasCode = work.contains {
            switch $0.element {
            case .code(_, .standalone, .code, _): true
            // A template tag or MDX code; a callout's type alone on its line (``isKeptMarkup(_:)``).
            case .code(_, .standalone, .other, let attributes): Self.isKeptMarkup(attributes)
            default: false
            }
        }
        // A footnote without text is kept: its label is still referenced.
        let isFootnote = work.first.map { if case .code(_, _, .other, let a) = $0.element { a["footnote-definition"] != nil } else { false } } ?? false
        return hasText || hasImage || isFootnote || hasCode ? work : []
    }
}
