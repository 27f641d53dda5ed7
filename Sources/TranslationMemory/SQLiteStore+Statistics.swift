import Foundation
import GRDB
import TaalgrensCore

extension SQLiteStore {
    /// See ``TMStore/statistics()``.
    public func statistics() throws -> MemoryStatistics {
        try read("reading statistics") { db in
            let units = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit") ?? 0
            let articles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
            // A unit belongs to an article or to an interchange scope, never both (`v5-unit-scope`).
            let owners = try Row.fetchOne(db, sql: "SELECT COUNT(article) AS a, COUNT(scope) AS s FROM unit")
            // The interchange files: those that own units, and those whose every unit was merged into units
            // another owns (their claims, `v19-unit-scopes`).
            let scopes = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM (SELECT scope FROM unit WHERE scope IS NOT NULL UNION SELECT scope FROM unit_scope)
                """) ?? 0
            // A returned bundle's scope is `xliff:<target>:<article>` and its units name the article and their block
            // as origin (another tool's XLIFF names its document, without a block).
            let returned = try Row.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT scope) AS k, COUNT(*) AS n FROM unit
                WHERE scope LIKE 'xliff:%' AND origin_article IS NOT NULL AND origin_article <> '' AND origin_block IS NOT NULL
                  AND substr(scope, length(scope) - length(origin_article)) = ':' || origin_article
                """)
            var perLocale: [LanguageTag: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT locale, COUNT(*) AS n FROM variant GROUP BY locale") {
                if let tag = LanguageTag(row["locale"] as String) { perLocale[tag] = row["n"] }
            }
            var perPair: [MemoryStatistics.LocalePair: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT a.locale AS x, b.locale AS y, COUNT(*) AS n FROM variant a JOIN variant b ON a.unit = b.unit AND a.locale < b.locale
                GROUP BY a.locale, b.locale
                """) {
                if let x = LanguageTag(row["x"] as String), let y = LanguageTag(row["y"] as String) {
                    perPair[MemoryStatistics.LocalePair(x, y)] = row["n"]
                }
            }
            var perStatus: [UnitStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM unit GROUP BY status") {
                if let s = UnitStatus(rawValue: row["status"]) { perStatus[s] = row["n"] }
            }
            var own: [LanguageTag: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT v.locale, COUNT(*) AS n FROM variant v JOIN unit u ON u.pk = v.unit WHERE v.status <> u.status GROUP BY v.locale
                """) {
                if let tag = LanguageTag(row["locale"] as String) { own[tag] = row["n"] }
            }
            var perVariantStatus: [LanguageTag: [UnitStatus: Int]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT locale, status, COUNT(*) AS n FROM variant GROUP BY locale, status") {
                if let tag = LanguageTag(row["locale"] as String), let s = UnitStatus(rawValue: row["status"]) {
                    perVariantStatus[tag, default: [:]][s] = row["n"]
                }
            }
            return MemoryStatistics(units: units, articles: articles, variantsPerLocale: perLocale, unitsPerPair: perPair,
                                    unitsPerStatus: perStatus, articleUnits: owners?["a"] ?? units,
                                    interchangeScopes: scopes, interchangeUnits: owners?["s"] ?? 0,
                                    returnedBundleScopes: returned?["k"] ?? 0, returnedBundleUnits: returned?["n"] ?? 0,
                                    variantsPerStatus: perVariantStatus, variantsWithOwnStatus: own)
        }
    }

    /// Streams the units that pass `filter` in ``UnitEnumeration``'s order (articles by id, block and
    /// position, then interchange units by id), a page at a time, inside one read transaction.
    public func forEachUnit(filter: UnitFilter, _ body: (TranslationUnit) throws -> Void) throws {
        func statement(_ build: (_ bind: (UnitEnumeration.Value) -> String) -> String) -> (String, [any DatabaseValueConvertible]) {
            var arguments: [any DatabaseValueConvertible] = []
            let sql = build { value in
                switch value {
                case .text(let t): arguments.append(t)
                case .real(let r): arguments.append(r)
                }
                return "?"
            }
            return (sql, arguments)
        }
        let (articleSQL, articleArguments) = statement { UnitEnumeration.articleStatement(filter, article: "?", bind: $0) }
        let (pageSQL, pageArguments) = statement { UnitEnumeration.interchangePageStatement(filter, after: "?", bind: $0) }
        let failure = try read("enumerating units") { db in
            try UnitEnumeration.run(
                articleIDs: { try String.fetchAll(db, sql: UnitEnumeration.articleIDsStatement) },
                articleUnits: { try Int64.fetchAll(db, sql: articleSQL, arguments: StatementArguments([$0] + articleArguments)) },
                interchangePage: { last in
                    try Row.fetchAll(db, sql: pageSQL, arguments: StatementArguments([last] + pageArguments)).map { (pk: $0[0], id: $0[1]) }
                },
                load: { try SQLiteStore.loadUnits(db, pks: $0) }, body)
        }
        if let failure { throw failure }
    }
}
