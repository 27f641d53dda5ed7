import Foundation
import Testing

/// Thirteenth trial, finding 18: a TMX or XLIFF declared ISO-8859-1 that holds the Windows code page's
/// bytes (€ 0x80, ’ 0x92, “ ” 0x93/0x94, – 0x96, … 0x85, as Wordfast and other Windows tools write) was
/// stored with C1 control characters in place of those signs, silently: a query of the right sentence
/// scored 87.5. The label is read as windows-1252, as the WHATWG Encoding Standard reads it.
@Suite("import: ISO-8859-1 labels over Windows-1252 bytes (process)")
struct LegacyEncodingLabelCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/encoding13")

    @Test("the euro sign, curly quotes, dashes and ellipses are stored as written; the sentence is an exact match; no C1 control reaches the export")
    func windowsBytesUnderLatin1Label() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        for file in ["wordfast-iso-8859-1.tmx", "tarieven-iso-8859-1.xlf"] {
            let imported = try CLI.run(["import", Self.folder.appendingPathComponent(file).path], in: scratch, memory: memory)
            #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        }
        for (sentence, translation) in [
            ("Een abonnement kost voortaan € 49 per jaar.", "L’abonnement coûte désormais 49 € par an."),
            ("„We hebben geen keuze”, zegt de directeur – ‘helaas’…", "« Nous n’avons pas le choix », dit le directeur – « hélas »…"),
            ("Het ticket kost € 3,50 – kinderen gratis.", "Le ticket coûte 3,50 € – gratuit pour les enfants."),
        ] {
            let query = try CLI.run(["query", sentence, "--from", "nl-BE", "--to", "fr-BE", "--format", "json"], in: scratch, memory: memory)
            let match = try #require((try query.json()["matches"] as? [[String: Any]])?.first, "\(query.stdout)\(query.stderr)")
            #expect(match["score"] as? Double == 100, "\(match)")
            #expect(match["target"] as? String == translation, "\(match)")
        }
        let export = try CLI.run(["tm", "export"], in: scratch, memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(!export.stdout.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "\(export.stdout)")
        #expect(export.stdout.contains("voortaan € 49"))
    }
}
