import ArgumentParser
import Foundation
import TaalgrensCore
import TaalgrensKit

/// `taalgrens query TEXT --from L --to L`: fuzzy matches from the memory, with their score breakdown.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Look up fuzzy matches for a sentence in the memory.",
        discussion: "Scores: 101 context match, 100 exact, below 100 fuzzy (docs/matching.md explains the formula)."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var memory: MemoryOptions

    @Argument(help: "The sentence to look up (omit with --file).")
    var text: String?

    @Option(name: .long, help: "Read one query per line from this file, or - for standard input (with --format json: one JSON object per line).")
    var file: String?

    @Option(name: .long, help: "The source language.", transform: OptionValues.locale)
    var from: LanguageTag

    @Option(name: [.customShort("t"), .long], help: "The target language.", transform: OptionValues.locale)
    var to: LanguageTag

    @Option(name: .customLong("min-score"), parsing: .unconditional, help: "The lowest score to show (0–101).")
    var minScore: Double = 70

    @Option(name: [.customShort("n"), .long], parsing: .unconditional, help: "The most matches to show (at least 1).")
    var limit: Int = 5

    @Option(name: .long, help: "The previous source sentence, for context (101) matches.")
    var prev: String?

    @Option(name: .long, help: "The next source sentence, for context (101) matches.")
    var next: String?

    @Option(name: .long, help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if (text == nil) == (file == nil) { throw ValidationError("give either TEXT or --file FILE") }
        if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("the sentence is empty; give a sentence to look up")
        }
        try OptionValues.require(limit, atLeast: 1, option: "--limit")
        try OptionValues.require(minScore, in: 0...101, option: "--min-score")
        // One locale to itself is no translation; two variants of one language (fr-FR to fr-BE) are.
        if from == to { throw ValidationError("--from and --to are both \(from); give the locale to translate into") }
    }

    func run() throws {
        try runJob {
            let workspace = try global.workspace()
            guard let file else {
                let report = try workspace.query(text!, from: from, to: to, previous: prev, next: next,
                                                 minScore: minScore, limit: limit, memory: memory.tm)
                switch format {
                case .json: try printJSON(report)
                case .text: print(report.text, terminator: "")
                }
                return
            }
            // A batch: one memory, its index built once; one result per line as it comes.
            let lines = file == "-"
                ? try workspace.queryLines(FileHandle.standardInput.readDataToEndOfFile(), file: "standard input")
                : try workspace.readQueryLines(URL(fileURLWithPath: file))
            // An empty batch is no error (a script may produce one), but silence would look like a hang or
            // a lost output: say it on standard error, where JSON Lines readers do not look.
            if lines.isEmpty { printError("note: \(file) holds no query (one query per line; blank lines are skipped)") }
            try workspace.query(lines: lines, from: from, to: to, minScore: minScore, limit: limit, memory: memory.tm) { number, report in
                switch format {
                case .json: try printJSON(report, pretty: false)  // JSON Lines: one object per query
                case .text:
                    if number > 0 { print() }
                    print("query \(number + 1): \(report.query)")
                    print(report.text, terminator: "")
                }
            }
        }
    }
}
