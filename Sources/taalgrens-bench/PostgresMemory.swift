import Foundation
import TranslationMemory
import TranslationMemoryPostgres

/// The benchmark memory of a given size in PostgreSQL, for `fuzzy --tm postgres://…`: the same units as
/// the SQLite memory, imported the same way, in a schema of its own.
///
/// The schema is the URL's `schema` parameter (default `taalgrens_bench`) plus `_<data>_<units>`, so the
/// benchmark only ever drops and fills schemas it named itself. A description
/// (`<cache>/fuzzy/<data>-<units>.postgres.json`) records the server, the memory's UUID and the import
/// figures; the memory is reused while the server still holds that memory with that many units.
struct PostgresMemory: Codable {
    static let formatVersion = 2

    var formatVersion: Int
    var data: String
    var units: Int
    /// The server and schema, without the password.
    var location: String
    var memoryID: String
    var figures: ImportFigures
    /// CPU seconds the server process of the importing session used during the import (its `utime` +
    /// `stime`), when the server runs on this machine; `nil` otherwise. Background work (autovacuum,
    /// checkpoints, the WAL writer) is not included.
    var serverCPUSeconds: Double?
    var built: String

    /// Adds the import keys to a result line: those of ``ImportFigures`` and the server's CPU time.
    func describe(into line: inout JSONLine) {
        figures.describe(units: units, into: &line)
        line.set("import_server_cpu_s", serverCPUSeconds, decimals: 1)
        line.set("import_units_per_total_cpu_s", serverCPUSeconds.map { Double(units) / (figures.cpuSeconds + $0) }, decimals: 0)
    }

    /// `base` with its `schema` parameter replaced by the benchmark schema for this size.
    /// - Throws: ``BenchmarkError`` for a URL that `URLComponents` cannot parse.
    static func url(_ base: String, data: String, units: Int) throws -> String {
        guard var components = URLComponents(string: base) else { throw BenchmarkError("malformed PostgreSQL URL") }
        var items = components.queryItems ?? []
        let prefix = items.first(where: { $0.name == "schema" })?.value ?? "taalgrens_bench"
        let short = data == "libreoffice-help" ? "lo" : data
        items.removeAll { $0.name == "schema" }
        items.append(URLQueryItem(name: "schema", value: "\(prefix)_\(short)_\(units)"))
        components.queryItems = items
        guard let url = components.string else { throw BenchmarkError("malformed PostgreSQL URL") }
        return url
    }

    /// The PostgreSQL memory for this size, built first when missing, stale or `rebuild`.
    /// - Returns: its description and the URL that opens it.
    /// - Throws: ``TMError`` when the server cannot be reached; as
    ///   ``ImportFigures/measure(into:growth:units:tmx:batchSize:)``.
    static func load(folder: URL, base: String, growth: MemoryGrowth, data: String, units: Int, rebuild: Bool) throws -> (PostgresMemory, String) {
        let url = try url(base, data: data, units: units)
        let descriptionFile = folder.appendingPathComponent("\(data)-\(units).postgres.json")
        let location = try PostgresLocation(url: url).redacted
        if !rebuild, let described = try? Data(contentsOf: descriptionFile),
           let memory = try? JSONDecoder().decode(PostgresMemory.self, from: described),
           memory.formatVersion == formatVersion, memory.location == location {
            let store = try PostgresStore.open(url: url)
            defer { store.close() }
            if try store.memoryID().uuidString == memory.memoryID, try store.statistics().units == units { return (memory, url) }
        }
        try? FileManager.default.removeItem(at: descriptionFile)
        note("building the PostgreSQL memory \(location)")
        try PostgresStore.open(url: url).dropMemory()
        let store = try PostgresStore.open(url: url)
        defer { store.close() }
        // The same file name as the SQLite memory's TMX (in a folder of its own): an interchange unit's id is
        // scoped by the file name (`tmx:<file name>#<tuid>`), and the two stores must hold the same ids for
        // their match lists (whose last tie-break is the unit id) to be comparable.
        let tmxFolder = folder.appendingPathComponent("postgres", isDirectory: true)
        try FileManager.default.createDirectory(at: tmxFolder, withIntermediateDirectories: true)
        let server = try store.serverProcessID()
        let serverBefore = ServerCPU.seconds(pid: server)
        let figures = try ImportFigures.measure(into: store, growth: growth, units: units,
                                                tmx: tmxFolder.appendingPathComponent("\(data)-\(units).tmx"))
        // The same session did the whole import (a reconnect would change the process and void the figure).
        let serverCPU = try store.serverProcessID() == server
            ? serverBefore.flatMap { before in ServerCPU.seconds(pid: server).map { $0 - before } } : nil
        let memory = PostgresMemory(formatVersion: formatVersion, data: data, units: units, location: location,
                                    memoryID: try store.memoryID().uuidString, figures: figures, serverCPUSeconds: serverCPU,
                                    built: ISO8601DateFormatter().string(from: Date()))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(memory).write(to: descriptionFile, options: .atomic)
        return (memory, url)
    }
}

/// The CPU time of another process on this machine, from Linux's `/proc/<pid>/stat` (proc(5)).
enum ServerCPU {
    /// `utime + stime` of process `pid` in seconds, or `nil` when it cannot be read (another machine, no
    /// `/proc`, no permission).
    static func seconds(pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // After the command name in parentheses: field 3 (state) onwards; utime and stime are fields 14 and 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        return ticks > 0 ? (user + system) / ticks : nil
    }
}
