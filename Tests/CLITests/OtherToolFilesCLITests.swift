import Foundation
import Testing
import ZIPFoundation

/// Thirteenth trial, findings 6, 9 and 15, as a user meets them: the files a migrating user tries first.
/// A Trados `.sdltm`, a zipped TMX, a gzip-compressed TMX and an Excel `.xlsx` glossary were refused by
/// extension only (15); a TMX with two byte-order marks was "found text" at 1:1 (9); an Excel glossary's
/// synonyms in one cell were one term (6).
@Suite("files from other tools: what they are and how to convert them (process)")
struct OtherToolFilesCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial13")

    @Test("a .sdltm, a .zip, a .tmx.gz and an .xlsx name what they are and the way to a file Taalgrens reads")
    func otherToolFiles() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let sdltm = try CLI.run(["import", Self.folder.appendingPathComponent("Belga.sdltm").path], in: scratch, memory: memory)
        #expect(sdltm.status == 2)
        #expect(sdltm.stderr.contains("Belga.sdltm: cannot import a .sdltm file: it is a Trados Studio translation memory (an SQLite database of Trados); in Trados Studio, open Translation Memories, select the memory and choose Export…, which writes a TMX file, then import that (taalgrens import Belga.tmx)"), "\(sdltm.stderr)")
        let zip = try CLI.run(["import", Self.folder.appendingPathComponent("belga-tm.zip").path], in: scratch, memory: memory)
        #expect(zip.status == 2)
        #expect(zip.stderr.contains("cannot import a .zip file directly: it is a zip archive holding trados-2021.tmx; unzip it and import that file (unzip belga-tm.zip -d belga-tm && taalgrens import belga-tm/trados-2021.tmx)"), "\(zip.stderr)")
        // A gzip-compressed TMX (as mail gateways and vendors' portals send it).
        let gz = scratch.appendingPathComponent("belga.tmx.gz")
        try Data([0x1F, 0x8B, 0x08, 0x00]).write(to: gz)
        let gzip = try CLI.run(["import", gz.path], in: scratch, memory: memory)
        #expect(gzip.status == 2)
        #expect(gzip.stderr.contains("it is a gzip-compressed file; decompress it (gunzip -k belga.tmx.gz) and import belga.tmx"), "\(gzip.stderr)")
        let xlsx = try CLI.run(["terms", "list", "--no-default-termbase", "--termbase", Self.folder.appendingPathComponent("glossary.xlsx").path], in: scratch)
        #expect(xlsx.status == 2)
        #expect(xlsx.stderr.contains("glossary.xlsx: it is a spreadsheet: save it as CSV UTF-8 (Excel: File › Save As › CSV UTF-8"), "\(xlsx.stderr)")
        #expect(xlsx.stderr.contains("and give glossary.csv"), "\(xlsx.stderr)")
        // What the zip message says works: the archive's TMX, extracted (ZIPFoundation, as `unzip` would),
        // imports. Extracted in-process so the check runs on every machine, `unzip` installed or not.
        let extracted = scratch.appendingPathComponent("belga-tm")
        try FileManager.default.unzipItem(at: Self.folder.appendingPathComponent("belga-tm.zip"), to: extracted)
        let inside = try CLI.run(["import", "belga-tm/trados-2021.tmx"], in: scratch, memory: memory)
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(inside.stdout.contains("trados-2021.tmx: 5 units read: 5 added"), "\(inside.stdout)")
    }

    @Test("a TMX with two BOMs imports; one with a BOM after the XML declaration names it with line and column")
    func byteOrderMarks() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let double = try CLI.run(["import", Self.folder.appendingPathComponent("double-bom.tmx").path], in: scratch, memory: memory)
        #expect(double.status == 0, "\(double.stderr)")
        let after = try CLI.run(["import", Self.folder.appendingPathComponent("bom-after-decl.tmx").path], in: scratch, memory: memory)
        #expect(after.status == 2)
        #expect(after.stderr.contains("bom-after-decl.tmx:1:39: a second byte-order mark (U+FEFF, the bytes EF BB BF)"), "\(after.stderr)")
        #expect(!after.stderr.contains("found text"), "\(after.stderr)")
    }

    @Test("an Excel glossary's synonyms in one cell are separate terms: terms lookup finds the synonym")
    func excelSynonyms() throws {
        let glossary = Self.folder.appendingPathComponent("glossary-excel.csv").path
        let list = try CLI.run(["terms", "list", "--no-default-termbase", "--termbase", glossary])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("ambtenaar (nl, preferred) · overheidspersoneel (nl, admitted)"), "\(list.stdout)")
        #expect(!list.stdout.contains("ambtenaar;"), "\(list.stdout)")
        #expect(!list.stderr.contains("left unread"), "\(list.stderr)")
        let lookup = try CLI.run(["terms", "lookup", "overheidspersoneel", "-l", "nl-BE", "--no-default-termbase", "--termbase", glossary])
        #expect(lookup.status == 0, "\(lookup.stderr)")
        #expect(lookup.stdout.contains("civil servant"), "\(lookup.stdout)")
    }
}
