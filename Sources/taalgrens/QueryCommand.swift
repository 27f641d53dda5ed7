import ArgumentParser
import Foundation
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

    @Option(name: .long, help: "Read one query per line from this file and print JSON Lines.")
    var file: String?

    @Option(name: .long, help: "The source language.")
    var from: String

    @Option(name: .long, help: "The target language.")
    var to: String

    @Option(name: .customLong("min-score"), help: "The lowest score to show (0–101).")
    var minScore: Double = 70

    @Option(name: .long, help: "The most matches to show.")
    var limit: Int = 5

    @Option(name: .long, help: "The previous source sentence, for context (101) matches.")
    var prev: String?

    @Option(name: .long, help: "The next source sentence, for context (101) matches.")
    var next: String?

    @Option(name: .long, help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if (text == nil) == (file == nil) { throw ValidationError("give either TEXT or --file FILE") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if !(0...101).contains(minScore) { throw ValidationError("--min-score must be between 0 and 101") }
    }

    func run() throws {
        try runJob {
            let workspace = try global.workspace()
            let from = try parseLocale(from, option: "--from"), to = try parseLocale(to, option: "--to")
            let queries: [(String, String?, String?)]
            if let file {
                let url = URL(fileURLWithPath: file)
                queries = try workspace.readQueryLines(url).map { ($0, nil, nil) }
            } else {
                queries = [(text!, prev, next)]
            }
            for (line, previous, following) in queries {
                let report = try workspace.query(line, from: from, to: to, previous: previous, next: following,
                                                 minScore: minScore, limit: limit, memory: memory.tm)
                if file != nil || format == .json { try printJSON(report, pretty: file == nil) }
                else { print(report.text, terminator: "") }
            }
        }
    }
}
