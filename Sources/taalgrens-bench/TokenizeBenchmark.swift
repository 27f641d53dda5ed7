import ArgumentParser
import Foundation
import Interchange
import TaalgrensCore
import Tokenization
import TranslationMemory

/// `taalgrens-bench tokenize`: the per-variant preparation every import and every query pays, per locale
/// (index keys alone, a full ``PreparedSegment``, a store's ``IndexedVariant``, the tokens), and the TMX
/// reader's speed on a generated file. One JSON line per locale, then one for the TMX reader.
struct TokenizeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Per-variant preparation speed per locale (keys, PreparedSegment, IndexedVariant, tokens) and TMX reading speed.",
        discussion: """
            The texts are the LibreOffice help sentences (scripts/bench-data.sh), else the example articles' \
            gold beads. Each step runs over every text of a locale; the run with the least CPU time counts. \
            The TMX line times TMXReader alone on a file of generated units (written with TMXWriter, then deleted). \
            See docs/benchmarks.md.
            """)

    @Flag(help: "A small run on the example articles only (what CI can run); exit 1 when a step produced nothing.")
    var check = false

    @Option(help: "Timed runs per step; the one with the least CPU time counts (default 3; 1 with --check).")
    var repeats: Int?

    @Option(help: "Units in the generated TMX file (default 100000; 2000 with --check; 0 skips the TMX line).")
    var tmxUnits: Int?

    @Option(help: "At most this many texts per locale (default: all).")
    var limit: Int?

    func validate() throws {
        if let repeats, repeats < 1 { throw ValidationError("--repeats must be at least 1") }
        if let tmxUnits, tmxUnits < 0 { throw ValidationError("--tmx-units must be 0 or more") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let paths = try BenchmarkPaths.locate()
        let corpus = check ? try ParallelCorpus.examples(paths) : try ParallelCorpus.libreOfficeHelp(paths) ?? ParallelCorpus.examples(paths)
        if corpus.name == "examples" && !check { note("the LibreOffice help is not cached (scripts/bench-data.sh): using the example articles") }
        let runs = repeats ?? (check ? 1 : 3)
        var failed = false
        for locale in ParallelCorpus.locales {
            var texts = corpus.segments.map { $0[locale] }
            if let limit { texts = Array(texts.prefix(limit)) }
            let variants = texts.map { Variant(locale: locale, content: RichText(plain: $0)) }
            let tokenizer = Tokenizer(locale: locale)
            var keyCount = 0, tokenCount = 0
            let keys = TokenizeBenchmark.best(runs) {
                var n = 0
                for t in texts { n += PreparedSegment.keys(t, locale: locale).count }
                keyCount = n
            }
            // The keys as bytes into one reused buffer (`Tokenizer.matchKeys(_:into:)`: what a store's import
            // interns), then every text's keys by both paths compared.
            var buffer = MatchKeyBuffer()
            let keyBytes = TokenizeBenchmark.best(runs) {
                var n = 0
                for t in texts {
                    tokenizer.matchKeys(t, into: &buffer)
                    n += buffer.count
                }
                if n != keyCount { failed = true }
            }
            var differing = 0
            for t in texts {
                tokenizer.matchKeys(t, into: &buffer)
                if buffer.keys != tokenizer.matchKeys(t) {
                    if differing == 0 { note("\(locale): the key bytes of \(t.debugDescription) differ from its keys") }
                    differing += 1
                }
            }
            if differing > 0 { failed = true }
            let prepared = TokenizeBenchmark.best(runs) {
                var n = 0
                for v in variants { n += PreparedSegment(v.content, locale: locale).tokens.count }
                tokenCount = n
            }
            let indexed = TokenizeBenchmark.best(runs) {
                var n = 0
                for v in variants { n += IndexedVariant(v).terms.count }
                if n < keyCount { failed = true }
            }
            let tokens = TokenizeBenchmark.best(runs) {
                var n = 0
                for t in texts { n += tokenizer.tokens(t).count }
                if n != tokenCount { failed = true }
            }
            let folds = TokenizeBenchmark.best(runs) {
                var n = 0
                for t in texts { n += TextKey.fold(t).utf8.count }
                if n == 0 { failed = true }
            }
            let count = Double(texts.count)
            var line = JSONLine()
            line.set("benchmark", "tokenize")
            line.set("locale", locale.identifier)
            line.set("data", corpus.name)
            line.set("variants", texts.count)
            line.set("utf16_per_variant", Double(texts.reduce(0) { $0 + $1.utf16.count }) / max(count, 1), decimals: 1)
            line.set("keys_per_variant", Double(keyCount) / max(count, 1), decimals: 1)
            line.set("tokens_per_variant", Double(tokenCount) / max(count, 1), decimals: 1)
            line.set("keys_variants_per_cpu_s", count / keys.cpu, decimals: 0)
            line.set("key_bytes_variants_per_cpu_s", count / keyBytes.cpu, decimals: 0)
            line.set("key_bytes_differing_variants", differing)
            line.set("prepared_variants_per_cpu_s", count / prepared.cpu, decimals: 0)
            line.set("indexed_variants_per_cpu_s", count / indexed.cpu, decimals: 0)
            line.set("tokens_variants_per_cpu_s", count / tokens.cpu, decimals: 0)
            line.set("fold_variants_per_cpu_s", count / folds.cpu, decimals: 0)
            line.set("keys_variants_per_s", count / keys.wall, decimals: 0)
            line.set("keys_us_per_variant_cpu", keys.cpu / count * 1e6, decimals: 2)
            line.set("key_bytes_us_per_variant_cpu", keyBytes.cpu / count * 1e6, decimals: 2)
            line.set("indexed_us_per_variant_cpu", indexed.cpu / count * 1e6, decimals: 2)
            line.set("runs", runs)
            line.emit()
            if keyCount == 0 || tokenCount == 0 { failed = true }
        }
        let units = tmxUnits ?? (check ? 2000 : 100_000)
        if units > 0 { failed = try tmxLine(paths: paths, corpus: corpus, units: units, runs: runs) || failed }
        if failed {
            note("a step produced no output or disagreeing counts")
            throw ExitCode(1)
        }
    }

    /// Writes `units` generated units as TMX, reads the file back with ``TMXReader`` `runs` times, and
    /// prints the best run. Returns whether the reader lost units.
    func tmxLine(paths: BenchmarkPaths, corpus: ParallelCorpus, units: Int, runs: Int) throws -> Bool {
        let folder = try paths.cacheFolder("tokenize")
        let tmx = folder.appendingPathComponent("\(corpus.name)-\(units)-\(ProcessInfo.processInfo.processIdentifier).tmx")
        defer { try? FileManager.default.removeItem(at: tmx) }
        note("writing \(units) units as TMX to \(tmx.path)")
        let writer = try TMXWriter(url: tmx, options: TMXWriter.Options(sourceLanguage: "en"))
        try MemoryGrowth(corpus: corpus).forEachUnit(count: units) { index, s in _ = try writer.write(MemoryGrowth.unit(index, s)) }
        try writer.finish()
        let bytes = (try FileManager.default.attributesOfItem(atPath: tmx.path)[.size] as? NSNumber)?.doubleValue ?? 0
        var read = 0
        var lost = false
        let timing = try TokenizeBenchmark.best(runs) {
            let reader = try TMXReader(contentsOf: tmx)
            read = 0
            while try reader.next() != nil { read += 1 }
            if read != units { lost = true }
        }
        var line = JSONLine()
        line.set("benchmark", "tokenize")
        line.set("step", "tmx_read")
        line.set("data", corpus.name)
        line.set("units", units)
        line.set("read", read)
        line.set("tmx_mb", bytes / 1e6, decimals: 1)
        line.set("tmx_read_units_per_cpu_s", Double(units) / timing.cpu, decimals: 0)
        line.set("tmx_read_units_per_s", Double(units) / timing.wall, decimals: 0)
        line.set("tmx_read_us_per_unit_cpu", timing.cpu / Double(units) * 1e6, decimals: 2)
        line.set("runs", runs)
        line.emit()
        return lost
    }

    /// Runs `body` `runs` times; the CPU and wall-clock seconds of the run with the least CPU time.
    static func best(_ runs: Int, _ body: () throws -> Void) rethrows -> (cpu: Double, wall: Double) {
        var best = (cpu: Double.infinity, wall: Double.infinity)
        for _ in 0..<max(1, runs) {
            let watch = Stopwatch()
            try body()
            let cpu = watch.cpuSeconds, wall = watch.seconds
            if cpu < best.cpu { best = (cpu, wall) }
        }
        return best
    }
}
