import ArgumentParser
import Foundation
import TaalgrensCore
import TaalgrensKit

/// `taalgrens tm …`: statistics, TMX export, removal of an origin's units, and migration of the memory.
struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Inspect, export, prune and migrate the translation memory.",
        subcommands: [Stats.self, Export.self, Remove.self, Migrate.self]
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

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove every unit of one article or imported file from the memory, in one transaction.",
            discussion: "--article takes an article id or an imported file's scope, as tm stats and tm export name them (safer-internet-day-2020, export.tmx). With --dry-run nothing is removed.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var memory: MemoryOptions
        @Option(name: .long, help: "The article id or imported file (its scope) whose units to remove.") var article: String
        @Flag(name: .long, help: "Count the units that would be removed; remove nothing.") var dryRun = false
        @Option(name: .long, help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try runJob {
                let removal = try global.workspace().removeUnits(article: article, memory: memory.tm, dryRun: dryRun)
                switch format {
                case .json: try printJSON(removal)
                case .text: print(removal.line)
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
        @Option(name: .long, help: "Only units changed on or after this date (yyyy-MM-dd, UTC), by each unit's own date, which an import keeps from its file: a file's older units imported today are left out (use --article).", transform: OptionValues.date)
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
