import ArgumentParser
import Foundation
import TaalgrensCore
import TaalgrensKit

/// `taalgrens terms …`: look up, list and export the termbase.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Look up, list and export termbase entries.",
        subcommands: [Lookup.self, List.self, Export.self]
    )

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Find the term entries a word or phrase belongs to (inflected forms included).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var termbases: TermbaseOptions
        @Argument(help: "The word or phrase.") var word: String
        @Option(name: [.customShort("l"), .long], help: "The word's locale.", transform: OptionValues.locale) var locale: LanguageTag
        @Option(name: .long, help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try runJob {
                let report = try termbases.workspace(global).lookupTerm(word, locale: locale,
                                                               termbases: termbases.urls, includeDefault: !termbases.noDefaultTermbase)
                switch format {
                case .json: try printJSON(report)
                case .text: print(report.text, terminator: "")
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every term entry.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var termbases: TermbaseOptions
        @Option(name: .long, help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try runJob {
                let report = try termbases.workspace(global).listTerms(termbases: termbases.urls, includeDefault: !termbases.noDefaultTermbase)
                switch format {
                case .json: try printJSON(report)
                case .text: print(report.text, terminator: "")
                }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the termbase as TBX (TBX-Basic, TBX v3) or CSV to standard output or --out.")
        enum TermFormat: String, ExpressibleByArgument { case tbx, csv }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var termbases: TermbaseOptions
        @Option(name: .long, help: "tbx or csv.") var format: TermFormat = .tbx
        @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output (- is standard output).") var out: String?

        func run() throws {
            try runJob {
                let workspace = try termbases.workspace(global)
                if let out = OptionValues.outputFile(out) {
                    try workspace.exportTerms(asTBX: format == .tbx, termbases: termbases.urls,
                                              includeDefault: !termbases.noDefaultTermbase, to: out)
                } else {
                    writeStandardOutput(try workspace.exportTerms(asTBX: format == .tbx, termbases: termbases.urls,
                                                                  includeDefault: !termbases.noDefaultTermbase))
                }
            }
        }
    }
}
