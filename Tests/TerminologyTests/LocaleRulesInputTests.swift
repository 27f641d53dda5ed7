import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Bad `Locales/<locale>/terminology.json` files: each is an `InputError` naming the file, the line and
/// what was expected in words (REVIEW5 findings 5 and 10).
@Suite struct LocaleRulesInputTests {
    /// A data folder holding one `Locales/nl-BE/terminology.json` with `json` as its text.
    func dataFolder(_ json: String) throws -> (DataDirectory, String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-rules-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("Locales/nl-BE")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("terminology.json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        return (DataDirectory(root: root), file.path)
    }

    func loadError(_ json: String) throws -> (InputError?, String) {
        let (data, file) = try dataFolder(json)
        defer { try? FileManager.default.removeItem(at: data.root) }
        do {
            _ = try TerminologyData.load(from: data)
            return (nil, file)
        } catch let error as InputError {
            return (error, file)
        }
    }

    /// A misspelt stemmer silently switched off inflected matching ("hulplijnen" no longer found the term
    /// "hulplijn"): now it is bad input, naming the line and the known names.
    @Test func unknownStemmerIsBadInput() throws {
        let (error, file) = try loadError("{\n  \"elisions\": [],\n  \"stemmer\": \"dutsch\"\n}\n")
        let e = try #require(error)
        #expect(e.file == file)
        #expect(e.line == 3)
        #expect(e.message.contains("unknown stemmer \"dutsch\""), "\(e.message)")
        #expect(e.message.contains("dutch") && e.message.contains("french") && e.message.contains("english"), "\(e.message)")
    }

    /// Every Snowball name is accepted, and the shipped files name one.
    @Test func knownStemmersAreAccepted() throws {
        for name in ["dutch", "french", "english", "porter"] {
            let (error, _) = try loadError("{ \"stemmer\": \"\(name)\" }")
            #expect(error == nil, "\(name): \(String(describing: error))")
        }
        let shipped = try localeData()
        #expect(shipped.rules(for: "nl-BE").stemmer == "dutch")
    }

    /// Rules built in code (not read from a file) with a stemmer that cannot be opened: the checker once
    /// reached a `try!` here; now it runs without stemming for that locale and says so in `problems`.
    @Test func unopenableStemmerIsAProblemNotACrash() throws {
        let data = TerminologyData(locales: ["nl-BE": LocaleTerminology(stemmer: "klingon")])
        let termbase = try tbx(tbx3(concept("c1", [("en", "helpline", "preferred"), ("nl", "hulplijn", "preferred")])))
        let checker = TermChecker(termbase: termbase, sourceLocale: "en", data: data)
        #expect(checker.problems.count == 1)
        #expect(checker.problems.first?.contains("klingon") == true && checker.problems.first?.contains("nl-BE") == true, "\(checker.problems)")
        // Terms still match as written; the inflected form is not recognised without the stemmer.
        #expect(checker.recognize("Bel de hulplijn.", locale: "nl-BE").count == 1)
        #expect(checker.recognize("Bel de hulplijnen.", locale: "nl-BE").isEmpty)
        #expect(TermChecker(termbase: termbase, sourceLocale: "en", data: try localeData()).problems.isEmpty)
    }

    /// A value of the wrong kind: once "expected a Array<Any> at clitics", without a line.
    @Test func wrongKindNamesLineAndKindInWords() throws {
        let (error, file) = try loadError("{\n  \"stemmer\": \"dutch\",\n  \"clitics\": 5\n}\n")
        let e = try #require(error)
        #expect(e.description == "\(file):3: expected a list at clitics, found a number (see docs/terminology.md)")
    }

    @Test func nestedWrongKind() throws {
        let (error, file) = try loadError("{\n  \"numbers\": {\n    \"hourMarkers\": [\"u\"],\n    \"words\": {\n      \"vijf\": \"5\"\n    }\n  }\n}\n")
        let e = try #require(error)
        #expect(e.file == file)
        #expect(e.line == 5, "\(e)")
        #expect(e.message.hasPrefix("expected a number at numbers.words.vijf, found a text"), "\(e.message)")
        #expect(!e.message.contains("Swift") && !e.message.contains("Int"), "\(e.message)")
    }

    /// Not JSON at all: the parser's line and column.
    @Test func syntaxErrorHasLine() throws {
        let (error, file) = try loadError("{\n  \"stemmer\": \"dutch\",\n  \"clitics\": [\"'s\" \"'en\"]\n}\n")
        let e = try #require(error)
        #expect(e.file == file)
        #expect(e.line == 3 && e.column == 20, "\(e)")
        #expect(e.message.hasPrefix("expected valid JSON (see docs/terminology.md)"), "\(e.message)")
    }
}
