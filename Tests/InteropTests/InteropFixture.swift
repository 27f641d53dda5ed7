import Foundation
import Interchange
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport

/// The files Translate Toolkit reads back, made once through the library the way a user makes them:
/// `taalgrens import` of the shipped example, `taalgrens export` (XLIFF 2.1 and 1.2) of the example and of
/// a revised English version of it (so that fuzzy and empty targets occur), `taalgrens tm export` (TMX,
/// multilingual and one pair), and a translator's returned file (states reviewed and final).
///
/// Only the bytes are kept: each test writes the files it needs into its own temporary folder.
struct InteropFixture: Sendable {
    static let article = "safer-internet-day-2020"
    static let targets: [LanguageTag] = ["nl-BE", "fr-BE"]

    /// One file: a name for messages, the file name to write and its bytes.
    struct Item: Sendable {
        var name: String
        var fileName: String
        var data: Data
    }

    var xliff21: [Item]
    var xliff12: [Item]
    var tmx: [Item]

    static let shared: Result<InteropFixture, any Error> = Result { try make() }
    static var value: InteropFixture { get throws { try shared.get() } }

    static var exampleFolder: URL {
        TestEnvironment.repository.appendingPathComponent("Examples/articles").appendingPathComponent(article, isDirectory: true)
    }

    /// The English article revised: a word changed, a number changed (the memory adapts it), a sentence
    /// rewritten and a paragraph added. Each edit must still apply to the shipped example.
    static let revisions: [(String, String)] = [
        ("organised every year in February", "organised each year in February"),
        ("more than 170 countries", "more than 190 countries"),
        ("Highlighting the benefits of the use of the internet can help raise young people's awareness of the pitfalls.",
         "Talking with pupils about what goes well online also helps them spot what can go wrong."),
        ("![Image from", "Libraries in Ghent and Namur set up reading corners about friendship online.\n\n![Image from"),
    ]

    private static func make() throws -> InteropFixture {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("taalgrens-interop-\(UUID().uuidString)", isDirectory: true)
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: tmp) }

        let workspace = Workspace(data: DataDirectory(root: TestEnvironment.repository))
        let memory = tmp.appendingPathComponent("memory.tm").path
        _ = try workspace.importPaths([exampleFolder], memory: memory)

        // The revised copy keeps the folder name, so it is the same article id (and context).
        var english = try String(contentsOf: exampleFolder.appendingPathComponent("en.md"), encoding: .utf8)
        for (old, new) in revisions {
            guard english.contains(old) else {
                throw InputError(file: exampleFolder.appendingPathComponent("en.md").path, "the example changed: no \"\(old)\"")
            }
            english = english.replacingOccurrences(of: old, with: new)
        }
        let revised = tmp.appendingPathComponent("revised").appendingPathComponent(article, isDirectory: true)
        try fm.createDirectory(at: revised, withIntermediateDirectories: true)
        try english.write(to: revised.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)

        var xliff21: [Item] = []
        var xliff12: [Item] = []
        for (label, folder) in [("example", exampleFolder), ("revised", revised)] {
            for v12 in [false, true] {
                let out = tmp.appendingPathComponent("out-\(label)-\(v12 ? "12" : "21")", isDirectory: true)
                _ = try workspace.export(folder: folder, request: ExportRequest(targets: targets, output: out, xliffVersion: v12 ? .v12 : .v21), memory: memory)
                for target in targets {
                    let url = out.appendingPathComponent(article).appendingPathComponent(target.identifier).appendingPathComponent("article.xlf")
                    let item = Item(name: "\(label) \(target) XLIFF \(v12 ? "1.2" : "2.1")",
                                    fileName: "\(label)-\(target)-\(v12 ? "12" : "21").xlf", data: try Data(contentsOf: url))
                    if v12 { xliff12.append(item) } else { xliff21.append(item) }
                }
            }
        }

        // A translator's return of the revised Dutch file: the first two segments reviewed and final, the
        // first empty target filled in.
        guard let revisedDutch = xliff21.first(where: { $0.name == "revised nl-BE XLIFF 2.1" }) else {
            throw InputError(file: "fixture", "no revised nl-BE export")
        }
        var returned = try XLIFFReader.read(revisedDutch.data, file: revisedDutch.fileName)
        var changed = 0
        var filled = false
        for u in returned.units.indices {
            for s in returned.units[u].segments.indices {
                if changed < 2, returned.units[u].segments[s].target != nil {
                    returned.units[u].segments[s].state = changed == 0 ? .reviewed : .final
                    changed += 1
                } else if !filled, returned.units[u].segments[s].target == nil {
                    returned.units[u].segments[s].target = RichText(plain: "Bibliotheken in Gent en Namen richtten leeshoeken in over vriendschap online.")
                    returned.units[u].segments[s].state = .translated
                    filled = true
                }
            }
        }
        guard changed == 2, filled else { throw InputError(file: "fixture", "the revised export has no empty target to fill in") }
        xliff21.append(Item(name: "returned nl-BE XLIFF 2.1", fileName: "returned-nl-BE-21.xlf", data: try XLIFFWriter.write(returned, version: .v21)))
        xliff12.append(Item(name: "returned nl-BE XLIFF 1.2", fileName: "returned-nl-BE-12.xlf", data: try XLIFFWriter.write(returned, version: .v12)))

        let all = try workspace.exportMemory(filter: MemoryFilter(pair: nil, article: nil, since: nil, status: nil), memory: memory)
        let pair = try workspace.exportMemory(filter: MemoryFilter(pair: ["en", "nl-BE"], article: nil, since: nil, status: nil), memory: memory)
        let tmx = [Item(name: "memory TMX (all languages)", fileName: "memory.tmx", data: all),
                   Item(name: "memory TMX (en, nl-BE)", fileName: "memory-en-nl-BE.tmx", data: pair)]
        return InteropFixture(xliff21: xliff21, xliff12: xliff12, tmx: tmx)
    }

    /// Writes `items` into a fresh temporary folder; the caller removes the folder.
    static func write(_ items: [Item]) throws -> (folder: URL, files: [URL]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-ttk-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = try items.map { item -> URL in
            let url = folder.appendingPathComponent(item.fileName)
            try item.data.write(to: url)
            return url
        }
        return (folder, files)
    }
}
