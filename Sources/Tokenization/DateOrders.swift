import Foundation
import TaalgrensCore

/// Reads `Locales/<locale>/dates.json`: the orders in which a locale writes a day next to a month name.
///
/// Format: `{ "dayMonthOrders": ["dm", "md"] }`, where "dm" is day before month ("1 maart", "1er mars",
/// "1 March") and "md" month before day ("March 1"). CLDR gives one spelled-out pattern per locale, but
/// English running text uses both orders while Dutch and French never write "maart 1", so this is data.
enum DateOrders {
    private struct File: Decodable { let dayMonthOrders: [String] }

    /// The day/month orders for `locale` from the best-matching locale folder of `data`
    /// (``LanguageTag/bestMatch(in:)``: `en-GB` finds `en`).
    /// - Returns: `nil` when no locale folder matches or the folder has no `dates.json`.
    /// - Throws: ``InputError`` naming the file when it is unreadable, not JSON of the form above, or
    ///   lists an order other than "dm" and "md", or none.
    static func load(for locale: LanguageTag, in data: DataDirectory) throws -> Set<String>? {
        guard let url = LocaleDataFile.url("dates.json", for: locale, in: data) else { return nil }
        let decoded: File
        do {
            decoded = try JSONDecoder().decode(File.self, from: try Data(contentsOf: url))
        } catch {
            throw InputError(file: url.path, "expected {\"dayMonthOrders\": [\"dm\", \"md\"]} (one or both): \(error)")
        }
        let orders = Set(decoded.dayMonthOrders)
        guard !orders.isEmpty, orders.isSubset(of: ["dm", "md"]) else {
            throw InputError(file: url.path, "expected dayMonthOrders to list \"dm\" and/or \"md\", found \(decoded.dayMonthOrders)")
        }
        return orders
    }
}
