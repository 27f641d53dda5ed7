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
            return MemoryStatistics(units: units, articles: articles, variantsPerLocale: perLocale, unitsPerPair: perPair,
                                    unitsPerStatus: perStatus)
        }
    }

    /// Streams the units that pass `filter` in storage order (primary key), in pages of 500, inside one
    /// repeatable-read snapshot: an export never mixes two states of the memory.
    /// - Throws: ``TMError/database(_:)``, or what `body` throws.
    public func forEachUnit(filter: UnitFilter, _ body: (TranslationUnit) throws -> Void) throws {
        var conditions: [String] = ["u.pk > $1"]
        var values: [SQLValue] = []
        func next(_ v: SQLValue) -> String {
            values.append(v)
            return "$\(values.count + 1)"
        }
        if let article = filter.article {
            let p = next(.text(article))
            conditions.append("(u.article = \(p) OR u.origin_article = \(p))")
        }
        if let since = filter.since {
            conditions.append("COALESCE(u.changed, u.created) >= \(next(.double(since.timeIntervalSince1970)))")
        }
        if !filter.statuses.isEmpty {
            conditions.append("u.status = ANY(\(next(.texts(filter.statuses.map(\.rawValue).sorted()))))")
        }
        for locale in filter.locales {
            conditions.append("EXISTS (SELECT 1 FROM variant w WHERE w.unit = u.pk AND w.language = \(next(.text(locale.language))))")
        }
        let sql = "SELECT u.pk FROM unit u WHERE " + conditions.joined(separator: " AND ") + " ORDER BY u.pk LIMIT 500"
        var failure: (any Error)?
        try read("enumerating units") {
            var last: Int64 = 0
            while true {
                let pks = try session.query(sql, [.int(last)] + values).map { try $0.decode(Int64.self) }
                guard let final = pks.last else { return }
                let units = try PostgresStore.loadUnits(session, pks: pks)
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
