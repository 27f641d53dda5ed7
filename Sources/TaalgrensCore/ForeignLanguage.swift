/// Text in another language than its article's (ninth trial, finding 6): an embedded English tweet
/// `<blockquote lang="en">` in a fr-BE page, a `<span lang="nl">` quotation inside a French paragraph.
///
/// *Decision* (`docs/articles.md`, "Passages in another language"): such text is kept as the author wrote
/// it. A block is not segmented (no segment, no XLIFF unit, no memory unit, no QA finding; a bundle copies
/// it as it is with its `lang`); a span stays inside its segment, as a paired `other` code with `lang`, and
/// typography and the language checks leave its text alone. Two tags are "another language" when their
/// primary language subtags differ (BCP 47, RFC 5646 §2.2.1): `en-GB` in an `en` page is the page's own
/// language, `EN` and `en` are one tag.
extension LanguageTag {
    /// Whether `other` names another language than this tag: their primary language subtags differ
    /// (`en-GB` and `en` do not, `en` and `nl-BE` do).
    public func isAnotherLanguage(than other: LanguageTag) -> Bool { language != other.language }
}

extension Block {
    /// The language the block's source element declared (`lang` or `xml:lang`) when it is another one than
    /// its article's: ``Block/attributes`` key `lang`, set by the article readers only then. `nil` for a
    /// block in the article's language.
    public var language: LanguageTag? { attributes?["lang"].flatMap(LanguageTag.init) }

    /// Whether the block is written in another language than `locale` (``language`` set and naming another
    /// primary language): such a block is kept as it is, never segmented or translated.
    public func isInAnotherLanguage(than locale: LanguageTag) -> Bool {
        language.map { $0.isAnotherLanguage(than: locale) } ?? false
    }
}

extension RichText {
    /// The UTF-16 ranges of ``plainText`` that lie inside a paired code with a `lang` attribute naming
    /// another language than `locale` (a `<span lang="nl">` quotation in a French sentence), in order and
    /// without overlap (a nested span lies inside its outer one's range). An unclosed span runs to the end.
    /// - Complexity: O(n) in the number of elements.
    public func foreignLanguageRanges(than locale: LanguageTag) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: [String] = []
        var start = 0
        var offset = 0
        for element in elements {
            switch element {
            case .text(let t): offset += t.utf16.count
            case .code(let c):
                if c.kind == .opening, let tag = c.attributes["lang"].flatMap(LanguageTag.init), tag.isAnotherLanguage(than: locale) {
                    if open.isEmpty { start = offset }
                    open.append(c.id)
                } else if c.kind == .closing, let index = open.lastIndex(of: c.id) {
                    open.remove(at: index)
                    if open.isEmpty && offset > start { ranges.append(start..<offset) }
                }
                offset += c.plainText.utf16.count
            }
        }
        if !open.isEmpty && offset > start { ranges.append(start..<offset) }
        return ranges
    }

    /// ``plainText`` without the text of ``foreignLanguageRanges(than:)``: what a language check of
    /// `locale` reads (a quotation in another language is not evidence of the text's language).
    /// - Complexity: O(n) in the length of the text.
    public func plainText(outsideLanguagesOtherThan locale: LanguageTag) -> String {
        let ranges = foreignLanguageRanges(than: locale)
        guard !ranges.isEmpty else { return plainText }
        let units = Array(plainText.utf16)
        var out: [UInt16] = []
        var cursor = 0
        for range in ranges {
            out += units[cursor..<range.lowerBound]
            out.append(0x20)
            cursor = range.upperBound
        }
        out += units[cursor...]
        return String(decoding: out, as: UTF16.self)
    }
}
