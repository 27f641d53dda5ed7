import TaalgrensCore

/// Inline content as a reviewer reads it: the plain text plus the text of code spans and code blocks, which
/// ``RichText/plainText`` leaves out because code is protected from translation (TRIAL7 finding 11: "The file
/// is called <code>budget_2026.xlsx</code>." was shown as "The file is called .").
///
/// Only code is shown: other inline codes (links, emphasis, images) stand for no text and show as in
/// ``RichText/plainText`` (a line break as one space).
public enum ReviewText {
    /// A run of the shown text.
    public enum Run: Hashable, Sendable {
        /// Running text (translatable).
        case text(String)
        /// The text of a code span (`<code>`, a Markdown backtick span) or, when `block` is true, of a code
        /// block (`<pre>`, a fenced block): shown, never translated.
        case code(String, block: Bool)
    }

    /// Whether `content` shows more than its ``RichText/plainText``: it holds a `code` code (a code span or
    /// code block) or a template tag in running text (an `other` code with `template`, ``runs(_:)``). A
    /// caller keeps the content for display only then.
    /// - Complexity: O(n) in the number of elements.
    public static func needsContent(_ content: RichText) -> Bool {
        content.codes.contains { $0.type == .code || ($0.kind == .standalone && $0.attributes["template"] != nil) }
    }

    /// The runs of `content` in order, adjacent text runs merged.
    ///
    /// A standalone `code` code shows its `text` attribute (with the space recorded on it as `space-before` or
    /// `space-after`, the readers' one-space rule in `docs/articles.md`); the text between a paired `code` code's opening and
    /// closing is code (`display=block` makes it a block). A template tag in running text (a standalone
    /// `other` code with `template`: `{{< phone >}}`) shows as code, as written.
    /// - Complexity: O(n) in the number of elements.
    public static func runs(_ content: RichText) -> [Run] {
        var out: [Run] = []
        var open: [String: Bool] = [:]
        func add(_ text: String) {
            guard !text.isEmpty else { return }
            if let block = open.values.first {
                if case .code(let previous, let b)? = out.last, b == block {
                    out[out.count - 1] = .code(previous + text, block: block)
                } else {
                    out.append(.code(text, block: block))
                }
            } else if case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + text)
            } else {
                out.append(.text(text))
            }
        }
        for element in content.elements {
            switch element {
            case .text(let text):
                add(text)
            case .code(let code) where code.type == .code:
                let block = code.attributes["display"] == "block"
                switch code.kind {
                case .standalone:
                    guard let text = code.attributes["text"], !text.isEmpty else { break }
                    // The space the reader recorded on a code that stood for no text comes back with its text.
                    if code.attributes["space-before"] == "yes" { add(" ") }
                    out.append(.code(text, block: block))
                    if code.attributes["space-after"] == "yes" { add(" ") }
                case .opening:
                    open[code.id] = block
                case .closing:
                    open[code.id] = nil
                }
            case .code(let code) where code.kind == .standalone && code.attributes["template"] != nil:
                // A template tag in running text (``Shortcode``) is shown as code, as written.
                if code.attributes["space-before"] == "yes" { add(" ") }
                out.append(.code(code.attributes["template"]!, block: false))
                if code.attributes["space-after"] == "yes" { add(" ") }
            case .code(let code):
                add(code.plainText)
            }
        }
        return out
    }

    /// The shown text for a terminal: code spans in backticks (`` `budget_2026.xlsx` ``), a code block between
    /// lines of three backticks. Backticks inside the code are left as they are.
    /// - Complexity: O(n) in the length of the text.
    public static func plain(_ content: RichText) -> String {
        runs(content).map { run in
            switch run {
            case .text(let text): text
            case .code(let text, block: false): "`" + text + "`"
            case .code(let text, block: true): "```\n" + text + (text.hasSuffix("\n") ? "" : "\n") + "```"
            }
        }.joined()
    }

    /// The shown text as an HTML fragment: text escaped (``MarkupEscaping/attribute(_:)``), code spans as
    /// `<code>…</code>`, code blocks as `<code class="block">…</code>` (a page styles them with
    /// `white-space: pre-wrap`).
    /// - Complexity: O(n) in the length of the text.
    public static func html(_ content: RichText) -> String {
        runs(content).map { run in
            switch run {
            case .text(let text): MarkupEscaping.attribute(text)
            case .code(let text, block: false): "<code>" + MarkupEscaping.attribute(text) + "</code>"
            case .code(let text, block: true): "<code class=\"block\">" + MarkupEscaping.attribute(text) + "</code>"
            }
        }.joined()
    }
}
