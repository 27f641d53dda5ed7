import ArgumentParser
import Foundation
import TaalgrensCore
import TranslationMemory
import TranslationMemoryPostgres

/// `taalgrens-bench fuzzy`: fuzzy lookup speed and correctness at several memory sizes (issue 5,
/// "Measured"), one JSON line per size.
struct FuzzyBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzzy",
        abstract: "Fuzzy lookup at several memory sizes: import, open, query percentiles, index vs brute force.",
        discussion: """
            Builds each memory on first use from the LibreOffice help (scripts/bench-data.sh) grown by \
            realistic edits, and caches it outside the repository. Queries: 20% exact, 40% near (1-3 word \
            edits), 40% new text; threshold 75, top 10, en -> nl-BE. See docs/benchmarks.md.
            """)

    @Option(help: "Memory sizes in units, comma-separated (default 10000,100000,1000000; with --check 2000).")
    var units: String?

    @Flag(help: "Run the smallest size only, correctness only, and exit 1 unless the index returns exactly what brute force returns.")
    var check = false

    @Option(help: """
        A postgres:// URL: also build each memory in PostgreSQL (schema <schema>_<data>_<units>) and print its line \
        with identical_to_sqlite. A file path: benchmark that existing SQLite memory instead (queries drawn from its units).
        """)
    var tm: String?

    @Option(help: "Queries per size (default 1000; 200 with --check).")
    var queries: Int?

    @Option(name: .customLong("brute"), help: "Queries also run by brute force per size (default: all up to 20,000 units, 50 up to 200,000, 10 above).")
    var bruteQueries: Int?

    @Flag(help: "Build the cached memories again (and measure the import again).")
    var rebuild = false

    /// Below this share of queries with a match, `--check` fails: comparing empty lists proves nothing.
    /// Exact queries (20%) always match; near queries on short segments match about half the time.
    static let minimumHitRate = 0.3

    /// Issue 5's operating point.
    static let threshold = 75.0
    static let limit = 10
    static let source: LanguageTag = "en"
    static let target: LanguageTag = "nl-BE"

    func validate() throws {
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else { throw ValidationError("--units takes positive integers separated by commas") }
        if let queries, queries < 5 { throw ValidationError("--queries must be at least 5") }
    }

    /// The default sizes of issue 5.
    static let defaultSizes = "10000,100000,1000000"
    /// The default size of `--check`: small enough for a debug build to import and scan by brute force
    /// in well under a minute, large enough for every query to meet many candidates.
    static let checkSize = "2000"

    var sizes: [Int] {
        (units ?? (check ? FuzzyBenchmark.checkSize : FuzzyBenchmark.defaultSizes))
            .split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    func run() throws {
        let paths = try BenchmarkPaths.locate()
        let corpus: ParallelCorpus
        if let cached = try ParallelCorpus.libreOfficeHelp(paths) {
            corpus = cached
        } else {
            note("LibreOffice help not cached (run scripts/bench-data.sh): using the example articles' gold beads, grown by edits")
            corpus = try ParallelCorpus.examples(paths)
        }
        let growth = MemoryGrowth(corpus: corpus)
        let total = queries ?? (check ? 200 : 1000)
        var allIdentical = true
        var vacuous = false

        var postgresURL: String?
        if let tm {
            if PostgresStore.handles(tm) {
                postgresURL = tm
            } else {
                try measureExisting(path: tm, growth: growth, total: total).emit()
                return
            }
        }
        let folder = try paths.cacheFolder("fuzzy")
        for size in check ? [sizes.min()!] : sizes {
            let memory = try BenchmarkMemory.load(folder: folder, growth: growth, data: corpus.name, units: size,
                                                  queries: total, rebuild: rebuild)
            let path = BenchmarkMemory.path(folder, data: corpus.name, units: size).path
            let brute = bruteQueries ?? (check || size <= 20_000 ? memory.queries.count : size <= 200_000 ? 50 : 10)
            var line = JSONLine()
            line.set("benchmark", "fuzzy")
            line.set("store", "sqlite")
            line.set("data", corpus.name)
            line.set("units", size)
            memory.figures.describe(units: size, into: &line)
            line.set("built", memory.built)
            let sqlite = try measure(open: { try SQLiteStore(path: path) }, queries: memory.queries, bruteCount: brute, into: &line)
            allIdentical = allIdentical && sqlite.identical && sqlite.exactFound
            vacuous = vacuous || sqlite.hitRate < FuzzyBenchmark.minimumHitRate
            line.emit()

            guard let postgresURL else { continue }
            let (pg, url) = try PostgresMemory.load(folder: folder, base: postgresURL, growth: growth, data: corpus.name,
                                                    units: size, rebuild: rebuild)
            var pgLine = JSONLine()
            pgLine.set("benchmark", "fuzzy")
            pgLine.set("store", "postgres")
            pgLine.set("data", corpus.name)
            pgLine.set("units", size)
            pg.describe(into: &pgLine)
            pgLine.set("built", pg.built)
            let postgres = try measure(open: { try PostgresStore.open(url: url) }, queries: memory.queries, bruteCount: brute, into: &pgLine)
            // The same queries through both stores' indexes: the store contract promises the same lists.
            var differing = 0
            for (i, (a, b)) in zip(sqlite.results, postgres.results).enumerated() where a != b {
                differing += 1
                note("PostgreSQL and SQLite differ on query \(i) \(JSONLine.quote(memory.queries[i].text)):\n  postgres: \(b)\n  sqlite:   \(a)")
            }
            pgLine.set("differing_from_sqlite", differing)
            pgLine.set("identical_to_sqlite", differing == 0 && sqlite.results.count == postgres.results.count)
            allIdentical = allIdentical && postgres.identical && postgres.exactFound && differing == 0
            pgLine.emit()
        }
        if check {
            if !allIdentical { note("check failed: the index and the brute-force scan disagree, or a stored text was not found as an exact match (details above)") }
            if vacuous { note("check failed: fewer than \(Int(FuzzyBenchmark.minimumHitRate * 100))% of the queries found a match, so the comparison proves little") }
            if !allIdentical || vacuous { throw ExitCode(1) }
        }
    }

    struct Outcome {
        /// Every brute-force query returned exactly the index's list.
        var identical: Bool
        /// Every exact-class query (a stored text) had a match of 100 or more at the top.
        var exactFound: Bool
        var hitRate: Double
        /// The index's list for every query, in query order.
        var results: [[Ranked]]
    }

    /// Opens a memory with `open`, runs every query through the index and `bruteCount` of them (spread
    /// over the set) by brute force too, and adds the figures to `line`.
    func measure(open: () throws -> any TMStore, queries: [FuzzyQuery], bruteCount: Int, into line: inout JSONLine) throws -> Outcome {
        PeakMemory.reset()
        let (store, openSeconds) = try Stopwatch.time(open)
        line.set("open_s", openSeconds, decimals: 3)
        func query(_ q: FuzzyQuery, _ strategy: MatchQuery.Strategy) -> MatchQuery {
            MatchQuery(text: RichText(plain: q.text), source: FuzzyBenchmark.source, target: FuzzyBenchmark.target,
                       minScore: FuzzyBenchmark.threshold, limit: FuzzyBenchmark.limit, strategy: strategy)
        }
        var times: [FuzzyQuery.Kind: [Double]] = [:]
        var cpuTimes: [Double] = []
        var hits: [FuzzyQuery.Kind: Int] = [:]
        var results: [[Ranked]] = []
        var exactMissed = 0
        for (i, q) in queries.enumerated() {
            let watch = Stopwatch()
            let matches = try store.search(query(q, .index))
            let ms = watch.milliseconds
            cpuTimes.append(watch.cpuMilliseconds)
            if i == 0 { line.set("first_query_ms", ms, decimals: 2) }
            times[q.kind, default: []].append(ms)
            if !matches.isEmpty { hits[q.kind, default: 0] += 1 }
            if q.kind == .exact, (matches.first?.score ?? 0) < 100 {
                exactMissed += 1
                note("exact query \(i) \(JSONLine.quote(q.text)) found no exact match: \(matches.map { Ranked(unit: $0.unit.id, score: $0.score) })")
            }
            results.append(matches.map { Ranked(unit: $0.unit.id, score: $0.score) })
        }
        let all = FuzzyQuery.Kind.allCases.flatMap { times[$0] ?? [] }
        line.set("queries", queries.count)
        line.set("threshold", .double(FuzzyBenchmark.threshold, decimals: 0))
        line.set("limit", FuzzyBenchmark.limit)
        line.set("p50_ms", Percentile.of(all, 50), decimals: 3)
        line.set("p99_ms", Percentile.of(all, 99), decimals: 3)
        line.set("p50_cpu_ms", Percentile.of(cpuTimes, 50), decimals: 3)
        line.set("p99_cpu_ms", Percentile.of(cpuTimes, 99), decimals: 3)
        for kind in FuzzyQuery.Kind.allCases {
            line.set("p50_ms_\(kind.rawValue)", Percentile.of(times[kind] ?? [], 50), decimals: 3)
            line.set("p99_ms_\(kind.rawValue)", Percentile.of(times[kind] ?? [], 99), decimals: 3)
        }
        let hitCount = hits.values.reduce(0, +)
        let hitRate = Double(hitCount) / Double(max(queries.count, 1))
        line.set("hit_rate", hitRate, decimals: 3)
        for kind in FuzzyQuery.Kind.allCases {
            line.set("hit_rate_\(kind.rawValue)", Double(hits[kind] ?? 0) / Double(max(times[kind]?.count ?? 0, 1)), decimals: 3)
        }

        try measureConcordance(store, queries: queries, into: &line)

        // Brute force on an even spread of the (already shuffled) queries.
        let count = min(max(bruteCount, 0), queries.count)
        let step = count == 0 ? 0 : Double(queries.count) / Double(count)
        var bruteTimes: [Double] = []
        var bruteCPU: [Double] = []
        var mismatches = 0
        var nearThreshold = 0
        for k in 0..<count {
            let i = Int(Double(k) * step)
            let watch = Stopwatch()
            let matches = try store.search(query(queries[i], .bruteForce))
            bruteTimes.append(watch.milliseconds)
            bruteCPU.append(watch.cpuMilliseconds)
            let expected = matches.map { Ranked(unit: $0.unit.id, score: $0.score) }
            nearThreshold += matches.filter { $0.score < FuzzyBenchmark.threshold + 2 }.count
            if expected != results[i] {
                mismatches += 1
                note("mismatch on \(queries[i].kind.rawValue) query \(i) \(JSONLine.quote(queries[i].text)):\n  index: \(results[i])\n  brute: \(expected)")
            }
        }
        line.set("rss_mb", PeakMemory.megabytes(), decimals: 0)
        line.set("brute_queries", count)
        line.set("brute_p50_ms", Percentile.of(bruteTimes, 50), decimals: 1)
        line.set("brute_p50_cpu_ms", Percentile.of(bruteCPU, 50), decimals: 1)
        line.set("brute_scores_near_threshold", nearThreshold)
        line.set("mismatches", mismatches)
        line.set("identical", count > 0 && mismatches == 0)
        line.set("exact_missed", exactMissed)
        if let postgres = store as? PostgresStore { postgres.close() }
        return Outcome(identical: count > 0 && mismatches == 0, exactFound: exactMissed == 0, hitRate: hitRate, results: results)
    }

    /// Phrase searches (`concordance`) of the English variants: the first two words of every fifth stored
    /// query text (exact and near classes), at most 200, ten hits each, as a translator searches a term
    /// in context. Run after the fuzzy queries, so a SQLite memory's concordance index is already up to
    /// date (its catch-up after the import is `concordance_build_s`). Adds `concordance_queries`,
    /// `concordance_p50_ms`, `concordance_p99_ms` (wall-clock) and `concordance_p99_cpu_ms`.
    func measureConcordance(_ store: any TMStore, queries: [FuzzyQuery], into line: inout JSONLine) throws {
        let phrases = queries.enumerated().compactMap { i, q -> String? in
            guard i % 5 == 0, q.kind != .new else { return nil }
            let words = q.text.split(separator: " ").prefix(2)
            return words.count == 2 ? words.joined(separator: " ") : nil
        }.prefix(200)
        var times: [Double] = []
        var cpuTimes: [Double] = []
        for phrase in phrases {
            let watch = Stopwatch()
            _ = try store.concordance(phrase, locale: FuzzyBenchmark.source, limit: 10)
            times.append(watch.milliseconds)
            cpuTimes.append(watch.cpuMilliseconds)
        }
        line.set("concordance_queries", times.count)
        line.set("concordance_p50_ms", Percentile.of(times, 50), decimals: 3)
        line.set("concordance_p99_ms", Percentile.of(times, 99), decimals: 3)
        line.set("concordance_p99_cpu_ms", Percentile.of(cpuTimes, 99), decimals: 3)
    }

    /// `--tm PATH`: the same figures for an existing memory (no import figures), with queries drawn from
    /// its English units and new text from the benchmark corpus's held-out segments.
    func measureExisting(path: String, growth: MemoryGrowth, total: Int) throws -> JSONLine {
        guard FileManager.default.fileExists(atPath: path) else { throw ValidationError("no memory at \(path)") }
        let counts = FuzzyQuery.counts(total: total)
        let stored = (counts[.exact] ?? 0) + (counts[.near] ?? 0)
        var rng = SeededGenerator(seed: 0x746d)
        var sample: [String] = []
        var seen = 0
        let store = try SQLiteStore(path: path)
        var units = 0
        try store.forEachUnit(filter: UnitFilter()) { unit in
            units += 1
            guard let en = unit.variant(for: FuzzyBenchmark.source), unit.variant(for: FuzzyBenchmark.target) != nil else { return }
            // Reservoir sampling (Vitter 1985, algorithm R).
            seen += 1
            if sample.count < stored { sample.append(en.text) } else {
                let j = Int.random(in: 0..<seen, using: &rng)
                if j < stored { sample[j] = en.text }
            }
        }
        guard !sample.isEmpty else { throw ValidationError("\(path) has no unit with both \(FuzzyBenchmark.source) and \(FuzzyBenchmark.target)") }
        var queries: [FuzzyQuery] = []
        for (i, text) in sample.enumerated() {
            let exact = i < (counts[.exact] ?? 0)
            queries.append(FuzzyQuery(kind: exact ? .exact : .near, text: exact ? text : FuzzyQuery.nearEdit(text, growth, &rng)))
        }
        for i in 0..<(counts[.new] ?? 0) where !growth.heldOut.isEmpty {
            queries.append(FuzzyQuery(kind: .new, text: growth.heldOut[i % growth.heldOut.count].en))
        }
        queries.shuffle(using: &rng)
        var line = JSONLine()
        line.set("benchmark", "fuzzy")
        line.set("store", "sqlite")
        line.set("data", path)
        line.set("units", units)
        line.set("import_units_per_s", .null)
        let brute = bruteQueries ?? (units <= 20_000 ? queries.count : units <= 200_000 ? 50 : 10)
        _ = try measure(open: { try SQLiteStore(path: path) }, queries: queries, bruteCount: brute, into: &line)
        return line
    }
}

/// One match as the comparison sees it: the unit id and the score; the rank is its position in the list.
struct Ranked: Equatable, CustomStringConvertible {
    let unit: String
    let score: Double
    var description: String { "\(unit)=\(score)" }
}
