import Foundation
import TaalgrensCore
import TranslationMemory

/// The result of `taalgrens concordance`.
public struct ConcordanceReport: Codable, Sendable {
    /// One variant holding the phrase.
    public struct Hit: Codable, Sendable {
        /// The unit's id.
        public var unit: String
        /// The variant's locale.
        public var locale: LanguageTag
        /// The variant's plain text.
        public var text: String
        /// Where the phrase occurs in `text`: UTF-16 offsets, end exclusive.
        public var ranges: [[Int]]
        /// The unit's other variants, by locale.
        public var others: [String: String]
        /// The variant's review status.
        public var status: UnitStatus
        /// Whether some occurrence is a whole word or words (``TranslationMemory/ConcordanceHit/isWholeWord``):
        /// such hits come first.
        public var wholeWord: Bool
        /// The sub-flow texts of the variant's inline codes that hold the phrase (a TMX `<sub>`: a footnote,
        /// an image's `alt` text); absent when there are none.
        public var subFlows: [SubFlow]?
    }
    /// A sub-flow text holding the phrase (``TranslationMemory/ConcordanceHit/SubFlowHit``).
    public struct SubFlow: Codable, Sendable {
        /// The id of the inline code whose markup holds the text.
        public var code: String
        /// The sub-flow text.
        public var text: String
        /// Where the phrase occurs in `text`: UTF-16 offsets, end exclusive.
        public var ranges: [[Int]]
    }
    /// The phrase searched for, as given.
    public var phrase: String
    /// The locale searched.
    public var locale: LanguageTag
    /// The hits, in the order the store returns them.
    public var hits: [Hit]

    /// Each hit with the phrase highlighted (bold on a terminal, `[…]` otherwise), the sub-flow texts that hold
    /// it (`in code 1: …`) and the other variants below.
    public func text(highlight: Bool) -> String {
        if hits.isEmpty { return "no occurrence of \(Self.quoted(phrase)) in \(locale)\n" }
        var out = ""
        for hit in hits {
            out += "\(hit.locale): \(Self.marked(hit.text, hit.ranges, highlight: highlight))  [\(hit.unit)]\n"
            for sub in hit.subFlows ?? [] {
                out += "   in code \(sub.code): \(Self.marked(sub.text, sub.ranges, highlight: highlight))\n"
            }
            for (locale, text) in hit.others.sorted(by: { $0.key < $1.key }) { out += "   \(locale): \(text)\n" }
        }
        return out
    }

    /// The phrase as a message names it: in straight double quotes, unless it is already quoted (its first
    /// and last characters are quotation marks, straight or typographic: `"je bank"`, “je bank”,
    /// « votre banque »), which it then keeps as typed instead of doubling them.
    static func quoted(_ phrase: String) -> String {
        let trimmed = phrase.trimmingCharacters(in: .whitespacesAndNewlines)
        let marks: Set<Character> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}",
                                     "\u{2018}", "\u{2019}", "\u{201A}", "\u{2039}", "\u{203A}"]
        if trimmed.count >= 2, let first = trimmed.first, let last = trimmed.last, marks.contains(first), marks.contains(last) {
            return trimmed
        }
        return "\"" + phrase + "\""
    }

    /// `text` with each of `ranges` (UTF-16 offsets) in bold yellow (`highlight`) or in brackets.
    private static func marked(_ text: String, _ ranges: [[Int]], highlight: Bool) -> String {
        let units = Array(text.utf16)
        var marked = "", last = 0
        for range in ranges where range.count == 2 && range[0] >= last && range[1] <= units.count {
            marked += String(decoding: units[last..<range[0]], as: UTF16.self)
            let phrase = String(decoding: units[range[0]..<range[1]], as: UTF16.self)
            marked += highlight ? "\u{1B}[1;33m\(phrase)\u{1B}[0m" : "[\(phrase)]"
            last = range[1]
        }
        return marked + String(decoding: units[last...], as: UTF16.self)
    }
}

extension Workspace {
    /// `taalgrens concordance`: a case- and accent-insensitive phrase search in one locale's variants.
    /// - Parameters:
    ///   - phrase: the word or phrase; it must hold more than whitespace.
    ///   - locale: the locale whose variants are searched.
    ///   - limit: the most hits returned.
    ///   - others: the languages of the other variants shown beside each hit (`--to en,fr-BE`): a variant is
    ///     shown when its language subtag is one of theirs (`fr-BE` shows `fr-FR` too, as an EU memory writes
    ///     it); `nil` shows every variant. Eighteenth trial, finding 11: a hit in a 24-language EU memory
    ///     printed 23 other languages.
    /// - Throws: ``InputError`` for an empty phrase, an unknown locale (`--locale`) or an unusable memory.
    public func concordance(_ phrase: String, locale: LanguageTag, limit: Int = 20, others wanted: [LanguageTag]? = nil,
                            memory: String?) throws -> ConcordanceReport {
        try job {
            // Stored text has no soft hyphens or zero-width spaces (``InvisibleFormat``); a phrase pasted with them
            // would find nothing.
            let searched = InvisibleFormat.removing(from: phrase)
            guard !searched.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw InputError(file: "<phrase>", "the phrase is empty; expected a word or phrase to search for")
            }
            try checkKnown([locale], option: "--locale")
            let store = try openMemory(memory)
            let hits = try store.concordance(searched, locale: locale, limit: limit)
            return ConcordanceReport(phrase: phrase, locale: locale, hits: hits.map { hit in
                ConcordanceReport.Hit(
                    unit: hit.unit.id, locale: hit.variant.locale, text: hit.variant.text,
                    ranges: hit.ranges.map { [$0.lowerBound, $0.upperBound] },
                    others: Dictionary(uniqueKeysWithValues: hit.unit.variants.filter { v in
                        v.locale != hit.variant.locale && (wanted.map { $0.contains { $0.language.lowercased() == v.locale.language.lowercased() } } ?? true)
                    }.map { ($0.locale.identifier, $0.text) }),
                    status: hit.unit.status(for: hit.variant.locale),
                    wholeWord: hit.isWholeWord,
                    subFlows: hit.subFlowHits.isEmpty ? nil : hit.subFlowHits.map {
                        ConcordanceReport.SubFlow(code: $0.codeID, text: $0.text, ranges: $0.ranges.map { [$0.lowerBound, $0.upperBound] })
                    })
            })
        }
    }
}
