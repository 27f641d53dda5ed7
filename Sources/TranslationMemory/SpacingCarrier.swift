import TaalgrensCore
import Tokenization

/// Carries a query's no-break spaces into a stored target, where they belong to a placeable: the space the
/// query writes as U+00A0 (or U+202F, U+2007) between a number and its unit ("10&nbsp;minutes", a CMS's
/// re-save) and the spaces inside a digit string written the query's way ("078&nbsp;170&nbsp;170").
///
/// Only spaces next to or inside a placeable can be found in a translation: the target holds the same value
/// (tokenized with its own locale), while its words are other words. Only a breakable space becomes a no-break
/// one, never the other way: a target that writes a no-break space where the query has a plain one keeps its
/// own typography (French writes one before a unit or inside « »). `docs/matching.md`, "Spacing only".
enum SpacingCarrier {
    /// One space of the query to carry into the target, at a placeable of value ``value`` (the query's value,
    /// which an adapted target holds).
    struct Carry: Sendable {
        var value: Placeable
        /// The placeable as the stored source writes it, and as the query writes it, when they differ only in
        /// their spaces: a target token written as ``storedText`` is written as ``queryText``.
        var storedText: String?
        var queryText: String?
        /// The query's no-break space after the placeable (where the stored source breaks), or before it.
        var after: String?
        var before: String?

        init(value: Placeable, storedText: String? = nil, queryText: String? = nil, after: String? = nil, before: String? = nil) {
            self.value = value
            self.storedText = storedText
            self.queryText = queryText
            self.after = after
            self.before = before
        }
    }

    /// Whether a gap holds a no-break space and no breakable one.
    static func isNoBreak(_ gap: String) -> Bool {
        !gap.isEmpty && gap.unicodeScalars.allSatisfy { noBreak.contains($0) || $0.properties.generalCategory == .format }
            && gap.unicodeScalars.contains(where: noBreak.contains)
    }

    /// Whether a gap is breakable white space only (U+0020 and the like), at least one scalar.
    static func isBreakable(_ gap: String) -> Bool {
        !gap.isEmpty && gap.unicodeScalars.allSatisfy { $0.properties.isWhitespace && !noBreak.contains($0) }
    }

    static let noBreak: Set<Unicode.Scalar> = ["\u{00A0}", "\u{202F}", "\u{2007}"]

    /// The carry for one spacing difference between matching tokens: the query's gap `gap` (between `left`
    /// and `right`) is a no-break space where the stored source's `storedGap` (between `storedLeft` and
    /// `storedRight`) breaks, and one of the two stored tokens is a placeable. `nil` otherwise.
    static func carry(gap: String, storedGap: String, after left: Token, _ right: Token,
                      stored storedLeft: Token, _ storedRight: Token) -> Carry? {
        guard isNoBreak(gap), isBreakable(storedGap) else { return nil }
        if storedLeft.kind.isPlaceable, let value = left.value { return Carry(value: value, after: gap) }
        if storedRight.kind.isPlaceable, let value = right.value { return Carry(value: value, before: gap) }
        return nil
    }

    /// `content` (a target in `locale`) with the carries applied at every placeable of their value, or `nil`
    /// when nothing changed: a token written as the stored source wrote the value takes the query's writing,
    /// and a single U+0020 after (before) it takes the query's no-break space.
    /// - Complexity: O(n + c) for n characters of the target and c carries, after tokenizing the target.
    static func apply(_ carries: [Carry], to content: RichText, locale: LanguageTag) -> RichText? {
        guard !carries.isEmpty else { return nil }
        let text = content.plainText
        let units = Array(text.utf16)
        var byValue: [String: [Token]] = [:]
        for t in Tokenizer(locale: locale).tokens(text) {
            guard let value = t.value else { continue }
            byValue[value.typeName + ":" + value.canonicalValue, default: []].append(t)
        }
        var edits: [Int: (range: Range<Int>, text: String)] = [:]  // by start, so a space is rewritten once
        for carry in carries {
            for t in byValue[carry.value.typeName + ":" + carry.value.canonicalValue] ?? [] {
                if let stored = carry.storedText, let written = carry.queryText, t.text == stored {
                    edits[t.start] = (t.start..<t.end, written)
                }
                if let space = carry.after, t.end < units.count, units[t.end] == 0x20 {
                    edits[t.end] = (t.end..<(t.end + 1), space)
                }
                if let space = carry.before, t.start > 0, units[t.start - 1] == 0x20 {
                    edits[t.start - 1] = ((t.start - 1)..<t.start, space)
                }
            }
        }
        guard !edits.isEmpty else { return nil }
        var out = content
        for edit in edits.values.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            out = out.replacing(utf16: edit.range, with: edit.text)
        }
        return out
    }
}
