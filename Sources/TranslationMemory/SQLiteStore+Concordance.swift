import Foundation
import GRDB
import TaalgrensCore
import Tokenization

extension SQLiteStore {
    /// Phrase search in the stored variants of `locale`'s language, case- and accent-insensitive.
    ///
    /// The phrase and the variants are compared in their ``TextKey/fold(_:)`` form, kept in the `folded`
    /// shadow column. Phrases of three characters or more go through the FTS5 trigram index over that
    /// column; shorter ones scan it. A hit is any occurrence of the folded phrase, also inside a word.
    /// Hits are ordered like matches: reviewed before aligned (the hit variant's status), newer before
    /// older, then unit id.
    /// - Parameters:
    ///   - phrase: the text to find; surrounding whitespace is ignored.
    ///   - locale: whose variants to search (by language: `nl` and `nl-BE` find the same).
    ///   - limit: the most hits returned.
    /// - Returns: hits with the phrase's UTF-16 ranges in each variant's plain text, for highlighting.
    public func concordance(_ phrase: String, locale: LanguageTag, limit: Int) throws -> [ConcordanceHit] {
        let needle = TextKey.fold(phrase.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !needle.isEmpty, limit > 0 else { return [] }
        return try read("searching the concordance") { db in
            let order = """
                ORDER BY CASE v.status WHEN 'reviewed' THEN 4 WHEN 'translated' THEN 3 WHEN 'aligned' THEN 2 WHEN 'needsReview' THEN 1 ELSE 0 END DESC,
                         u.changed DESC, u.id LIMIT ?
                """
            let rows: [Row]
            if needle.count >= 3 {
                let match = "\"" + needle.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                rows = try Row.fetchAll(db, sql: """
                    SELECT v.unit AS upk, v.locale, v.plain FROM variant_folded f JOIN variant v ON v.id = f.rowid JOIN unit u ON u.pk = v.unit
                    WHERE variant_folded MATCH ? AND v.language = ? \(order)
                    """, arguments: [match, locale.language, limit])
            } else {
                rows = try Row.fetchAll(db, sql: """
                    SELECT v.unit AS upk, v.locale, v.plain FROM variant v JOIN unit u ON u.pk = v.unit
                    WHERE v.language = ? AND instr(v.folded, ?) > 0 \(order)
                    """, arguments: [locale.language, needle, limit])
            }
            let units = try SQLiteStore.loadUnits(db, pks: rows.map { $0["upk"] })
            return rows.compactMap { row -> ConcordanceHit? in
                guard let unit = units[row["upk"]], let variant = unit.variants.first(where: { $0.locale.identifier == row["locale"] as String })
                else { return nil }
                let ranges = SQLiteStore.occurrences(of: needle, in: variant.content.plainText)
                return ranges.isEmpty ? nil : ConcordanceHit(unit: unit, variant: variant, ranges: ranges)
            }
        }
    }

    /// Non-overlapping occurrences of a folded `needle` in `text`, as UTF-16 ranges of `text`.
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
