import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The classes of false findings and misses the first run of blind set 7 found
/// (`Tests/Fixtures/terminology/blind7/README.md`) and that were fixed, each with the failing input and, beside it, an
/// error of the same shape that must still be found.
@Suite struct BlindSet7ClassTests {
    /// A MultiTerm XML export (root `<mtf>`) of `concepts`, each (number, concept-level notes, [(lang, term, usage)]).
    static func multiTerm(_ concepts: [(Int, [String], [(String, String, String)])], termNote: String? = nil) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n<mtf>\n"
        for (number, notes, terms) in concepts {
            out += "<conceptGrp><concept>\(number)</concept>\n"
            for n in notes { out += "<descripGrp><descrip type=\"Note\">\(n)</descrip></descripGrp>\n" }
            for lang in terms.map(\.0).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
                out += "<languageGrp><language lang=\"\(lang)\" type=\"\(lang)\"/>\n"
                for t in terms where t.0 == lang {
                    out += "<termGrp><term>\(t.1)</term><descripGrp><descrip type=\"Usage\">\(t.2)</descrip></descripGrp>"
                    if let termNote { out += "<descripGrp><descrip type=\"Note\">\(termNote)</descrip></descripGrp>" }
                    out += "</termGrp>\n"
                }
                out += "</languageGrp>\n"
            }
            out += "</conceptGrp>\n"
        }
        return out + "</mtf>\n"
    }

    static func read(_ xml: String) throws -> Termbase {
        try Termbase.read(Data(xml.utf8), format: .tbx, file: "multiterm.xml")
    }

    /// The findings of the term rules and `dnt-changed` on `units`, as "rule locale text", sorted.
    static func findings(_ termbase: Termbase, _ units: [CheckUnit]) throws -> [String] {
        let rules: Set<String> = [CheckRule.missingTerm.id, CheckRule.forbiddenTerm.id, CheckRule.crossTarget.id, CheckRule.dntChanged.id]
        return try checker(termbase).check(units)
            .filter { rules.contains($0.rule) }.map { "\($0.rule) \($0.locale) \($0.text)" }.sorted()
    }

    static let itsme = [("EN-GB", "itsme", "preferred"), ("NL-BE", "itsme", "preferred"), ("FR-BE", "itsme", "preferred")]

    /// A Taalgrens convention in a MultiTerm "Note" field (on the concept or on the term) sets its property, as a TBX
    /// `<note>` does: the six names of blind set 7 were ordinary terms, so "its me" for "itsme" was a possible
    /// compound and a cross-target finding instead of a changed name. A convention on a language, or a misspelt one,
    /// is refused with its line; other notes stay notes.
    @Test func taalgrensConventionsInMultiTermNoteFields() throws {
        let onConcept = try Self.read(Self.multiTerm([(1, ["taalgrens:dnt", "The app of the Belgian Mobile ID consortium."], Self.itsme)]))
        #expect(onConcept.entries[0].properties.doNotTranslate == true)
        #expect(onConcept.entries[0].notes == ["The app of the Belgian Mobile ID consortium."])
        let onTerm = try Self.read(Self.multiTerm([(1, [], Self.itsme)], termNote: "taalgrens:dnt"))
        #expect(onTerm.entries[0].terms.allSatisfy { $0.properties.doNotTranslate == true && $0.notes.isEmpty })

        let failing = unit("u", en: "Fraudsters imitate itsme messages.", nl: "Oplichters bootsen berichten van itsme na.",
                           fr: "Des escrocs imitent les messages de its me.")
        #expect(try Self.findings(onConcept, [failing]) == ["dnt-changed fr-BE its me"])
        let clean = unit("c", en: "Fraudsters imitate itsme messages.", nl: "Oplichters bootsen berichten van itsme na.",
                         fr: "Des escrocs imitent les messages d'itsme.")
        #expect(try Self.findings(onConcept, [clean]) == [])

        let misspelt = Self.multiTerm([(1, ["taalgrens:dnt=yes"], Self.itsme)])
        let error = try #require(throws: InputError.self) { try Self.read(misspelt) }
        #expect(error.file == "multiterm.xml" && error.line == 4 && error.message.contains("taalgrens:dnt"))
        let onLanguage = """
            <?xml version="1.0" encoding="UTF-8"?>
            <mtf><conceptGrp><concept>1</concept>
            <languageGrp><language lang="NL-BE" type="Dutch"/>
            <descripGrp><descrip type="Note">taalgrens:dnt</descrip></descripGrp>
            <termGrp><term>itsme</term></termGrp></languageGrp></conceptGrp></mtf>
            """
        let second = try #require(throws: InputError.self) { try Self.read(onLanguage) }
        #expect(second.line == 4 && second.message.contains("<languageGrp>"))
    }
}
