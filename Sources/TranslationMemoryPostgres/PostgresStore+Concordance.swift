import Foundation
import PostgresNIO
import TaalgrensCore
import Tokenization
import TranslationMemory

extension PostgresStore {
    /// Phrase search in the stored variants of `locale`'s language, case- and accent-insensitive, with the
    /// semantics of ``SQLiteStore/concordance(_:locale:limit:)``.
    ///
    /// The phrase and the variants are compared in their ``TextKey/fold(_:)`` form, kept in the `folded`
    /// column (the same folding as on SQLite, computed by the same Swift code, never by `to_tsvector`,
    /// which stems and drops stop words). A hit is any occurrence of the folded phrase, also inside a word:
    /// `strpos` decides; a `LIKE` on the same column lets PostgreSQL use the trigram GIN index when
    /// `pg_trgm` is installed. The column also holds the codes' sub-flow texts
    /// (``IndexedVariant/concordanceText(_:plain:)``). Hits with a whole-word occurrence come first
    /// (``ConcordanceHit/isWholeWord``), then the others; within each group they are ordered like matches:
    /// reviewed before aligned (the hit variant's status), newer before older (a unit without a change date
    /// last), then unit id in code-point order.
    /// - Parameters:
    ///   - phrase: the text to find; surrounding whitespace is ignored.
    ///   - locale: whose variants to search (by language).
    ///   - limit: the most hits returned.
    /// - Returns: hits with the phrase's UTF-16 ranges in each variant's plain text.
    /// - Throws: ``TMError/database(_:)``.
    public func concordance(_ phrase: String, locale: LanguageTag, limit: Int) throws -> [ConcordanceHit] {
        let needle = StoreRules.concordanceNeedle(phrase)
        guard !needle.isEmpty, limit > 0 else { return [] }
        let pattern = "%" + needle.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        return try read("searching the concordance") {
            // Candidates come in the stores' order (trust, date, unit id), a page at a time; the whole-word
            // ones are chosen first (`StoreRules.WholeWordFirst`), reading no page past the `limit`-th of them.
            var choice = StoreRules.WholeWordFirst<(pk: Int64, locale: String)>(needle: needle, limit: limit)
            let page = max(limit, PostgresStore.concordancePage)
            var offset = 0
            while !choice.isComplete {
                let rows = try session.query("""
                    SELECT v.unit, v.locale, v.folded FROM variant v JOIN unit u ON u.pk = v.unit
                    WHERE v.language = $1 AND v.folded LIKE $2 AND strpos(v.folded, $3) > 0
                    ORDER BY \(StoreRules.trustRankSQL("v.status")) DESC,
                             u.changed DESC NULLS LAST, u.id, v.id
                    LIMIT $4 OFFSET $5
                    """, [.text(locale.language), .text(pattern), .text(needle), .int(page), .int(offset)])
                    .map { try $0.decode((Int64, String, String).self) }
                for (pk, locale, folded) in rows { choice.offer((pk, locale), folded: folded) }
                if rows.count < page { break }
                offset += page
            }
            let rows = choice.chosen
            let units = try PostgresStore.loadUnits(session, pks: rows.map(\.pk))
            return rows.compactMap { pk, locale in StoreRules.concordanceHit(unit: units[pk], locale: locale, needle: needle) }
        }
    }

    /// Candidate rows read per page by ``concordance(_:locale:limit:)`` (at least its `limit`).
    static let concordancePage = 500
}
