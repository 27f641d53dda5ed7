import TaalgrensCore

extension RichText {
    /// The parts of this text between many UTF-16 offsets of ``RichText/plainText`` at once, in one pass:
    /// element `i` of the result equals `slice(utf16: ranges[i])`, code for code and character for
    /// character (the same rules for a code on a boundary, see ``RichText/slice(utf16:)``).
    ///
    /// `slice(utf16:)` walks the whole text for each range, so cutting a block into `k` segments cost
    /// O(k·n): quadratic in a long paragraph (TRIAL5 item 10: one 1 MB paragraph took 77 s). This walks
    /// the elements once and hands each piece to the ranges it overlaps.
    /// - Parameter ranges: UTF-16 offsets into ``RichText/plainText``, end exclusive, sorted by their
    ///   lower bounds and not overlapping (they may touch), as ``Segmenter/sentenceRanges(in:)`` returns them.
    /// - Returns: one rich text per range, in the order of `ranges`.
    /// - Complexity: O(n + k) for n characters and elements and k ranges.
    func slices(utf16 ranges: [Range<Int>]) -> [RichText] {
        var pieces = [[InlineElement]](repeating: [], count: ranges.count)
        var plainUnits: [UTF16.CodeUnit]?
        /// Whether a standalone code that stands for no text at `p` belongs to the text before it: `p` is
        /// the end of the plain text or white space follows (the rule of `slice(utf16:)`).
        func belongsBefore(_ p: Int) -> Bool {
            if plainUnits == nil { plainUnits = Array(plainText.utf16) }
            guard p > 0 else { return false }
            guard p < plainUnits!.count else { return true }
            return Unicode.Scalar(plainUnits![p]).map(\.properties.isWhitespace) ?? false
        }
        // Ranges before `first` end before `offset`: no later element can touch them (upper bounds are
        // sorted because the ranges are sorted and do not overlap).
        var first = 0
        var offset = 0
        for element in elements {
            while first < ranges.count && ranges[first].upperBound < offset { first += 1 }
            var k = first
            switch element {
            case .text(let t):
                let units = Array(t.utf16)
                while k < ranges.count && ranges[k].lowerBound < offset + units.count {
                    let start = max(ranges[k].lowerBound - offset, 0)
                    let end = min(ranges[k].upperBound - offset, units.count)
                    if start < end { pieces[k].append(.text(String(decoding: units[start..<end], as: UTF16.self))) }
                    k += 1
                }
                offset += units.count
            case .code(let c):
                let width = c.plainText.utf16.count
                // Only ranges with lowerBound <= offset <= upperBound can hold the code.
                while k < ranges.count && ranges[k].lowerBound <= offset {
                    let range = ranges[k]
                    k += 1
                    if width > 0 {
                        if offset + width <= range.upperBound { pieces[k - 1].append(.code(c)) }
                        continue
                    }
                    let inside: Bool
                    if offset > range.lowerBound && offset < range.upperBound { inside = true }
                    else if offset == range.lowerBound && offset == range.upperBound { inside = false }
                    else if offset == range.lowerBound {
                        inside = c.kind == .opening || (c.kind == .standalone && !belongsBefore(offset))
                    } else {
                        inside = c.kind == .closing || (c.kind == .standalone && belongsBefore(offset))
                    }
                    if inside { pieces[k - 1].append(.code(c)) }
                }
                offset += width
            }
        }
        return pieces.map(RichText.init)
    }
}
