import Foundation
import Interchange
import TaalgrensCore
import TranslationMemory

/// A benchmark memory of a given size in the cache, with the figures measured when it was built and the
/// queries made for it.
///
/// Building writes the units as TMX with ``TMXWriter`` (`<cache>/fuzzy/<data>-<units>.tmx`), then times
/// the import: ``TMXReader`` streaming the file and ``SQLiteStore/importUnits(_:origin:)`` in batches of
/// ``batchSize`` units (one transaction each, so memory stays flat), into a fresh SQLite memory whose
/// fuzzy index is kept up to date inside each transaction. The TMX file is deleted afterwards; the
/// memory and a description (`.json`, written last, so a half-built memory is never used) stay.
struct BenchmarkMemory: Codable {
    /// Bumped when the generator or the queries change, so that older caches are rebuilt.
    static let formatVersion = 2
    /// Units per import transaction.
    static let batchSize = 20_000

    var formatVersion: Int
    /// `libreoffice-help` or `examples`.
    var data: String
    var units: Int
    /// Wall-clock seconds of the TMX read plus the store import.
    var importSeconds: Double
    /// CPU seconds of the same.
    var importCPUSeconds: Double
    var importUnitsPerSecond: Double
    /// Wall-clock and CPU seconds of reading the TMX file alone (a separate pass, no store), so that the
    /// import time can be split between the reader and the store.
    var tmxReadSeconds: Double
    var tmxReadCPUSeconds: Double
    /// Peak resident memory during the import, in MB (`nil` when `/proc` is unavailable).
    var importPeakMB: Double?
    var tmxMB: Double
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
    /// - Throws: ``BenchmarkError`` when the build fails or the import does not add every unit;
    ///   ``TMError`` or ``InputError`` from the store or the TMX reader and writer.
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

        // 1. The units as TMX, streamed to disk.
        let tmx = folder.appendingPathComponent("\(data)-\(units).tmx")
        note("writing \(units) units as TMX to \(tmx.path)")
        let writer = try TMXWriter(url: tmx, options: TMXWriter.Options(sourceLanguage: "en"))
        try growth.forEachUnit(count: units) { index, s in _ = try writer.write(MemoryGrowth.unit(index, s)) }
        try writer.finish()
        defer { try? FileManager.default.removeItem(at: tmx) }
        let tmxBytes = (try FileManager.default.attributesOfItem(atPath: tmx.path)[.size] as? NSNumber)?.doubleValue ?? 0

        // 2. The reader alone, timed.
        note("reading \(units) units back from TMX")
        let readWatch = Stopwatch()
        var read = 0
        do {
            let reader = try TMXReader(contentsOf: tmx)
            while try reader.next() != nil { read += 1 }
        }
        let (readSeconds, readCPU) = (readWatch.seconds, readWatch.cpuSeconds)
        guard read == units else { throw BenchmarkError("TMXReader read \(read) of the \(units) units written") }

        // 3. The import, timed.
        note("importing \(units) units into \(memoryFile.path)")
        PeakMemory.reset()
        let watch = Stopwatch()
        var counts = ImportCounts()
        do {
            let store = try SQLiteStore(path: memoryFile.path)
            let reader = try TMXReader(contentsOf: tmx)
            var batch: [TranslationUnit] = []
            batch.reserveCapacity(batchSize)
            func flush() throws {
                let c = try store.importUnits(batch, origin: tmx.lastPathComponent)
                counts.added += c.added
                counts.merged += c.merged
                counts.updated += c.updated
                counts.unchanged += c.unchanged
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
        guard counts.added == units else {
            throw BenchmarkError("the import added \(counts.added) of \(units) units (\(counts)): the generated units are not distinct")
        }

        note("making queries for \(units) units")
        let memory = BenchmarkMemory(formatVersion: formatVersion, data: data, units: units, importSeconds: seconds,
                                     importCPUSeconds: cpuSeconds, importUnitsPerSecond: Double(units) / seconds,
                                     tmxReadSeconds: readSeconds, tmxReadCPUSeconds: readCPU, importPeakMB: peak, tmxMB: tmxBytes / 1e6,
                                     built: ISO8601DateFormatter().string(from: Date()),
                                     queries: try FuzzyQuery.make(total: queries, units: units, growth: growth))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(memory).write(to: descriptionFile, options: .atomic)
        return memory
    }
}
