import TaalgrensCore
import Tokenization

/// Writes a query's placeable values into a stored target (a "repaired" fuzzy match, in Okapi's words).
enum PlaceableAdapter {
    /// The target with every changed placeable replaced, or `nil` when a changed stored value cannot be
    /// found in the target or its occurrences cannot be told apart.
    ///
    /// The stored source's occurrences of one value pair with the target's occurrences of that value **by
    /// position**: the n-th "3" of the source is the n-th "3" of the target. So "Step 3 of 3" →
    /// "Stap 3 van 3" adapted to "Step 3 of 5" gives "Stap 3 van 5" (not "Stap 5 van 5", which a replacement
    /// of every "3" wrote before 30 November 2026), and "2 × 2 = 4" adapted to "2 × 3 = 6" gives "2 × 3 = 6".
    /// When every occurrence of a value changes to one same new value, every target occurrence of it is
    /// replaced, however many the target has (a translation may repeat or drop a figure). When the
    /// occurrences change differently (or some not at all) and the target holds another number of them,
    /// which one is which is a guess: the match is returned unadapted.
    /// - Parameter pairs: every paired placeable of the stored source with the query's value in its place,
    ///   in the order of the stored source (``FuzzyScorer/Result/pairedValues``).
    /// - Complexity: O(t + p) for t target tokens and p pairs, after tokenizing the target.
    static func adapt(_ target: Variant, pairs: [(stored: Placeable, query: Placeable)]) -> RichText? {
        // Per stored value, the query's values at its occurrences, in source order.
        var occurrences: [String: [Placeable]] = [:]
        var order: [String] = []
        for (stored, query) in pairs {
            let key = stored.typeName + ":" + stored.canonicalValue
            if occurrences[key] == nil { order.append(key) }
            occurrences[key, default: []].append(query)
        }
        let stored = Dictionary(pairs.map { ($0.stored.typeName + ":" + $0.stored.canonicalValue, $0.stored) }, uniquingKeysWith: { a, _ in a })
        let changedKeys = order.filter { key in occurrences[key]!.contains { !$0.hasSameValue(as: stored[key]!) } }
        guard !changedKeys.isEmpty else { return nil }
        let tokens = Tokenizer(locale: target.locale).tokens(target.content.plainText)
        var inTarget: [String: [Token]] = [:]
        for t in tokens {
            guard let value = t.value else { continue }
            inTarget[value.typeName + ":" + value.canonicalValue, default: []].append(t)
        }
        var edits: [(range: Range<Int>, text: String)] = []
        for key in changedKeys {
            let queries = occurrences[key]!, original = stored[key]!
            guard let found = inTarget[key], !found.isEmpty else { return nil }
            if queries.dropFirst().allSatisfy({ $0.hasSameValue(as: queries[0]) }) {
                // One new value for every occurrence: every target occurrence gets it.
                for t in found { edits.append((t.start..<t.end, queries[0].written(for: target.locale, like: t.value!))) }
            } else {
                guard found.count == queries.count else { return nil }
                for (t, query) in zip(found, queries) where !query.hasSameValue(as: original) {
                    edits.append((t.start..<t.end, query.written(for: target.locale, like: t.value!)))
                }
            }
        }
        var content = target.content
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }).reversed() {
            content = content.replacing(utf16: edit.range, with: edit.text)
        }
        return content
    }
}

extension RichText {
    /// Replaces the plain-text range `range` (UTF-16 offsets) with `text`, keeping every inline code.
    ///
    /// A pair of codes with both halves strictly inside the range (a French ordinal's superscript,
    /// `1<sup>er</sup> janvier` in a date written anew as `1er mars`) goes around the same text in the new
    /// value, at its occurrence nearest the old place; when the new value no longer holds that text
    /// ("2 mars": no "er"), the pair is left out with it, so no empty element reaches the article
    /// (thirteenth trial, finding 10). Other codes strictly inside the range (a
    /// standalone code, a lone half) move to its end, as before.
    /// - Complexity: O(n + k·m) for n elements, k pairs inside the range and m the length of `text`.
    func replacing(utf16 range: Range<Int>, with text: String) -> RichText {
        var before: [InlineElement] = [], after: [InlineElement] = []
        var inside: [(offset: Int, code: InlineCode)] = []  // offsets relative to the range's start
        var old: [UInt16] = []  // the plain text of the range
        var offset = 0
        for element in elements {
            switch element {
            case .text(let t):
                let units = Array(t.utf16)
                let start = offset, end = offset + units.count
                if start < range.lowerBound {
                    before.append(.text(String(decoding: units[0..<min(units.count, range.lowerBound - start)], as: UTF16.self)))
                }
                let lo = max(start, range.lowerBound), hi = min(end, range.upperBound)
                if lo < hi { old += units[(lo - start)..<(hi - start)] }
                if end > range.upperBound {
                    after.append(.text(String(decoding: units[max(0, range.upperBound - start)...], as: UTF16.self)))
                }
                offset = end
            case .code(let code):
                if offset <= range.lowerBound { before.append(element) }
                else if offset >= range.upperBound { after.append(element) }
                else { inside.append((offset - range.lowerBound, code)) }
                let width = code.plainText.utf16.count  // a line break is one space of the plain text
                if width > 0, offset >= range.lowerBound, offset < range.upperBound { old += Array(code.plainText.utf16) }
                offset += width
            }
        }
        let new = Array(text.utf16)
        var placed: [(offset: Int, order: Int, code: InlineCode)] = []
        var trailing: [InlineElement] = []
        var handled = Set<Int>()
        for (i, opening) in inside.enumerated() where opening.code.kind == .opening && !handled.contains(i) {
            guard let j = inside.indices.first(where: { $0 > i && !handled.contains($0) && inside[$0].code.kind == .closing && inside[$0].code.id == opening.code.id })
            else { continue }
            handled.formUnion([i, j])
            let enclosed = Array(old[min(opening.offset, old.count)..<min(inside[j].offset, old.count)])
            // The occurrence of the enclosed text in the new value nearest its old place; none: the pair goes.
            guard !enclosed.isEmpty, new.count >= enclosed.count else { continue }
            var best: Int?
            for k in 0...(new.count - enclosed.count) where Array(new[k..<(k + enclosed.count)]) == enclosed {
                if best == nil || abs(k - opening.offset) < abs(best! - opening.offset) { best = k }
            }
            guard let at = best else { continue }
            placed.append((at, i, opening.code))
            placed.append((at + enclosed.count, j, inside[j].code))
        }
        for (i, item) in inside.enumerated() where !handled.contains(i) { trailing.append(.code(item.code)) }
        var middle: [InlineElement] = []
        var cursor = 0
        for item in placed.sorted(by: { ($0.offset, $0.order) < ($1.offset, $1.order) }) {
            if item.offset > cursor { middle.append(.text(String(decoding: new[cursor..<item.offset], as: UTF16.self))) }
            middle.append(.code(item.code))
            cursor = max(cursor, item.offset)
        }
        if cursor < new.count || middle.isEmpty { middle.append(.text(String(decoding: new[cursor...], as: UTF16.self))) }
        return RichText(before + middle + trailing + after)
    }
}
