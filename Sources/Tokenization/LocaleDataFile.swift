import Foundation
import TaalgrensCore

/// Finds a tokenizer data file of a locale (`Locales/<locale>/dates.json`, `times.json`).
enum LocaleDataFile {
    /// The file `name` in the locale folder of `data` that best matches `locale` among the folders holding
    /// such a file (``LanguageTag/bestMatch(in:)``: `en-GB` finds `en`), or `nil` when none matches.
    /// - Complexity: one listing of `Locales/` and one existence check per locale folder.
    static func url(_ name: String, for locale: LanguageTag, in data: DataDirectory) -> URL? {
        let fm = FileManager.default
        let folders = ((try? fm.contentsOfDirectory(atPath: data.locales.path)) ?? []).sorted()
        let file = { (folder: String) in data.locales.appendingPathComponent(folder).appendingPathComponent(name) }
        let tags = folders.compactMap { folder -> LanguageTag? in
            fm.fileExists(atPath: file(folder).path) ? LanguageTag(folder) : nil
        }
        guard let best = locale.bestMatch(in: tags), let folder = folders.first(where: { LanguageTag($0) == best }) else { return nil }
        return file(folder)
    }
}
