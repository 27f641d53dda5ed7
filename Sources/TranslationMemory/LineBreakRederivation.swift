import Foundation
import TaalgrensCore

/// What the schema migrations `v8-line-break-text` (SQLite) and `7-line-break-text` (PostgreSQL) recompute
/// for a variant stored before a line break counted as a space of plain text (29 November 2026,
/// ``InlineCode/plainText``; `docs/memory.md`, "Line breaks in older memories").
///
/// Such a variant was stored with the plain text of the old reading, where a line break stood for nothing
/// ("Line one<br>line two." read "Line oneline two."), and every column derived from it followed: the
/// exact-lookup hash, the fuzzy keys, the folded concordance text, and the sentence starts (UTF-16 offsets
/// of that plain text). Both stores decide here, the same way, which rows to rewrite and with what.
package enum LineBreakRederivation {
    /// A substring of the content JSON of every variant that holds a line break (the code type's raw value
    /// as a JSON string), for the stores' SQL prefilter; the content is then decoded and checked.
    package static let contentMarker = "\"" + InlineCode.CodeType.lineBreak.rawValue + "\""

    /// What a variant's derived columns become.
    package struct Rederived {
        /// The plain text (line breaks as spaces).
        package let plain: String
        /// Keys, hash and folded text of the plain text.
        package let indexed: IndexedVariant
        /// The sentence starts as UTF-16 offsets of ``plain``.
        package let sentenceStarts: [Int]
    }

    /// The new derived data of a stored variant, or `nil` when its stored plain text is already the current
    /// reading (a variant without a line break, or one written since 29 November 2026): those rows stay
    /// untouched.
    /// - Parameters:
    ///   - locale: the variant's locale (its tokenizer).
    ///   - content: the stored content with its inline codes.
    ///   - storedPlain: the stored plain text.
    ///   - storedStarts: the stored sentence starts, UTF-16 offsets of `storedPlain`.
    /// - Complexity: O(n) in the length of the text (one tokenization).
    package static func rederive(locale: LanguageTag, content: RichText, storedPlain: String, storedStarts: [Int]) -> Rederived? {
        let plain = content.plainText
        guard plain != storedPlain, oldReading(content) == storedPlain else { return nil }
        let variant = Variant(locale: locale, content: content)
        return Rederived(plain: plain, indexed: IndexedVariant(variant), sentenceStarts: shiftedStarts(storedStarts, content: content))
    }

    /// The plain text as it was read before 29 November 2026: the text runs only, every code dropped.
    package static func oldReading(_ content: RichText) -> String {
        var s = ""
        for case .text(let t) in content.elements { s += t }
        return s
    }

    /// Sentence starts of the old reading moved to the current one: each line break before a start (or at
    /// it: the space a break stands for ends the sentence before it) adds the one UTF-16 unit of its space.
    static func shiftedStarts(_ starts: [Int], content: RichText) -> [Int] {
        var breaks: [(offset: Int, width: Int)] = []
        var offset = 0
        for element in content.elements {
            switch element {
            case .text(let t): offset += t.utf16.count
            case .code(let c): if !c.plainText.isEmpty { breaks.append((offset, c.plainText.utf16.count)) }
            }
        }
        return starts.map { s in s + breaks.filter { $0.offset <= s }.reduce(0) { $0 + $1.width } }
    }
}
