import Foundation
import TaalgrensCore
import Tokenization
import XMLSupport

/// The rules every ``TMStore`` applies the same way, whatever its database: one definition for the SQLite
/// and the PostgreSQL store, so a fix in one cannot be forgotten in the other.
package enum StoreRules {
    /// An SQL expression ranking a status column as ``UnitStatus/trustRank`` does (`reviewed` highest,
    /// `untrusted` and unknown text 0), for `ORDER BY … DESC`; the same text in SQLite and PostgreSQL.
    /// - Parameter column: the column (or expression) holding a ``UnitStatus`` raw value.
    package static func trustRankSQL(_ column: String) -> String {
        let cases = UnitStatus.allCases.filter { $0.trustRank > 0 }.sorted { $0.trustRank > $1.trustRank }
            .map { "WHEN '\($0.rawValue)' THEN \($0.trustRank)" }
        return "CASE \(column) " + cases.joined(separator: " ") + " ELSE 0 END"
    }

    /// The form of a concordance phrase that stores search for: trimmed of surrounding white space and
    /// folded (``TextKey/concordanceFold(_:)``: case, accents and quotation marks, so `"je bank"` typed with
    /// straight quotes finds “je bank” and « je bank »); empty when nothing is left to search.
    package static func concordanceNeedle(_ phrase: String) -> String {
        TextKey.concordanceFold(phrase.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The concordance hit of a stored unit's variant in `locale` (its identifier, as stored): the unit
    /// and variant with every occurrence of `needle` in its plain text and in its codes' sub-flow texts;
    /// `nil` when the unit or the variant is missing or the folded phrase occurs in none of them (the
    /// database's candidate was wrong).
    package static func concordanceHit(unit: TranslationUnit?, locale: String, needle: String) -> ConcordanceHit? {
        guard let unit, let variant = unit.variants.first(where: { $0.locale.identifier == locale }) else { return nil }
        let plain = variant.content.plainText
        let ranges = occurrences(of: needle, in: plain)
        var subHits: [ConcordanceHit.SubFlowHit] = []
        let subs = variant.content.subFlowTexts
        for sub in subs {
            let found = occurrences(of: needle, in: sub.text)
            if !found.isEmpty { subHits.append(.init(codeID: sub.codeID, text: sub.text, ranges: found)) }
        }
        guard !ranges.isEmpty || !subHits.isEmpty else { return nil }
        let whole = hasWholeWordOccurrence(of: needle, inFolded: IndexedVariant.concordanceText(plain: plain, subFlowTexts: subs.map(\.text)))
        return ConcordanceHit(unit: unit, variant: variant, ranges: ranges, subFlowHits: subHits, isWholeWord: whole)
    }

    /// Whether a folded `needle` occurs in the folded text `folded` (a variant's concordance column) as a
    /// whole word or words: at some occurrence, the scalar before it is no word scalar or the needle's
    /// first scalar is none, and likewise the scalar after it and the needle's last. A word scalar is a
    /// letter (Unicode `Alphabetic`), a digit or other number, or a combining mark. So "line" is whole in
    /// "the line is open" and "line-up" but not in "helpline"; "(SID" is whole wherever it occurs.
    /// Both stores rank with this one function (`docs/memory.md`, "Concordance").
    /// - Complexity: O(n · m) in the UTF-16 lengths of the text and the needle.
    package static func hasWholeWordOccurrence(of needle: String, inFolded folded: String) -> Bool {
        let hay = Array(folded.unicodeScalars), pin = Array(needle.unicodeScalars)
        guard let first = pin.first, let last = pin.last, pin.count <= hay.count else { return false }
        let checkStart = isWordScalar(first), checkEnd = isWordScalar(last)
        var i = 0
        while i + pin.count <= hay.count {
            if hay[i] == first && hay[i..<(i + pin.count)].elementsEqual(pin) {
                let startOK = !checkStart || i == 0 || !isWordScalar(hay[i - 1])
                let endOK = !checkEnd || i + pin.count == hay.count || !isWordScalar(hay[i + pin.count])
                if startOK && endOK { return true }
            }
            i += 1
        }
        return false
    }

    /// A scalar that continues a word: a letter, a number or a combining mark.
    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") }
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Chooses a concordance's hits from its candidates in the stores' order (trust, date, unit id): the
    /// first `limit` candidates with a whole-word occurrence (``hasWholeWordOccurrence(of:inFolded:)``),
    /// then, when there are fewer, the first in-word ones. The same choice as sorting every candidate by
    /// (whole word first, then the stores' order) and keeping `limit`, without reading past the `limit`-th
    /// whole-word candidate.
    package struct WholeWordFirst<Candidate> {
        private let needle: String
        private let limit: Int
        private var whole: [Candidate] = []
        private var inWord: [Candidate] = []

        /// An empty choice of at most `limit` hits of the folded `needle`.
        package init(needle: String, limit: Int) {
            self.needle = needle
            self.limit = limit
        }

        /// Whether `limit` whole-word candidates are in: no later candidate can be chosen.
        package var isComplete: Bool { whole.count >= limit }

        /// Offers the next candidate in the stores' order, with its folded concordance text.
        package mutating func offer(_ candidate: Candidate, folded: String) {
            guard !isComplete else { return }
            if StoreRules.hasWholeWordOccurrence(of: needle, inFolded: folded) {
                whole.append(candidate)
            } else if inWord.count < limit {
                inWord.append(candidate)
            }
        }

        /// The chosen candidates: whole-word ones first, each group in the order offered.
        package var chosen: [Candidate] { whole + inWord.prefix(max(0, limit - whole.count)) }
    }

    /// Non-overlapping occurrences of a folded `needle` in `text`, left to right. A range never ends with
    /// white space the needle does not end with: the concordance fold drops the spaces before » and ? ! : ;,
    /// so "sérieux" in "sérieux\u{202F}»" maps back without the space (seventeenth trial, finding 1: the
    /// highlight took the space in).
    /// - Returns: UTF-16 offset ranges of `text` (the original, not the folded form).
    /// - Complexity: O(n · m) in the lengths of the folded text and the needle (UTF-16 code units).
    package static func occurrences(of needle: String, in text: String) -> [Range<Int>] {
        let (folded, origins) = TextKey.concordanceFoldWithOffsets(text)
        let hay = Array(folded.utf16), pin = Array(needle.utf16)
        guard !pin.isEmpty, pin.count <= hay.count else { return [] }
        let original = Array(text.utf16)
        func isSpace(_ u: UInt16) -> Bool { Unicode.Scalar(u)?.properties.isWhitespace ?? false }
        var out: [Range<Int>] = []
        var i = 0
        while i + pin.count <= hay.count {
            if hay[i] == pin[0] && Array(hay[i..<(i + pin.count)]) == pin {
                var range = TextKey.originalRange(of: i..<(i + pin.count), origins: origins)
                if !isSpace(pin[pin.count - 1]) {
                    var end = range.upperBound
                    while end > range.lowerBound, isSpace(original[end - 1]) { end -= 1 }
                    range = range.lowerBound..<end
                }
                out.append(range)
                i += pin.count
            } else {
                i += 1
            }
        }
        return out
    }
}
