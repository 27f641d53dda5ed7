import Foundation
import Interchange
import TaalgrensCore
import TranslationMemory

/// The result of `taalgrens tm stats`.
public struct MemoryReport: Codable, Sendable {
    public var path: String
    public var memory: String
    public var units: Int
    public var articles: Int
    public var variantsPerLocale: [String: Int]
    /// Keys are `en|nl-BE`.
    public var unitsPerPair: [String: Int]
    public var unitsPerStatus: [String: Int]

    /// A short table.
    public var text: String {
        var out = "memory \(memory) at \(path)\n\(units) units from \(articles) articles\n"
        out += "variants: " + variantsPerLocale.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        out += "pairs: " + unitsPerPair.sorted { $0.key < $1.key }.map { "\($0.key.replacingOccurrences(of: "|", with: "–")) \($0.value)" }.joined(separator: ", ") + "\n"
        out += "status: " + unitsPerStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        return out
    }
}

/// Which units `taalgrens tm export` writes.
public struct MemoryFilter: Sendable {
    public var pair: [LanguageTag]?
    public var article: String?
    /// `yyyy-MM-dd`.
    public var since: String?
    public var status: String?

    public init(pair: [LanguageTag]?, article: String?, since: String?, status: String?) {
        self.pair = pair
        self.article = article
        self.since = since
        self.status = status
    }
}

extension Workspace {
    /// `taalgrens tm stats`.
    public func memoryStatistics(memory: String?) throws -> MemoryReport {
        let store = try openMemory(memory)
        let s = try store.statistics()
        return MemoryReport(
            path: MemoryLocation.display(memory), memory: try store.memoryID().uuidString.lowercased(),
            units: s.units, articles: s.articles,
            variantsPerLocale: Dictionary(uniqueKeysWithValues: s.variantsPerLocale.map { ($0.key.identifier, $0.value) }),
            unitsPerPair: Dictionary(uniqueKeysWithValues: s.unitsPerPair.map { ("\($0.key.first)|\($0.key.second)", $0.value) }),
            unitsPerStatus: Dictionary(uniqueKeysWithValues: s.unitsPerStatus.map { ($0.key.rawValue, $0.value) }))
    }

    /// `taalgrens tm export`: the memory as TMX 1.4b, multilingual, or bilingual with a pair.
    /// - Throws: ``InputError`` for a malformed filter (pair of other than two locales, bad date or status).
    public func exportMemory(filter: MemoryFilter, memory: String?) throws -> Data {
        var unitFilter = UnitFilter()
        if let pair = filter.pair {
            guard pair.count == 2 else { throw InputError(file: "--pair", "expected two locales, e.g. en,nl-BE") }
            unitFilter.locales = pair
        }
        unitFilter.article = filter.article
        if let since = filter.since {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd"
            guard let date = formatter.date(from: since) else { throw InputError(file: "--since", "'\(since)' is not a date (expected yyyy-MM-dd)") }
            unitFilter.since = date
        }
        if let status = filter.status {
            guard let value = UnitStatus(rawValue: status) else {
                throw InputError(file: "--status", "'\(status)' is not a status (expected one of \(UnitStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            unitFilter.statuses = [value]
        }
        let store = try openMemory(memory)
        let units = try store.allUnits(filter: unitFilter)
        var options = TMXWriter.Options()
        if let pair = filter.pair { options.pair = (pair[0], pair[1]); options.sourceLanguage = pair[0] }
        return TMXWriter.data(for: units, options: options)
    }
}
