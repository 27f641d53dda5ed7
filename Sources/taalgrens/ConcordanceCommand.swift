import ArgumentParser
import Foundation
import TaalgrensKit

/// `taalgrens concordance PHRASE --locale L`: a phrase search in the stored variants of one locale.
struct ConcordanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordance",
        abstract: "Search the memory for a word or phrase, ignoring case and accents."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var memory: MemoryOptions

    @Argument(help: "The word or phrase.")
    var phrase: String

    @Option(name: .long, help: "The locale whose variants are searched.")
    var locale: String

    @Option(name: .long, help: "The most hits to show.")
    var limit: Int = 20

    @Option(name: .long, help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try runJob {
            let workspace = try global.workspace()
            let report = try workspace.concordance(phrase, locale: try parseLocale(locale, option: "--locale"),
                                                   limit: limit, memory: memory.tm)
            switch format {
            case .json: try printJSON(report)
            case .text: print(report.text(highlight: TerminalSize.isTerminal), terminator: "")
            }
        }
    }
}
