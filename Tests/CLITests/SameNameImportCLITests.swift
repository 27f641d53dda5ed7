import Foundation
import Testing

/// TRIAL5 item 1: two different files with the same name (XLIFF `original="index.html"`, two `export.tmx`)
/// must not replace each other's units; a revised version of a file still updates in place
/// (`docs/memory.md`, "Unit identity").
@Suite("import: files with the same name (process)")
struct SameNameImportCLITests {
    private static let folder = "Tests/Fixtures/interop/same-name/"

    @Test("a second index.html XLIFF is refused, naming the file and the scope; --scope keeps both; a revision updates")
    func xliffSameOriginal() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let storm = try CLI.run(["import", Self.folder + "storm/index.xlf"], memory: memory)
        #expect(storm.stdout == Self.folder + "storm/index.xlf: 3 units read: 3 added, 0 updated, 0 unchanged (xliff, scope index.html)\n", "\(storm.stderr)")

        let refused = try CLI.run(["import", Self.folder + "recall/index.xlf"], memory: memory)
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        for part in ["recall/index.xlf", "scope xliff:nl-BE:index.html", "3 of the 3 units", "“The storm caused damage in Ostend.”",
                     "“The chocolate bars are being recalled.”", "--scope NAME", "--replace"] {
            #expect(refused.stderr.contains(part), "\(part) missing from: \(refused.stderr)")
        }
        // The first page's translations are still there.
        let trains = try CLI.run(["query", "Trains between Bruges and the coast are running again.", "--from", "en", "--to", "nl-BE"], memory: memory)
        #expect(trains.stdout.contains("100%") && trains.stdout.contains("De treinen tussen Brugge en de kust rijden weer."), "\(trains.stdout)")

        // Under a scope of its own: its third unit is the storm page's first, stored once (merged).
        let recall = try CLI.run(["import", Self.folder + "recall/index.xlf", "--scope", "recall.html"], memory: memory)
        #expect(recall.stdout == Self.folder + "recall/index.xlf: 3 units read: 2 added, 0 updated, 0 unchanged, 1 merged (xliff, scope recall.html)\n", "\(recall.stderr)")

        // A revised storm page: one source sentence gained words, one translation changed, so the third unit's
        // context (the previous segment) changed too: all three updated, nothing added to the page. The unit it
        // shared with the recall page changed its text, so that page keeps the pair it brought as a unit of
        // its own (`docs/memory.md`, "Units held by several files"): 6 units, where the revision used to
        // overwrite the recall page's sentence (5).
        let revised = try CLI.run(["import", Self.folder + "storm/index-revised.xlf"], memory: memory)
        #expect(revised.stdout == Self.folder + "storm/index-revised.xlf: 3 units read: 0 added, 3 updated, 0 unchanged (xliff, scope index.html)\n", "\(revised.stderr)")
        let stats = try CLI.run(["tm", "stats", "--format", "json"], memory: memory)
        let units = (try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])?["units"] as? Int
        #expect(units == 6, "\(stats.stdout)")
        let recallUnits = try CLI.run(["tm", "export", "--format", "tmx", "--article", "recall.html", "-o", "-"], memory: memory)
        #expect(recallUnits.stdout.components(separatedBy: "<tu ").count - 1 == 3, "\(recallUnits.stdout)")
    }

    @Test("--replace lets the second file replace the first, as asked")
    func replaceAsked() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        _ = try CLI.run(["import", Self.folder + "storm/index.xlf"], memory: memory)
        let replaced = try CLI.run(["import", Self.folder + "recall/index.xlf", "--replace"], memory: memory)
        #expect(replaced.stdout == Self.folder + "recall/index.xlf: 3 units read: 0 added, 3 updated, 0 unchanged (xliff, scope index.html)\n", "\(replaced.stderr)")
    }

    @Test("two export.tmx from two projects: the second is refused; a revised first one updates")
    func tmxSameName() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let first = try CLI.run(["import", Self.folder + "a/export.tmx"], memory: memory)
        #expect(first.stdout == Self.folder + "a/export.tmx: 2 units read: 2 added, 0 updated, 0 unchanged (tmx)\n", "\(first.stderr)")
        let other = try CLI.run(["import", Self.folder + "b/export.tmx"], memory: memory)
        #expect(other.status == 2)
        #expect(other.stderr.contains("b/export.tmx") && other.stderr.contains("scope tmx:export.tmx"), "\(other.stderr)")
        let kept = try CLI.run(["query", "Schools on the coast stay closed today.", "--from", "en", "--to", "nl-BE"], memory: memory)
        #expect(kept.stdout.contains("De scholen aan de kust blijven vandaag dicht."), "\(kept.stdout)")

        let revised = try CLI.run(["import", Self.folder + "a-revised/export.tmx"], memory: memory)
        #expect(revised.stdout == Self.folder + "a-revised/export.tmx: 2 units read: 0 added, 2 updated, 0 unchanged (tmx)\n", "\(revised.stderr)")
        let both = try CLI.run(["import", Self.folder + "b/export.tmx", "--scope", "project-b.tmx"], memory: memory)
        #expect(both.stdout == Self.folder + "b/export.tmx: 2 units read: 2 added, 0 updated, 0 unchanged (tmx, scope project-b.tmx)\n", "\(both.stderr)")
    }
}
