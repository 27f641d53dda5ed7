import ArgumentParser

/// `taalgrens-bench`: the benchmarks of issues 3–6. Each prints one JSON object per line on standard
/// output and nothing else (progress goes to standard error); `--check` runs the smallest size and exits
/// non-zero when the results are wrong (`cli-json.md`, "Benchmarks"; `docs/benchmarks.md`).
@main
struct TaalgrensBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taalgrens-bench",
        abstract: "Taalgrens benchmarks: JSON lines on stdout; --check verifies results at the smallest size.",
        subcommands: [SegmentBenchmark.self, FuzzyBenchmark.self, AlignBenchmark.self, TermsBenchmark.self,
                      TokenizeBenchmark.self])
}
