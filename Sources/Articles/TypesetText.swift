import TaalgrensCore

/// A rich text flattened for ``Typography``: one item per character, each marked when no rule may change
/// it (inside a code span, or part of a URL-like word), and the inline codes between them.
struct TypesetText {
    enum Item {
        case character(Character, protected: Bool)
        case code(InlineCode)
    }

    private(set) var items: [Item] = []

    /// Flattens `content`: the characters inside a code span (between an opening and a closing `code`
    /// code) and inside a passage in another language (a paired `other` code with `lang`: `<span
    /// lang="nl">` in a French sentence keeps its own quotation marks and spaces) are protected.
    init(_ content: RichText) {
        var openCodeSpans: Set<String> = []
        var openForeign: Set<String> = []
        for element in content.elements {
            switch element {
            case .text(let text):
                let protected = !openCodeSpans.isEmpty || !openForeign.isEmpty
                for c in text { items.append(.character(c, protected: protected)) }
            case .code(let code):
                if code.type == .code {
                    if code.kind == .opening { openCodeSpans.insert(code.id) }
                    if code.kind == .closing { openCodeSpans.remove(code.id) }
                }
                if code.type == .other {
                    if code.kind == .opening && code.attributes["lang"] != nil { openForeign.insert(code.id) }
                    if code.kind == .closing { openForeign.remove(code.id) }
                }
                items.append(.code(code))
            }
        }
    }

    /// Protects every URL-like word (with `://`, starting with `www.`, or with an `@`). Words end at white
    /// space and at codes that stand for text (a line break ends a word as a space does).
    /// - Complexity: O(n) in the items.
    mutating func protectURLLikeWords() {
        var wordStart: Int?
        for i in items.indices {
            let endsWord: Bool
            switch items[i] {
            case .character(let c, _): endsWord = c.isWhitespace
            case .code(let code): endsWord = !code.plainText.isEmpty
            }
            if endsWord {
                if let start = wordStart { protectIfURLLike(start..<i) }
                wordStart = nil
            } else if wordStart == nil, case .character = items[i] {
                wordStart = i
            }
        }
        if let start = wordStart { protectIfURLLike(start..<items.count) }
    }

    private mutating func protectIfURLLike(_ range: Range<Int>) {
        var word = ""
        for i in range { if case .character(let c, _) = items[i] { word.append(c) } }
        guard word.contains("://") || word.lowercased().hasPrefix("www.") || word.contains("@") else { return }
        for i in range { if case .character(let c, _) = items[i] { items[i] = .character(c, protected: true) } }
    }

    /// The character at `i`, or `nil` for a code.
    func character(_ i: Int) -> Character? { if case .character(let c, _) = items[i] { c } else { nil } }

    /// Whether item `i` is a protected character or a code.
    func isProtected(_ i: Int) -> Bool { if case .character(_, let p) = items[i] { p } else { true } }

    /// The index of the nearest character before (`step` -1) or after (`step` 1) `i`, looking through
    /// codes but not line breaks.
    func neighbour(_ i: Int, _ step: Int) -> Int? {
        var j = i + step
        while j >= 0 && j < items.count {
            switch items[j] {
            case .character: return j
            case .code(let code): if code.type == .lineBreak { return nil }
            }
            j += step
        }
        return nil
    }

    /// Replaces item `i` by the characters of `text` (unprotected).
    mutating func replace(_ i: Int, with text: String) {
        items.replaceSubrange(i...i, with: text.map { .character($0, protected: false) })
    }

    /// Puts `character` (unprotected) at `i`, replacing the item there (`insert` false) or before it.
    mutating func put(_ character: Character, at i: Int, insert: Bool) {
        if insert { items.insert(.character(character, protected: false), at: i) } else { items[i] = .character(character, protected: false) }
    }

    /// The items as a rich text again: runs of characters between the codes.
    var richText: RichText {
        var elements: [InlineElement] = []
        var run = ""
        for item in items {
            switch item {
            case .character(let c, _): run.append(c)
            case .code(let code):
                if !run.isEmpty { elements.append(.text(run)); run = "" }
                elements.append(.code(code))
            }
        }
        if !run.isEmpty { elements.append(.text(run)) }
        return RichText(elements)
    }
}
