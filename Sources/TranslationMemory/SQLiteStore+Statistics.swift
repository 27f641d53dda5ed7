import Foundation
import GRDB
import TaalgrensCore

extension SQLiteStore {
    /// See ``TMStore/statistics()``.
    public func statistics() throws -> MemoryStatistics {
        try read("reading statistics") { db in
            let units = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit") ?? 0
            let articles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
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
            return MemoryStatistics(units: units, articles: articles, variantsPerLocale: perLocale, unitsPerPair: perPair,
                                    unitsPerStatus: perStatus)
        }
    }

    /// Streams the units that pass `filter` in pages of 500, inside one read transaction.
    public func forEachUnit(filter: UnitFilter, _ body: (TranslationUnit) throws -> Void) throws {
        var conditions: [String] = ["u.pk > ?"]
        var arguments: StatementArguments = []
        if let article = filter.article {
            conditions.append("(u.article = ? OR u.origin_article = ?)")
            arguments += [article, article]
        }
        if let since = filter.since {
            conditions.append("COALESCE(u.changed, u.created) >= ?")
            arguments += [since.timeIntervalSince1970]
        }
        if !filter.statuses.isEmpty {
            let statuses = filter.statuses.map(\.rawValue).sorted()
            conditions.append("u.status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ",")))")
            arguments += StatementArguments(statuses)
        }
        for locale in filter.locales {
            conditions.append("EXISTS (SELECT 1 FROM variant w WHERE w.unit = u.pk AND w.language = ?)")
            arguments += [locale.language]
        }
        let sql = "SELECT u.pk FROM unit u WHERE " + conditions.joined(separator: " AND ") + " ORDER BY u.pk LIMIT 500"
        var failure: (any Error)?
        try read("enumerating units") { db in
            var last: Int64 = 0
            while true {
                let pks = try Int64.fetchAll(db, sql: sql, arguments: [last] + arguments)
                guard let final = pks.last else { return }
                let units = try SQLiteStore.loadUnits(db, pks: pks)
                for pk in pks {
                    guard let unit = units[pk] else { continue }
                    do { try body(unit) } catch { failure = error; return }
                }
                last = final
            }
        }
        if let failure { throw failure }
    }
}
