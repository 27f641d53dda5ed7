import Foundation
import TaalgrensCore

/// A block's inline elements as a tree, for the renderers: paired codes enclose their content.
///
/// An opening code without its closing is closed at the end; a closing code without its opening is
/// dropped, so the rendered markup is always well formed.
indirect enum InlineNode {
    case text(String)
    case pair(InlineCode, [InlineNode])
    case single(InlineCode)

    /// Builds the tree of a rich text.
    /// - Complexity: O(n) in the number of elements.
    static func tree(_ content: RichText) -> [InlineNode] {
        var stack: [(code: InlineCode?, children: [InlineNode])] = [(nil, [])]
        for element in content.elements {
            switch element {
            case .text(let text):
                stack[stack.count - 1].children.append(.text(text))
            case .code(let code):
                switch code.kind {
                case .standalone:
                    stack[stack.count - 1].children.append(.single(code))
                case .opening:
                    stack.append((code, []))
                case .closing:
                    guard let index = stack.lastIndex(where: { $0.code?.id == code.id }), index > 0 else { continue }
                    while stack.count > index {
                        var top = stack.removeLast()
                        // The space a code that ends the pair keeps (`space-after`, BlockBuilder's
                        // spaceAroundZeroWidthCodes) came after the pair's end: written there, not inside it
                        // (`[{{ site.title }}](url) or`, not `[{{ site.title }} ](url)or`).
                        var spaceAfter = false
                        if case .single(var last)? = top.children.last, last.attributes["space-after"] == "yes", last.type != .lineBreak {
                            last.attributes["space-after"] = nil
                            top.children[top.children.count - 1] = .single(last)
                            spaceAfter = true
                        }
                        stack[stack.count - 1].children.append(.pair(top.code!, top.children))
                        if spaceAfter { stack[stack.count - 1].children.append(.text(" ")) }
                    }
                }
            }
        }
        while stack.count > 1 {
            let top = stack.removeLast()
            stack[stack.count - 1].children.append(.pair(top.code!, top.children))
        }
        return stack[0].children
    }

    /// The plain text of nodes: every code removed, a line break standing for a space
    /// (``RichText/plainText``, what offsets into a block's plain text count).
    static func plainText(_ nodes: [InlineNode]) -> String {
        nodes.map { node -> String in
            switch node {
            case .text(let t): t
            case .pair(_, let children): plainText(children)
            case .single(let code): code.plainText
            }
        }.joined()
    }

    /// The Characters of ``plainText(_:)``, node by node: a text run's first character never merges with
    /// what precedes it, so the count of each node's Characters indexes this array.
    static func plainCharacters(_ nodes: [InlineNode]) -> [Character] {
        var out: [Character] = []
        for node in nodes {
            switch node {
            case .text(let t): out += Array(t)
            case .pair(_, let children): out += plainCharacters(children)
            case .single(let code): out += Array(code.plainText)
            }
        }
        return out
    }

    /// The text of nodes with codes removed, except that `other` codes carrying `markup` (soft hyphens,
    /// zero-width spaces) give their characters back.
    static func text(_ nodes: [InlineNode]) -> String {
        nodes.map { node -> String in
            switch node {
            case .text(let t): t
            case .pair(_, let children): text(children)
            case .single(let code): code.type == .other ? code.attributes["markup"] ?? "" : ""
            }
        }.joined()
    }
}

/// The attribute texts that attached blocks hold (`alt` and `title` of images and links), and which
/// blocks are attached (rendered inside their owner, never on their own).
struct AttachedAttributes {
    /// "block:code:attribute" → text.
    private var texts: [String: String] = [:]
    /// Indices of attached blocks whose owner exists.
    private(set) var attachedBlocks: Set<Int> = []

    init(_ blocks: [Block], transform: (RichText) -> RichText = { $0 }) {
        for (index, block) in blocks.enumerated() {
            guard let lead = block.content.codes.first, lead.type == .other, lead.kind == .standalone,
                  let attribute = lead.attributes["attribute"], let owner = lead.attributes["owner"] else { continue }
            let parts = owner.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let ownerIndex = Int(parts[0]), blocks.indices.contains(ownerIndex), ownerIndex != index,
                  blocks[ownerIndex].content.codes.contains(where: { $0.id == String(parts[1]) && $0.kind != .closing }) else { continue }
            var elements = block.content.elements
            if let first = elements.firstIndex(where: { if case .code = $0 { true } else { false } }) { elements.remove(at: first) }
            let text = InlineNode.text(InlineNode.tree(transform(RichText(elements))))
            texts["\(ownerIndex):\(parts[1]):\(attribute)"] = text.trimmingCharacters(in: .whitespaces)
            attachedBlocks.insert(index)
        }
    }

    /// The text of `attribute` for code `codeID` of block `block`, if an attached block gives it.
    func text(block: Int, code codeID: String, attribute: String) -> String? {
        texts["\(block):\(codeID):\(attribute)"]
    }
}

/// Whether a block is an image block: a caption whose image code is followed by its alt text (none for an
/// image without alt text).
func isImageBlock(_ block: Block) -> Bool {
    block.kind == .caption && block.role == nil && block.content.codes.contains { $0.type == .image }
}

/// The code that leads a footnote's text (`[^label]: `), when the block is a footnote. A target article's
/// sentence left in the source language is wrapped in a language span (an opening code with `lang` alone,
/// written by the bundle), which may open before that code: such spans are passed over (fourteenth trial,
/// finding 2: an untranslated Word footnote lost its `id="fn-1"`, so its reference led nowhere).
func footnoteLabel(_ block: Block) -> String? {
    for code in block.content.codes {
        if let label = code.attributes["footnote-definition"] { return label }
        guard code.kind == .opening, code.attributes.count == 1, code.attributes["lang"] != nil else { return nil }
    }
    return nil
}
