import Foundation
import TaalgrensCore
import Tokenization

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
    /// folded (``TextKey/fold(_:)``: case and accents); empty when nothing is left to search.
    package static func concordanceNeedle(_ phrase: String) -> String {
        TextKey.fold(phrase.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The concordance hit of a stored unit's variant in `locale` (its identifier, as stored): the unit
    /// and variant with every occurrence of `needle`; `nil` when the unit or the variant is missing or
    /// the folded phrase does not occur in the variant's plain text (the database's candidate was wrong).
    package static func concordanceHit(unit: TranslationUnit?, locale: String, needle: String) -> ConcordanceHit? {
        guard let unit, let variant = unit.variants.first(where: { $0.locale.identifier == locale }) else { return nil }
        let ranges = occurrences(of: needle, in: variant.content.plainText)
        return ranges.isEmpty ? nil : ConcordanceHit(unit: unit, variant: variant, ranges: ranges)
    }

    /// Non-overlapping occurrences of a folded `needle` in `text`, left to right.
    /// - Returns: UTF-16 offset ranges of `text` (the original, not the folded form).
    /// - Complexity: O(n · m) in the lengths of the folded text and the needle (UTF-16 code units).
    package static func occurrences(of needle: String, in text: String) -> [Range<Int>] {
        let (folded, origins) = TextKey.foldWithOffsets(text)
        let hay = Array(folded.utf16), pin = Array(needle.utf16)
        guard !pin.isEmpty, pin.count <= hay.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i + pin.count <= hay.count {
            if hay[i] == pin[0] && Array(hay[i..<(i + pin.count)]) == pin {
                out.append(TextKey.originalRange(of: i..<(i + pin.count), origins: origins))
                i += pin.count
            } else {
                i += 1
            }
        }
        return out
    }
}
