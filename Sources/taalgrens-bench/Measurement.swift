import Foundation

/// Wall-clock and CPU timing.
///
/// The machine the benchmarks run on is often shared: wall-clock time then includes time spent waiting
/// for a core. The process CPU time (`CLOCK_PROCESS_CPUTIME_ID`, POSIX.1-2008 `clock_gettime`) counts
/// only the time the process ran, so it is the figure to compare across loads; the benchmarks print both.
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds
    private let cpuStart = Stopwatch.cpuNanoseconds()

    /// Wall-clock seconds since the stopwatch was made.
    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
    /// Wall-clock milliseconds since the stopwatch was made.
    var milliseconds: Double { seconds * 1000 }
    /// CPU seconds the process used (all threads) since the stopwatch was made.
    var cpuSeconds: Double { Double(Stopwatch.cpuNanoseconds() - cpuStart) / 1e9 }
    /// CPU milliseconds the process used since the stopwatch was made.
    var cpuMilliseconds: Double { cpuSeconds * 1000 }

    static func cpuNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// Runs `body` and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, seconds: Double) {
        let watch = Stopwatch()
        let result = try body()
        return (result, watch.seconds)
    }
}

/// Order statistics of a sample.
enum Percentile {
    /// The `p`-th percentile (0–100) of `values` by the nearest-rank method (the smallest value with at
    /// least p% of the sample at or below it); `nil` for an empty sample.
    /// - Complexity: O(n log n).
    static func of(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

/// The process's peak resident memory, from Linux's `/proc/self/status`.
enum PeakMemory {
    /// The peak resident set size (`VmHWM`) in MB (10^6 bytes), or `nil` where `/proc` is absent.
    static func megabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2, let kb = Double(fields[1]) { return kb * 1024 / 1e6 }
        }
        return nil
    }

    /// Resets the peak to the current resident size (`echo 5 > /proc/self/clear_refs`, Linux 4.0 and
    /// later), so that the next reading covers only what follows.
    /// - Returns: whether the kernel accepted the reset.
    @discardableResult
    static func reset() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: Data("5".utf8)) } catch { return false }
        return true
    }
}
