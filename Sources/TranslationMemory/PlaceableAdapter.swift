import TaalgrensCore
import Tokenization

/// Writes a query's placeable values into a stored target (a "repaired" fuzzy match, in Okapi's words).
enum PlaceableAdapter {
    /// The target with every changed placeable replaced, or `nil` when a stored value cannot be found in
    /// the target or one stored value would need two different replacements.
    /// - Parameter changes: pairs of (value in the stored source, value in the query at the same place).
    static func adapt(_ target: Variant, changes: [(stored: Placeable, query: Placeable)]) -> RichText? {
        var replacementFor: [String: Placeable] = [:]
        for (stored, query) in changes {
            let key = stored.typeName + ":" + stored.canonicalValue
            if let existing = replacementFor[key], !existing.hasSameValue(as: query) { return nil }
            replacementFor[key] = query
        }
        let tokens = Tokenizer(locale: target.locale).tokens(target.content.plainText)
        var edits: [(range: Range<Int>, text: String)] = []
        var found: Set<String> = []
        for t in tokens {
            guard let value = t.value else { continue }
            let key = value.typeName + ":" + value.canonicalValue
            guard let query = replacementFor[key] else { continue }
            found.insert(key)
            edits.append((t.start..<t.end, query.written(for: target.locale, like: value)))
        }
        guard found.count == replacementFor.count else { return nil }
        var content = target.content
        for edit in edits.reversed() { content = content.replacing(utf16: edit.range, with: edit.text) }
        return content
    }
}

extension RichText {
    /// Replaces the plain-text range `range` (UTF-16 offsets) with `text`, keeping every inline code; codes
    /// strictly inside the range move to its end.
    func replacing(utf16 range: Range<Int>, with text: String) -> RichText {
        var before: [InlineElement] = [], inside: [InlineElement] = [], after: [InlineElement] = []
        var offset = 0
        for element in elements {
            switch element {
            case .text(let t):
                let units = Array(t.utf16)
                let start = offset, end = offset + units.count
                if start < range.lowerBound {
                    before.append(.text(String(decoding: units[0..<min(units.count, range.lowerBound - start)], as: UTF16.self)))
                }
                if end > range.upperBound {
                    after.append(.text(String(decoding: units[max(0, range.upperBound - start)...], as: UTF16.self)))
                }
                offset = end
            case .code(let code):
                if offset <= range.lowerBound { before.append(element) }
                else if offset >= range.upperBound { after.append(element) }
                else { inside.append(element) }
                offset += code.plainText.utf16.count  // a line break is one space of the plain text
            }
        }
        return RichText(before + [.text(text)] + inside + after)
    }
}
