import ArgumentParser
import Foundation
import TaalgrensCore
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

    @Option(name: [.customShort("l"), .long], help: "The locale whose variants are searched.", transform: OptionValues.locale)
    var locale: LanguageTag

    @Option(name: .long, help: "Show only the other variants in these languages beside each hit (comma-separated, e.g. en,fr-BE; fr-BE shows fr-FR too).",
            transform: OptionValues.locales)
    var to: [LanguageTag]?

    @Option(name: [.customShort("n"), .long], parsing: .unconditional, help: "The most hits to show (at least 1).")
    var limit: Int = 20

    @Option(name: .long, help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if phrase.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("the phrase is empty; give a word or phrase to search for")
        }
        try OptionValues.require(limit, atLeast: 1, option: "--limit")
    }

    func run() throws {
        try runJob {
            let workspace = try global.workspace()
            let report = try workspace.concordance(phrase, locale: locale,
                                                   limit: limit, others: to, memory: memory.tm)
            switch format {
            case .json: try printJSON(report)
            case .text: print(report.text(highlight: TerminalSize.useColour), terminator: "")
            }
        }
    }
}
