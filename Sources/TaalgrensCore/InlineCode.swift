/// An inline code: markup inside a block (a link, emphasis, a code span, a line break) that is carried
/// as a tag, never as text. Paired codes share an ``id`` and appear as an ``Kind-swift.enum/opening``
/// and a ``Kind-swift.enum/closing`` element; standalone codes (a line break, an inline image) appear once.
///
/// The model follows XLIFF 2.1 (OASIS, 2017), section 4.2.2 (inline elements `<pc>`, `<sc>`/`<ec>`,
/// `<ph>`) and TMX 1.4b section 3.7 (`<bpt>`/`<ept>`/`<ph>`/`<it>`).
public struct InlineCode: Hashable, Codable, Sendable {
    /// Whether this element opens, closes or stands alone.
    public enum Kind: String, Hashable, Codable, Sendable {
        case opening, closing, standalone
    }

    /// What the markup means. Renderers use it to write Markdown or HTML back.
    public enum CodeType: String, Hashable, Codable, Sendable {
        case link, emphasis, strong, code, lineBreak, image, superscript, `subscript`, underline, other
    }

    /// The id shared by an opening and its closing element, unique within a block (for example "1").
    public var id: String
    /// Whether the code opens, closes or stands alone (XLIFF 2.1 §4.1.3 `<sc>`/`<ec>`/`<ph>`).
    public var kind: Kind
    /// What the markup means, so a renderer can write it back.
    public var type: CodeType
    /// Data the renderer needs: `href` and `title` for links, `src` and `alt` for images, `markup` for the
    /// original text of an `other` code. Sorted by key when serialised.
    public var attributes: [String: String]

    /// Creates an inline code; every parameter sets the property of the same name.
    public init(id: String, kind: Kind, type: CodeType, attributes: [String: String] = [:]) {
        self.id = id
        self.kind = kind
        self.type = type
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey { case id, kind, type, attributes }

    /// Decodes a code written by `encode(to:)`: its `id`, `kind`, `type` and `attributes` keys.
    /// - Throws: `DecodingError` when a key is missing or holds a value of another type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(Kind.self, forKey: .kind)
        type = try container.decode(CodeType.self, forKey: .type)
        attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    }

    /// Encodes `id`, `kind`, `type`, and `attributes` only when there are any.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(type, forKey: .type)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
    }
}

extension InlineCode {
    /// The text this code stands for in ``RichText/plainText``: one space (U+0020) for a standalone line
    /// break, so that the words on either side of it stay apart for matching, QA and word counts, as they
    /// do on screen; the empty string for every other code.
    ///
    /// A line break read from HTML (`<br>`), Markdown (a hard break), TMX (`<ph type="lb">`) or XLIFF
    /// (`<ph type="fmt" subType="xlf:lb">`, 1.2 `<x ctype="lb">`) is such a code. The space is not
    /// stored: the code stays one element and renders as a line break.
    public var plainText: String { kind == .standalone && type == .lineBreak ? " " : "" }
}

/// One element of a rich text: a run of text or an inline code.
public enum InlineElement: Hashable, Codable, Sendable {
    case text(String)
    case code(InlineCode)
}

/// Text with inline codes: the content of a block, a segment or a variant.
///
/// Offsets into a rich text always count UTF-16 code units of its ``plainText`` (the text with every
/// inline code removed, a line break counting as one space: ``InlineCode/plainText``), as `cli-json.md`
/// specifies.
public struct RichText: Hashable, Codable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The elements in order. Adjacent text runs are merged by the initialisers.
    public private(set) var elements: [InlineElement]

    /// Creates a rich text from elements, merging adjacent text runs and dropping empty ones.
    public init(_ elements: [InlineElement]) {
        var merged: [InlineElement] = []
        for element in elements {
            switch element {
            case .text(let s) where s.isEmpty: continue
            case .text(let s):
                if case .text(let previous)? = merged.last { merged[merged.count - 1] = .text(previous + s) }
                else { merged.append(.text(s)) }
            case .code: merged.append(element)
            }
        }
        self.elements = merged
    }

    /// A rich text without codes.
    public init(plain text: String) { self.init([.text(text)]) }
    /// A rich text without codes, from a string literal (as ``init(plain:)``).
    public init(stringLiteral value: String) { self.init(plain: value) }

    /// The text with every inline code removed, except that a line break stands for one space
    /// (``InlineCode/plainText``): `Line one<br>line two.` is "Line one line two.".
    public var plainText: String {
        var s = ""
        for element in elements {
            switch element {
            case .text(let t): s += t
            case .code(let c): s += c.plainText
            }
        }
        return s
    }

    /// The inline codes in order.
    public var codes: [InlineCode] {
        elements.compactMap { if case .code(let c) = $0 { c } else { nil } }
    }

    /// Whether the text holds no inline code.
    public var isPlain: Bool { codes.isEmpty }

    /// Each code with its UTF-16 offset in ``plainText``. A line break's offset is that of the space it
    /// stands for, so the codes after it lie one further on.
    /// - Complexity: O(n) in the number of elements.
    public var positionedCodes: [(offset: Int, code: InlineCode)] {
        var offset = 0
        var out: [(Int, InlineCode)] = []
        for element in elements {
            switch element {
            case .text(let t): offset += t.utf16.count
            case .code(let c):
                out.append((offset, c))
                offset += c.plainText.utf16.count
            }
        }
        return out
    }

    /// The text without its codes (``plainText``), for messages and debugging.
    public var description: String { plainText }

    /// The part of this text between two UTF-16 offsets of ``plainText`` (end exclusive).
    ///
    /// Codes strictly inside the range are kept. A code sitting exactly on a boundary belongs to the side
    /// it touches: an opening code at `range.lowerBound` and a closing code at `range.upperBound` are
    /// kept; a closing code at the lower bound and an opening code at the upper bound are not. A standalone
    /// code that stands for no text (an image, a footnote reference) at an offset `p` belongs to the text
    /// before it when `p` is the end of the plain text or the character at `p` is white space
    /// (`stock.[^1] She` → the reference ends the sentence "stock."), else to the text after it (an image
    /// that starts a caption); at `p = 0` it always belongs to the text after it. So it is kept at the
    /// upper bound or at the lower bound accordingly, and slices that tile a text hold it exactly once,
    /// while a sentence trimmed of white space keeps a code that ends it. A line
    /// break belongs to the slice that holds the space it stands for (``InlineCode/plainText``): a
    /// sentence trimmed of white space never ends or starts with one, and slices that tile a text share
    /// out its line breaks exactly once.
    /// A paired code cut by the range appears with only one of its two elements: callers that need
    /// well-formed pairs (XLIFF `<sc>`/`<ec>`, TMX `<it>`) check ``unpairedCodes``.
    /// - Complexity: O(e + k) for e elements and a slice of k UTF-16 units (the text runs are indexed, not
    ///   copied; native strings index UTF-16 offsets in about constant time through their breadcrumbs).
    public func slice(utf16 range: Range<Int>) -> RichText {
        var out: [InlineElement] = []
        var offset = 0
        var plainUnits: [UTF16.CodeUnit]?
        /// Whether a standalone code at `p` belongs to the text before it (see above).
        func belongsBefore(_ p: Int) -> Bool {
            if plainUnits == nil { plainUnits = Array(plainText.utf16) }
            let units = plainUnits!
            guard p > 0 else { return false }
            guard p < units.count else { return true }
            return Unicode.Scalar(units[p]).map(\.properties.isWhitespace) ?? false
        }
        for element in elements {
            switch element {
            case .text(let t):
                // Indexing the UTF-16 view (native strings keep UTF-16 breadcrumbs) instead of copying the
                // run into an array: a paragraph of 4,000 sentences sliced 4,000 times copied its whole text
                // each time (tenth trial, finding 12: most of a 1.4 MB article's import).
                let view = t.utf16
                let count = view.count
                let start = max(range.lowerBound - offset, 0), end = min(range.upperBound - offset, count)
                if start < end {
                    let a = view.index(view.startIndex, offsetBy: start), b = view.index(a, offsetBy: end - start)
                    let slice = view[a..<b]
                    // A range that cuts a surrogate pair decodes as before (U+FFFD for the lone half).
                    out.append(.text(String(slice) ?? String(decoding: Array(slice), as: UTF16.self)))
                }
                offset += count
            case .code(let c):
                let width = c.plainText.utf16.count
                if width > 0 {
                    if offset >= range.lowerBound && offset + width <= range.upperBound { out.append(.code(c)) }
                    offset += width
                    continue
                }
                let inside: Bool
                if offset > range.lowerBound && offset < range.upperBound { inside = true }
                else if offset == range.lowerBound && offset == range.upperBound { inside = false }
                else if offset == range.lowerBound { inside = c.kind == .opening || (c.kind == .standalone && !belongsBefore(offset)) }
                else if offset == range.upperBound { inside = c.kind == .closing || (c.kind == .standalone && belongsBefore(offset)) }
                else { inside = false }
                if inside { out.append(.code(c)) }
            }
        }
        return RichText(out)
    }

    /// Codes whose partner is not in this text: an opening without its closing or the reverse.
    public var unpairedCodes: [InlineCode] {
        var open: [String: Int] = [:]
        var unmatchedClosings: [InlineCode] = []
        for c in codes {
            switch c.kind {
            case .opening: open[c.id, default: 0] += 1
            case .closing:
                if let n = open[c.id], n > 0 { open[c.id] = n - 1 } else { unmatchedClosings.append(c) }
            case .standalone: break
            }
        }
        let unmatchedOpenings = codes.filter { $0.kind == .opening && (open[$0.id] ?? 0) > 0 }
        return unmatchedOpenings + unmatchedClosings
    }

    /// Concatenates two rich texts.
    public static func + (a: RichText, b: RichText) -> RichText { RichText(a.elements + b.elements) }
}
