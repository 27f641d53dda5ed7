import Foundation
import Testing

/// Seventeenth trial, finding 11 (process): an article folder of Word-named files ("Persbericht nieuwe wet
/// NL.htm") was "no language file" for `import` (exit 2), and a folder of `EN.htm`, `NL.htm`, `FR.htm` was
/// stored as `en`, `nl`, `fr` though the files declare `nl-BE` and `fr-BE`.
@Suite("import: article folders named by title and language (process)")
struct TitleNamedFolderCLITests {
    static func page(_ lang: String, _ title: String, _ body: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"\(lang)\">\n<head><meta charset=\"utf-8\"><title>\(title)</title></head>\n<body>\n<h1>\(title)</h1>\n<p>\(body)</p>\n</body></html>\n"
    }

    static let versions: [(lang: String, title: String, body: String)] = [
        ("en", "New law against online fraud from 1 July", "From 1 July 2026 banks must refund victims of spoofing within ten working days. The law was published on 12 March 2026."),
        ("nl-BE", "Nieuwe wet tegen onlinefraude vanaf 1 juli", "Vanaf 1 juli 2026 moeten banken slachtoffers van spoofing binnen tien werkdagen terugbetalen. De wet verscheen op 12 maart 2026."),
        ("fr-BE", "Nouvelle loi contre la fraude en ligne dès le 1er juillet", "À partir du 1er juillet 2026, les banques doivent rembourser les victimes de spoofing dans les dix jours ouvrables. La loi a été publiée le 12 mars 2026."),
    ]

    @Test("a folder of titles with NL/FR/EN and one of EN.htm, NL.htm, FR.htm are imported as en, fr-BE, nl-BE")
    func importTitles() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let names = [["Press release new law EN.htm", "Persbericht nieuwe wet NL.htm", "Communiqué nouvelle loi FR.htm"], ["EN.htm", "NL.htm", "FR.htm"]]
        for (folder, files) in zip(["a", "b"], names) {
            let url = scratch.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (file, version) in zip(files, Self.versions) {
                try Data(Self.page(version.lang, version.title, version.body).utf8).write(to: url.appendingPathComponent(file))
            }
        }
        let memory = scratch.appendingPathComponent("r.tm")
        for folder in ["a", "b"] {
            let imported = try CLI.run(["import", folder], in: scratch, memory: memory)
            #expect(imported.status == 0, "\(folder): \(imported.stderr)")
            #expect(!imported.stderr.contains("no language file"), "\(imported.stderr)")
        }
        let stats = try CLI.run(["tm", "stats", "--format", "json"], in: scratch, memory: memory).json()
        let perLocale = try #require(stats["variantsPerLocale"] as? [String: Int], "\(stats)")
        #expect(Set(perLocale.keys) == ["en", "fr-BE", "nl-BE"], "\(stats)")
        // `segment` takes a title's marker when the file declares nothing.
        try Data("<p>Dit is een zin. En nog een.</p>".utf8).write(to: scratch.appendingPathComponent("Nota (NL).htm"))
        let segmented = try CLI.run(["segment", "Nota (NL).htm", "--format", "json"], in: scratch)
        #expect(segmented.status == 0, "\(segmented.stderr)")
        #expect(try segmented.json()["locale"] as? String == "nl", "\(segmented.stdout.prefix(400))")
    }
}
