import Foundation
import Testing

/// `terms list` and `terms lookup` show the language-level definitions of a term entry (TBX `definition`
/// inside a `langSec`), in text and JSON; before, they were read and kept but never shown.
@Suite("terms list shows per-language definitions (process)")
struct TermDefinitionsCLITests {
    static let tbx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader><fileDesc><sourceDesc><p>Test termbase.</p></sourceDesc></fileDesc></tbxHeader>
          <text><body>
            <conceptEntry id="k1">
              <descrip type="definition">Service that collects household waste at the door.</descrip>
              <langSec xml:lang="nl">
                <descrip type="definition">Dienst die huishoudelijk afval aan huis ophaalt.</descrip>
                <termSec><term>huisvuilophaling</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
              </langSec>
              <langSec xml:lang="en">
                <termSec><term>kerbside collection</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
              </langSec>
              <langSec xml:lang="fr">
                <descrip type="definition">Service qui enlève les déchets ménagers devant la porte.</descrip>
                <termSec><term>collecte en porte-à-porte</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
              </langSec>
            </conceptEntry>
            <conceptEntry id="k2">
              <langSec xml:lang="en"><termSec><term>container park</term></termSec></langSec>
              <langSec xml:lang="nl"><termSec><term>containerpark</term></termSec></langSec>
            </conceptEntry>
          </body></text>
        </tbx>
        """

    @Test("text: one indented line per definition, the concept's first, then each language's in term order; JSON: definitions by locale")
    func definitionsShown() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("waste.tbx")
        try Self.tbx.write(to: file, atomically: true, encoding: .utf8)
        let text = try CLI.run(["terms", "list", "--no-default-termbase", "--termbase", file.path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout == """
            k1  huisvuilophaling (nl, preferred) · kerbside collection (en, preferred) · collecte en porte-à-porte (fr, preferred)
               definition: Service that collects household waste at the door.
               definition (nl): Dienst die huishoudelijk afval aan huis ophaalt.
               definition (fr): Service qui enlève les déchets ménagers devant la porte.
            k2  container park (en, preferred) · containerpark (nl, preferred)

            """, "\(text.stdout)")

        let json = try CLI.run(["terms", "list", "--no-default-termbase", "--termbase", file.path, "--format", "json"]).json()
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries[0]["definition"] as? String == "Service that collects household waste at the door.")
        #expect(entries[0]["definitions"] as? [String: String] == ["nl": "Dienst die huishoudelijk afval aan huis ophaalt.",
                                                                  "fr": "Service qui enlève les déchets ménagers devant la porte."])
        #expect(entries[1]["definitions"] == nil, "absent when the entry has none")

        let lookup = try CLI.run(["terms", "lookup", "containerpark", "--locale", "nl-BE", "--no-default-termbase", "--termbase", file.path])
        #expect(lookup.stdout == "k2  container park (en, preferred) · containerpark (nl, preferred)\n", "\(lookup.stdout)")
    }
}
