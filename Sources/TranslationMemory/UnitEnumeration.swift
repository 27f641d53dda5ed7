import Foundation
import TaalgrensCore

/// The store-independent half of ``TMStore/forEachUnit(filter:_:)``: the page statement for a
/// ``UnitFilter`` and the keyset-paging loop. Each store supplies its parameter markers and runs the
/// statements inside one read snapshot.
package enum UnitEnumeration {
    /// Units per page.
    package static let pageSize = 500

    /// A value bound to a parameter of the page statement.
    package enum Value: Equatable, Sendable {
        case text(String)
        case real(Double)
    }

    /// The statement that selects the next page of unit keys (`unit.pk`) passing `filter`, in key order.
    /// - Parameters:
    ///   - after: the parameter marker of the last key of the previous page (bound by the caller, 0 first).
    ///   - bind: records a value and returns its parameter marker (`?` for SQLite, `$n` for PostgreSQL).
    /// - Returns: the SQL text over `unit u` (and `variant w` for locales, `variant s` for statuses).
    package static func pageStatement(_ filter: UnitFilter, after: String, bind: (Value) -> String) -> String {
        var conditions = ["u.pk > \(after)"]
        if let article = filter.article {
            conditions.append("(u.article = \(bind(.text(article))) OR u.origin_article = \(bind(.text(article))))")
        }
        if let since = filter.since {
            conditions.append("COALESCE(u.changed, u.created) >= \(bind(.real(since.timeIntervalSince1970)))")
        }
        if !filter.statuses.isEmpty {
            // Every variant row holds the status that holds for its locale (`VariantStatus`).
            let markers = filter.statuses.map(\.rawValue).sorted().map { bind(.text($0)) }
            var condition = "s.unit = u.pk AND s.status IN (\(markers.joined(separator: ",")))"
            if let locale = filter.statusLocale { condition += " AND s.language = \(bind(.text(locale.language)))" }
            conditions.append("EXISTS (SELECT 1 FROM variant s WHERE \(condition))")
        }
        for locale in filter.locales {
            conditions.append("EXISTS (SELECT 1 FROM variant w WHERE w.unit = u.pk AND w.language = \(bind(.text(locale.language))))")
        }
        return "SELECT u.pk FROM unit u WHERE " + conditions.joined(separator: " AND ") + " ORDER BY u.pk LIMIT \(pageSize)"
    }

    /// Runs the keyset-paging loop: `page(after)` gives the next page of keys, `load` their units, and
    /// `body` sees each unit in key order.
    /// - Returns: the error `body` threw (the loop stops there), for the caller to rethrow outside its
    ///   read transaction unchanged; `nil` when every unit was seen.
    /// - Throws: what `page` and `load` throw.
    package static func run(page: (_ after: Int64) throws -> [Int64], load: ([Int64]) throws -> [Int64: TranslationUnit],
                            _ body: (TranslationUnit) throws -> Void) throws -> (any Error)? {
        var last: Int64 = 0
        while true {
            let keys = try page(last)
            guard let final = keys.last else { return nil }
            let units = try load(keys)
            for key in keys {
                guard let unit = units[key] else { continue }
                do { try body(unit) } catch { return error }
            }
            last = final
        }
    }
}
