import Foundation
import Testing
import Segmentation
import TaalgrensCore

/// Reading SRX 2.0 files: structure, language maps and cascade, leniency, and errors that name the file
/// and line. Also `--rules FILE` and a locale added as a folder at run time.
@Suite struct SRXDocumentTests {
    /// A small SRX document with the given header and rule sets.
    static func srx(header: String = #"<header segmentsubflows="yes" cascade="yes"/>"#, rules: String, maps: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <srx xmlns="http://www.lisa.org/srx20" version="2.0">
          \(header)
          <body>
            <languagerules>
        \(rules)
            </languagerules>
            <maprules>
        \(maps)
            </maprules>
          </body>
        </srx>
        """
    }

    static func parse(_ text: String, file: String = "test.srx") throws -> SRXDocument {
        try SRXDocument(data: Data(text.utf8), file: file)
    }

    /// A temporary folder, removed when `body` returns.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-seg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    @Test func theShippedFilesLoad() throws {
        for locale in ["en", "nl-BE", "fr-BE"] {
            let url = TestSupport.repository.appendingPathComponent("Locales/\(locale)/segmentation.srx")
            let document = try SRXDocument(contentsOf: url)
            let tag = try #require(LanguageTag(locale))
            let rules = try #require(document.rules(for: tag))
            #expect(rules.count >= 12, "\(locale)")
            #expect(!document.cascade)
        }
    }

    @Test func languageMapsMatchWholeCodesIgnoringCase() throws {
        let document = try SRXDocumentTests.parse(SRXDocumentTests.srx(
            rules: """
                  <languagerule languagerulename="Dutch"><rule break="no"><beforebreak>bijv\\.</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
                  <languagerule languagerulename="Default"><rule><beforebreak>[.?!]</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
            """,
            maps: """
                  <languagemap languagepattern="NL.*" languagerulename="Dutch"/>
                  <languagemap languagepattern="n" languagerulename="Dutch"/>
                  <languagemap languagepattern=".*" languagerulename="Default"/>
            """))
        #expect(document.cascade)
        #expect(document.languageRules.map(\.name) == ["Dutch", "Default"])
        #expect(document.rules(for: "nl-BE")?.map(\.isBreak) == [false, true])  // cascade: Dutch, then Default
        #expect(document.rules(for: "en")?.map(\.isBreak) == [true])             // "n" must match the whole code
        #expect(document.languageRules[1].rules[0].line == 7)
        #expect(document.languageMaps.map(\.line) == [10, 11, 12])
    }

    @Test func withoutCascadeOnlyTheFirstMatchingMapApplies() throws {
        let document = try SRXDocumentTests.parse(SRXDocumentTests.srx(
            header: #"<header segmentsubflows="no" cascade="no"/>"#,
            rules: """
                  <languagerule languagerulename="A"><rule break="no"><beforebreak>x</beforebreak></rule></languagerule>
                  <languagerule languagerulename="B"><rule break="yes"><afterbreak>y</afterbreak></rule></languagerule>
            """,
            maps: """
                  <languagemap languagepattern="fr.*" languagerulename="A"/>
                  <languagemap languagepattern=".*" languagerulename="B"/>
            """))
        #expect(!document.cascade && !document.segmentSubflows)
        #expect(document.rules(for: "fr-BE") == [SRXDocument.Rule(isBreak: false, beforeBreak: "x", afterBreak: "", line: 6)])
        #expect(document.rules(for: "de")?.map(\.afterBreak) == ["y"])
    }

    @Test func anEmptyHeaderIsAcceptedAndMeansCascade() throws {
        let document = try SRXDocumentTests.parse(SRXDocumentTests.srx(
            header: "<header></header>",
            rules: #"<languagerule languagerulename="A"><rule><beforebreak>\.</beforebreak></rule></languagerule>"#,
            maps: #"<languagemap languagepattern=".*" languagerulename="A"/><languagemap languagepattern="e.*" languagerulename="A"/>"#))
        #expect(document.cascade && document.segmentSubflows)
        #expect(document.rules(for: "en")?.count == 1)  // a rule set named twice contributes once
    }

    @Test("errors name the file and the line", arguments: [
        ("<srx version=\"2.0\"><body>\n<languagerules>\n</body></srx>", 3, "Opening and ending tag mismatch"),
        ("<?xml version=\"1.0\"?>\n<rules version=\"2.0\"/>", 2, "expected an SRX document with root element <srx>"),
        ("<srx version=\"1.0\"><body/></srx>", 1, "expected SRX version 2.0"),
        ("<srx version=\"2.0\">\n  <header cascade=\"maybe\"/>\n</srx>", 2, "expected cascade=\"yes\" or \"no\""),
        ("<srx version=\"2.0\">\n  <body>\n    <maprules/>\n  </body>\n</srx>", 2, "expected a <languagerules> element"),
        (srx(rules: "<languagerule languagerulename=\"A\">\n<rule break=\"no\">\n<beforebreak>(?&lt;=a+)b</beforebreak>\n</rule>\n</languagerule>", maps: ""), 8, "<beforebreak> pattern"),
        (srx(rules: "<languagerule languagerulename=\"A\">\n<rule break=\"no\">\n<beforebreak>a</beforebreak>\n<afterbreak>[b</afterbreak>\n</rule>\n</languagerule>", maps: ""), 9, "<afterbreak> pattern"),
        (srx(rules: "<languagerule languagerulename=\"A\">\n<rule break=\"perhaps\"/>\n</languagerule>", maps: ""), 7, "expected break=\"yes\" or \"no\""),
        (srx(rules: "<languagerule languagerulename=\"A\">\n<rule><afterbreak>a</afterbreak><beforebreak>b</beforebreak></rule>\n</languagerule>", maps: ""), 7, "at most one <beforebreak> followed by"),
        (srx(rules: "<languagerule languagerulename=\"A\"/>\n<languagerule languagerulename=\"A\"/>", maps: ""), 7, "defined twice"),
        (srx(rules: "<languagerule languagerulename=\"A\"/>", maps: "\n<languagemap languagepattern=\"nl.*\" languagerulename=\"Dutch\"/>"), 10, "no <languagerule> has that name"),
        (srx(rules: "<languagerule languagerulename=\"A\"/>", maps: "\n<languagemap languagepattern=\"(nl\" languagerulename=\"A\"/>"), 10, "languagepattern"),
    ])
    func errorsNameFileAndLine(text: String, line: Int, message: String) throws {
        let error = try #require(throws: InputError.self) { try SRXDocumentTests.parse(text, file: "rules/bad.srx") }
        #expect(error.file == "rules/bad.srx")
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
        #expect(error.description.hasPrefix("rules/bad.srx:\(line)"))
    }

    @Test func aMissingFileIsBadInput() throws {
        let url = URL(fileURLWithPath: "/nonexistent/rules.srx")
        let error = try #require(throws: InputError.self) { try Segmenter(locale: "en", rules: url) }
        #expect(error.file == "/nonexistent/rules.srx")
    }

    @Test func aFileWithoutAMapForTheLocaleIsBadInput() throws {
        let text = SRXDocumentTests.srx(rules: #"<languagerule languagerulename="A"/>"#,
                                        maps: #"<languagemap languagepattern="fr.*" languagerulename="A"/>"#)
        let error = try #require(throws: InputError.self) { try Segmenter(locale: "nl-BE", document: SRXDocumentTests.parse(text)) }
        #expect(error.message.contains("nl-BE"))
    }

    @Test func aRulesFileVetoesAddsAndOrdersBreaks() throws {
        // Break after a semicolon (ICU never does), never after "zie", and the first rule wins: the
        // semicolon rule comes after a veto for "; en".
        let text = SRXDocumentTests.srx(
            rules: """
                  <languagerule languagerulename="Test">
                    <rule break="no"><beforebreak>;</beforebreak><afterbreak>\\s+en\\b</afterbreak></rule>
                    <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>
                    <rule break="no"><beforebreak>\\b[Zz]ie\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
                  </languagerule>
            """,
            maps: #"<languagemap languagepattern="nl(-.*)?" languagerulename="Test"/>"#)
        try SRXDocumentTests.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("custom.srx")
            try Data(text.utf8).write(to: file)
            let segmenter = try Segmenter(locale: "nl-BE", rules: file)
            #expect(segmenter.rulesFile == file)
            #expect(TestSupport.sentences("Eerst dit; dan dat; en nog iets. Zie. Daarna volgt meer.", segmenter)
                    == ["Eerst dit;", "dan dat; en nog iets.", "Zie. Daarna volgt meer."])
        }
    }

    @Test func aLocaleFolderAddedAtRunTimeSegmentsWithoutARebuild() throws {
        // German rules written here, as a user would add them: a temporary Locales/de-BE folder.
        let german = SRXDocumentTests.srx(
            header: #"<header segmentsubflows="yes" cascade="no"/>"#,
            rules: """
                  <languagerule languagerulename="Deutsch">
                    <rule break="no"><beforebreak>(?&lt;![\\p{L}.])(?:[Dd]r|[Zz]\\.B|usw|bzw|[Nn]r|[Hh]r|[Ff]r|[Ss]t)\\.</beforebreak></rule>
                    <rule break="no"><beforebreak>(?&lt;![\\p{N}.])\\p{N}{1,2}\\.</beforebreak><afterbreak>\\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\b</afterbreak></rule>
                  </languagerule>
            """,
            maps: #"<languagemap languagepattern="de.*" languagerulename="Deutsch"/>"#)
        try SRXDocumentTests.withTemporaryFolder { root in
            let folder = root.appendingPathComponent("Locales/de-BE", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(german.utf8).write(to: folder.appendingPathComponent("segmentation.srx"))
            let data = DataDirectory(root: root)
            let text = "Dr. Müller kam z.B. am 3. Oktober nach Eupen. Fr. Schmidt usw. waren auch da. Das war gut."
            let expected = ["Dr. Müller kam z.B. am 3. Oktober nach Eupen.", "Fr. Schmidt usw. waren auch da.", "Das war gut."]
            for locale: LanguageTag in ["de-BE", "de", "de-AT"] {
                let segmenter = try Segmenter(locale: locale, data: data)
                #expect(segmenter.rulesFile?.pathComponents.suffix(2) == ["de-BE", "segmentation.srx"], "\(locale)")
                #expect(TestSupport.sentences(text, segmenter) == expected, "\(locale)")
            }
            // ICU alone cuts after "Dr." and "3.": the folder's rules are what fixes it.
            let icuOnly = try Segmenter(locale: "de", data: TestSupport.data)
            #expect(icuOnly.rulesFile == nil)
            #expect(TestSupport.sentences(text, icuOnly) != expected)
        }
    }

    @Test func aMalformedLocaleFileNamesFileAndLine() throws {
        try SRXDocumentTests.withTemporaryFolder { root in
            let folder = root.appendingPathComponent("Locales/de-BE", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("segmentation.srx")
            try Data(SRXDocumentTests.srx(rules: "<languagerule languagerulename=\"D\">\n<rule><beforebreak>(</beforebreak></rule>\n</languagerule>",
                                          maps: "").utf8).write(to: file)
            let error = try #require(throws: InputError.self) { try Segmenter(locale: "de-BE", data: DataDirectory(root: root)) }
            #expect(error.file == file.path)
            #expect(error.line == 7)
        }
    }
}
