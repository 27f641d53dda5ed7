import ArgumentParser
import Foundation
import TaalgrensCore
import TaalgrensKit

/// `taalgrens tm …`: statistics and TMX export of the memory.
struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Inspect, export and migrate the translation memory.",
        subcommands: [Stats.self, Export.self, Migrate.self]
    )

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count the units per locale pair and status.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var memory: MemoryOptions
        @Option(name: .long, help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try runJob {
                let report = try global.workspace().memoryStatistics(memory: memory.tm)
                switch format {
                case .json: try printJSON(report)
                case .text: print(report.text, terminator: "")
                }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the memory as TMX 1.4b to standard output or --out.")
        enum TMFormat: String, ExpressibleByArgument { case tmx }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var memory: MemoryOptions
        @Option(name: .long, help: "tmx.") var format: TMFormat = .tmx
        @Option(name: .long, help: "Only these two locales, comma-separated (bilingual TMX): en,nl-BE.", transform: OptionValues.localePair)
        var pair: [LanguageTag]?
        @Option(name: .long, help: "Only units from this article.") var article: String?
        @Option(name: .long, help: "Only units changed on or after this date (yyyy-MM-dd, UTC).", transform: OptionValues.date)
        var since: Date?
        @Option(name: .long, help: "Only units with this status (reviewed, aligned, translated, needsReview, untrusted).", transform: OptionValues.status)
        var status: UnitStatus?
        @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output (- is standard output).") var out: String?

        func run() throws {
            try runJob {
                let filter = MemoryFilter(pair: pair, article: article, since: since, status: status)
                let count = if let out = OptionValues.outputFile(out) { try global.workspace().exportMemory(filter: filter, memory: memory.tm, to: out) }
                    else { try global.workspace().exportMemory(filter: filter, memory: memory.tm, output: writeStandardOutput) }
                // Standard output holds the TMX: what the pair export chose goes to standard error.
                if !global.quiet { for note in count.notes { printError("note: " + note) } }
            }
        }
    }
}
