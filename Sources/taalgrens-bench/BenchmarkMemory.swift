import Foundation
import Interchange
import TaalgrensCore
import TranslationMemory

/// What a timed TMX import measured.
struct ImportFigures: Codable {
    /// Wall-clock and CPU seconds of the TMX read plus the store import.
    var seconds: Double
    var cpuSeconds: Double
    /// Wall-clock and CPU seconds of reading the TMX file alone (a separate pass, no store), so that the
    /// import time can be split between the reader and the store.
    var readSeconds: Double
    var readCPUSeconds: Double
    /// Peak resident memory of this process during the import, in MB (`nil` without `/proc`).
    var peakMB: Double?
    var tmxMB: Double
    /// Wall-clock and CPU seconds of bringing the SQLite store's concordance index up to date after the
    /// import (``SQLiteStore/updateConcordanceIndex()``: the FTS5 rows the import itself no longer writes);
    /// `nil` for other stores and for caches written before the index was deferred.
    var concordanceSeconds: Double?
    var concordanceCPUSeconds: Double?

    /// Adds the import keys to a result line.
    func describe(units: Int, into line: inout JSONLine) {
        line.set("import_units_per_s", Double(units) / seconds, decimals: 0)
        line.set("import_units_per_cpu_s", Double(units) / cpuSeconds, decimals: 0)
        line.set("import_s", seconds, decimals: 1)
        line.set("import_cpu_s", cpuSeconds, decimals: 1)
        line.set("tmx_read_units_per_cpu_s", Double(units) / readCPUSeconds, decimals: 0)
        line.set("import_rss_mb", peakMB, decimals: 0)
        line.set("tmx_mb", tmxMB, decimals: 1)
        line.set("concordance_build_s", concordanceSeconds, decimals: 1)
        line.set("concordance_build_cpu_s", concordanceCPUSeconds, decimals: 1)
        line.set("import_with_concordance_units_per_cpu_s", concordanceCPUSeconds.map { Double(units) / (cpuSeconds + $0) }, decimals: 0)
    }

    /// Writes the first `units` units of `growth` as TMX (``TMXWriter``, streaming), reads the file once
    /// with ``TMXReader`` alone, then imports it into `store`: ``TMXReader`` streaming into
    /// ``TMStore/importUnits(_:origin:)`` in batches of `batchSize` units (one transaction each, so memory
    /// stays flat); for a ``SQLiteStore``, then its concordance index is brought up to date and timed
    /// apart. The TMX file is deleted afterwards.
    /// - Throws: ``BenchmarkError`` when the reader or the import loses a unit; the store's and the TMX
    ///   reader's and writer's errors.
    static func measure(into store: any TMStore, growth: MemoryGrowth, units: Int, tmx: URL, batchSize: Int = 20_000) throws -> ImportFigures {
        note("writing \(units) units as TMX to \(tmx.path)")
        let writer = try TMXWriter(url: tmx, options: TMXWriter.Options(sourceLanguage: "en"))
        try growth.forEachUnit(count: units) { index, s in _ = try writer.write(MemoryGrowth.unit(index, s)) }
        try writer.finish()
        defer { try? FileManager.default.removeItem(at: tmx) }
        let tmxBytes = (try FileManager.default.attributesOfItem(atPath: tmx.path)[.size] as? NSNumber)?.doubleValue ?? 0

        note("reading \(units) units back from TMX")
        let readWatch = Stopwatch()
        var read = 0
        do {
            let reader = try TMXReader(contentsOf: tmx)
            while try reader.next() != nil { read += 1 }
        }
        let (readSeconds, readCPU) = (readWatch.seconds, readWatch.cpuSeconds)
        guard read == units else { throw BenchmarkError("TMXReader read \(read) of the \(units) units written") }

        note("importing \(units) units")
        PeakMemory.reset()
        let watch = Stopwatch()
        var added = 0
        var counts: [ImportCounts] = []
        do {
            let reader = try TMXReader(contentsOf: tmx)
            var batch: [TranslationUnit] = []
            batch.reserveCapacity(batchSize)
            func flush() throws {
                let c = try store.importUnits(batch, origin: tmx.lastPathComponent)
                added += c.added
                counts.append(c)
                batch.removeAll(keepingCapacity: true)
            }
            while let unit = try reader.next() {
                batch.append(unit)
                if batch.count == batchSize { try flush() }
            }
            if !batch.isEmpty { try flush() }
        }
        let (seconds, cpuSeconds) = (watch.seconds, watch.cpuSeconds)
        let peak = PeakMemory.megabytes()
        guard added == units else {
            throw BenchmarkError("the import added \(added) of \(units) units (\(counts.map(\.description).joined(separator: "; "))): the generated units are not distinct")
        }
        var concordance: (seconds: Double, cpuSeconds: Double)?
        if let sqlite = store as? SQLiteStore {
            note("bringing the concordance index up to date")
            let concordanceWatch = Stopwatch()
            try sqlite.updateConcordanceIndex()
            concordance = (concordanceWatch.seconds, concordanceWatch.cpuSeconds)
        }
        return ImportFigures(seconds: seconds, cpuSeconds: cpuSeconds, readSeconds: readSeconds, readCPUSeconds: readCPU,
                             peakMB: peak, tmxMB: tmxBytes / 1e6,
                             concordanceSeconds: concordance?.seconds, concordanceCPUSeconds: concordance?.cpuSeconds)
    }
}

/// A benchmark memory of a given size in the cache (SQLite), with the figures measured when it was built
/// and the queries made for it.
///
/// Building runs ``ImportFigures/measure(into:growth:units:tmx:batchSize:)`` into a fresh
/// ``SQLiteStore`` at `<cache>/fuzzy/<data>-<units>.tm`, whose fuzzy index is kept up to date inside each
/// import transaction. A description (`.tm.json`, written last, so a half-built memory is never used)
/// keeps the figures and the queries.
struct BenchmarkMemory: Codable {
    /// Bumped when the generator or the queries change, so that older caches are rebuilt.
    static let formatVersion = 3

    var formatVersion: Int
    /// `libreoffice-help` or `examples`.
    var data: String
    var units: Int
    var figures: ImportFigures
    /// When the memory was built (ISO 8601).
    var built: String
    var queries: [FuzzyQuery]

    /// The memory file for `data` at `units` units.
    static func path(_ folder: URL, data: String, units: Int) -> URL {
        folder.appendingPathComponent("\(data)-\(units).tm")
    }

    /// The cached memory for this size, built first when missing or stale.
    /// - Parameters:
    ///   - queries: how many queries to make for it.
    ///   - rebuild: build again even when a cached memory exists.
    /// - Throws: as ``ImportFigures/measure(into:growth:units:tmx:batchSize:)``; ``TMError`` from the store.
    static func load(folder: URL, growth: MemoryGrowth, data: String, units: Int, queries: Int, rebuild: Bool) throws -> BenchmarkMemory {
        let memoryFile = path(folder, data: data, units: units)
        let descriptionFile = memoryFile.appendingPathExtension("json")
        if !rebuild, let described = try? Data(contentsOf: descriptionFile),
           let memory = try? JSONDecoder().decode(BenchmarkMemory.self, from: described),
           memory.formatVersion == formatVersion, memory.queries.count == queries,
           FileManager.default.fileExists(atPath: memoryFile.path) {
            return memory
        }
        for suffix in ["", "-wal", "-shm", ".json"] {
            try? FileManager.default.removeItem(atPath: memoryFile.path + suffix)
        }
        let figures = try ImportFigures.measure(into: try SQLiteStore(path: memoryFile.path), growth: growth, units: units,
                                                tmx: folder.appendingPathComponent("\(data)-\(units).tmx"))
        note("making queries for \(units) units")
        let memory = BenchmarkMemory(formatVersion: formatVersion, data: data, units: units, figures: figures,
                                     built: ISO8601DateFormatter().string(from: Date()),
                                     queries: try FuzzyQuery.make(total: queries, units: units, growth: growth))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(memory).write(to: descriptionFile, options: .atomic)
        return memory
    }
}
