import Foundation
import TaalgrensCore

/// The store-independent half of ``TMStore/forEachUnit(filter:_:)``: the statements for a ``UnitFilter``
/// and the loop. Each store supplies its parameter markers and runs the statements inside one read
/// snapshot.
///
/// **Order** (the same in every store, so that two memories holding the same units export byte-identical
/// TMX whatever order they were imported in, TRIAL7 finding 16): first the units of articles, by article
/// id, then by block and position in the article (units without them first), then by unit id; then the
/// units of interchange files (TMX, XLIFF), by unit id, which begins with the file's scope
/// (``UnitScope/id(scope:localID:)``, `tmx:team.tmx#42`), so a file's units come together. Ids and article
/// ids compare by code point (SQLite's `BINARY`, PostgreSQL's `"C"` collation of those columns).
package enum UnitEnumeration {
    /// Units per page.
    package static let pageSize = 500

    /// A value bound to a parameter of a statement.
    package enum Value: Equatable, Sendable {
        case text(String)
        case real(Double)
    }

    /// The article ids in enumeration order.
    package static let articleIDsStatement = "SELECT id FROM article ORDER BY id"

    /// The statement that selects the keys (`unit.pk`) of one article's units passing `filter`, in
    /// enumeration order. An article's units are few (its sentences): they are selected at once, through
    /// the `unit_article` index.
    /// - Parameters:
    ///   - article: the parameter marker of the article id (bound by the caller, first).
    ///   - bind: records a value and returns its parameter marker (`?` for SQLite, `$n` for PostgreSQL).
    package static func articleStatement(_ filter: UnitFilter, article: String, bind: (Value) -> String) -> String {
        "SELECT u.pk FROM unit u WHERE " + (["u.article = \(article)"] + conditions(filter, bind: bind)).joined(separator: " AND ")
            + " ORDER BY COALESCE(u.origin_block, -1), COALESCE(u.origin_position, -1), u.id"
    }

    /// The statement that selects the next page of interchange units passing `filter`: their keys and
    /// ids (`pk`, `id`), in id order, through the unique index on `unit.id`.
    /// - Parameters:
    ///   - after: the parameter marker of the last id of the previous page (bound by the caller, first; `''`
    ///     for the first page).
    ///   - bind: records a value and returns its parameter marker.
    package static func interchangePageStatement(_ filter: UnitFilter, after: String, bind: (Value) -> String) -> String {
        "SELECT u.pk, u.id FROM unit u WHERE " + (["u.id > \(after)", "u.article IS NULL"] + conditions(filter, bind: bind)).joined(separator: " AND ")
            + " ORDER BY u.id LIMIT \(pageSize)"
    }

    /// The conditions of `filter` over `unit u` (and `variant w` for locales, `variant s` for statuses).
    private static func conditions(_ filter: UnitFilter, bind: (Value) -> String) -> [String] {
        var conditions: [String] = []
        if let article = filter.article {
            // The article's or file's own units, and the units it holds through a claim (`unit_scope`: its
            // duplicates, merged into a unit another file or article owns).
            // A file is also named by its scope, typed whole or as a TMX file's name: a TMX another memory exported
            // names each unit's own article as origin (nineteenth trial, finding 18). One marker per use: SQLite's
            // `?` is positional.
            let tmx = UnitScope.tmx(fileName: article)
            conditions.append("(u.article = \(bind(.text(article))) OR u.origin_article = \(bind(.text(article)))"
                + " OR u.scope = \(bind(.text(article))) OR u.scope = \(bind(.text(tmx)))"
                + " OR u.pk IN (SELECT c.unit FROM unit_scope c WHERE c.article = \(bind(.text(article)))"
                + " OR c.scope = \(bind(.text(article))) OR c.scope = \(bind(.text(tmx)))))")
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
        return conditions
    }

    /// Runs the enumeration: each article's units (`articleUnits` for each id of `articleIDs`), then the
    /// interchange units page by page (`interchangePage(after)`); `load` reads units by key, at most
    /// ``pageSize`` at a time, and `body` sees each unit in enumeration order.
    /// - Returns: the error `body` threw (the loop stops there), for the caller to rethrow outside its
    ///   read transaction unchanged; `nil` when every unit was seen.
    /// - Throws: what the statements and `load` throw.
    /// - Complexity: one indexed statement per article and per page of interchange units; memory for one
    ///   article's keys or one page.
    package static func run(articleIDs: () throws -> [String], articleUnits: (String) throws -> [Int64],
                            interchangePage: (_ after: String) throws -> [(pk: Int64, id: String)],
                            load: ([Int64]) throws -> [Int64: TranslationUnit],
                            _ body: (TranslationUnit) throws -> Void) throws -> (any Error)? {
        func visit(_ keys: [Int64]) throws -> (any Error)? {
            var start = 0
            while start < keys.count {
                let chunk = Array(keys[start..<min(start + pageSize, keys.count)])
                let units = try load(chunk)
                for key in chunk {
                    guard let unit = units[key] else { continue }
                    do { try body(unit) } catch { return error }
                }
                start += pageSize
            }
            return nil
        }
        for article in try articleIDs() {
            if let failure = try visit(try articleUnits(article)) { return failure }
        }
        var last = ""
        while true {
            let page = try interchangePage(last)
            guard let final = page.last else { return nil }
            if let failure = try visit(page.map(\.pk)) { return failure }
            last = final.id
        }
    }
}
