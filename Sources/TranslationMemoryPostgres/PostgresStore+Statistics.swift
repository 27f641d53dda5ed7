import Foundation
import PostgresNIO
import TaalgrensCore
import TranslationMemory

extension PostgresStore {
    /// Counts per locale, locale pair and status, from one snapshot.
    /// - Throws: ``TMError/database(_:)``.
    public func statistics() throws -> MemoryStatistics {
        try read("reading statistics") {
            let units = Int(try session.query("SELECT count(*) FROM unit").first?.decode(Int64.self) ?? 0)
            let articles = Int(try session.query("SELECT count(*) FROM article").first?.decode(Int64.self) ?? 0)
            // A unit belongs to an article or to an interchange scope, never both (migration 4, unit-scope).
            // The interchange files count those whose every unit was merged into units another owns (their
            // claims, migration 14) as SQLite's store does.
            let owners = try session.query("""
                SELECT count(article), count(scope),
                       (SELECT count(*) FROM (SELECT scope FROM unit WHERE scope IS NOT NULL UNION SELECT scope FROM unit_scope) s)
                FROM unit
                """).first?
                .decode((Int64, Int64, Int64).self)
            // A returned bundle's scope is `xliff:<target>:<article>` and its units name the article and their block
            // as origin (another tool's XLIFF names its document, without a block).
            let returned = try session.query("""
                SELECT count(DISTINCT scope), count(*) FROM unit
                WHERE scope LIKE 'xliff:%' AND origin_article IS NOT NULL AND origin_article <> '' AND origin_block IS NOT NULL
                  AND right(scope, length(origin_article) + 1) = ':' || origin_article
                """).first?.decode((Int64, Int64).self)
            var perLocale: [LanguageTag: Int] = [:]
            for row in try session.query("SELECT locale, count(*) FROM variant GROUP BY locale") {
                let (locale, n) = try row.decode((String, Int64).self)
                if let tag = LanguageTag(locale) { perLocale[tag] = Int(n) }
            }
            var perPair: [MemoryStatistics.LocalePair: Int] = [:]
            for row in try session.query("""
                SELECT a.locale, b.locale, count(*) FROM variant a JOIN variant b ON a.unit = b.unit AND a.locale < b.locale
                GROUP BY a.locale, b.locale
                """) {
                let (x, y, n) = try row.decode((String, String, Int64).self)
                if let x = LanguageTag(x), let y = LanguageTag(y) { perPair[MemoryStatistics.LocalePair(x, y)] = Int(n) }
            }
            var perStatus: [UnitStatus: Int] = [:]
            for row in try session.query("SELECT status, count(*) FROM unit GROUP BY status") {
                let (status, n) = try row.decode((String, Int64).self)
                if let s = UnitStatus(rawValue: status) { perStatus[s] = Int(n) }
            }
            var own: [LanguageTag: Int] = [:]
            for row in try session.query("""
                SELECT v.locale, count(*) FROM variant v JOIN unit u ON u.pk = v.unit WHERE v.status <> u.status GROUP BY v.locale
                """) {
                let (locale, n) = try row.decode((String, Int64).self)
                if let tag = LanguageTag(locale) { own[tag] = Int(n) }
            }
            var perVariantStatus: [LanguageTag: [UnitStatus: Int]] = [:]
            for row in try session.query("SELECT locale, status, count(*) FROM variant GROUP BY locale, status") {
                let (locale, status, n) = try row.decode((String, String, Int64).self)
                if let tag = LanguageTag(locale), let s = UnitStatus(rawValue: status) { perVariantStatus[tag, default: [:]][s] = Int(n) }
            }
            return MemoryStatistics(units: units, articles: articles, variantsPerLocale: perLocale, unitsPerPair: perPair,
                                    unitsPerStatus: perStatus, articleUnits: owners.map { Int($0.0) } ?? units,
                                    interchangeScopes: owners.map { Int($0.2) } ?? 0, interchangeUnits: owners.map { Int($0.1) } ?? 0,
                                    returnedBundleScopes: returned.map { Int($0.0) } ?? 0, returnedBundleUnits: returned.map { Int($0.1) } ?? 0,
                                    variantsPerStatus: perVariantStatus, variantsWithOwnStatus: own)
        }
    }

    /// Streams the units that pass `filter` in ``UnitEnumeration``'s order (articles by id, block and
    /// position, then interchange units by id: the SQLite store's order), a page at a time, inside one
    /// repeatable-read snapshot: an export never mixes two states of the memory.
    /// - Throws: ``TMError/database(_:)``, or what `body` throws.
    public func forEachUnit(filter: UnitFilter, _ body: (TranslationUnit) throws -> Void) throws {
        func statement(_ build: (_ bind: (UnitEnumeration.Value) -> String) -> String) -> (String, [SQLValue]) {
            var values: [SQLValue] = []
            let sql = build { value in
                switch value {
                case .text(let t): values.append(.text(t))
                case .real(let r): values.append(.double(r))
                }
                return "$\(values.count + 1)"
            }
            return (sql, values)
        }
        let (articleSQL, articleValues) = statement { UnitEnumeration.articleStatement(filter, article: "$1", bind: $0) }
        let (pageSQL, pageValues) = statement { UnitEnumeration.interchangePageStatement(filter, after: "$1", bind: $0) }
        let failure = try read("enumerating units") {
            try UnitEnumeration.run(
                articleIDs: { try session.query(UnitEnumeration.articleIDsStatement).map { try $0.decode(String.self) } },
                articleUnits: { try session.query(articleSQL, [.text($0)] + articleValues).map { try $0.decode(Int64.self) } },
                interchangePage: { last in
                    try session.query(pageSQL, [.text(last)] + pageValues).map { row in
                        let (pk, id) = try row.decode((Int64, String).self)
                        return (pk: pk, id: id)
                    }
                },
                load: { try PostgresStore.loadUnits(session, pks: $0) }, body)
        }
        if let failure { throw failure }
    }
}
