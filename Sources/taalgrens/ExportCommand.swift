import ArgumentParser
import Foundation
import TaalgrensCore
import TaalgrensKit

/// Options shared by `export`, `analyze` and `publish`.
struct BundleOptions: ParsableArguments {
    @Option(name: [.customShort("t"), .long], help: "Target locales, comma-separated, each once (nl-BE,fr-BE).", transform: OptionValues.locales)
    var to: [LanguageTag]

    @Option(name: .customLong("min-score"), parsing: .unconditional,
            help: "Fuzzy matches at or above this score (0–101) fill the target (state initial).")
    var minScore: Double = 75

    @Option(name: .long, help: "The source language version (default: en if present).", transform: OptionValues.locale)
    var source: LanguageTag?

    func validate() throws {
        try OptionValues.require(minScore, in: 0...101, option: "--min-score")
    }
}

/// `taalgrens export ARTICLE_DIR… --to L,… --out DIR`: localised bundles pre-translated from the memory.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export localised article bundles (XLIFF pre-translated from the memory, rendered article, report, manifest).",
        discussion: "Writes DIR/<article-id>/<locale>/… into a temporary folder and renames it at the end: a failed export leaves nothing behind."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var memory: MemoryOptions
    @OptionGroup var bundle: BundleOptions
    @OptionGroup var termbases: TermbaseOptions

    @Argument(help: "Article folders.")
    var articleDirs: [String]

    @Option(name: [.customShort("o"), .long], help: "The output folder.")
    var out: String

    @Flag(name: .long, help: "Replace an earlier export of the same article.")
    var force = false

    @OptionGroup var files: BundleFileOptions

    @Option(name: .long, help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try runJob {
            let workspace = try termbases.workspace(global)
            let results = try workspace.export(
                folders: articleDirs.map { URL(fileURLWithPath: $0) },
                request: files.request(bundle, out: out, force: force),
                memory: memory.tm)
            switch format {
            case .json: try printJSON(results)
            case .text: for r in results { print(r.line) }
            }
        }
    }
}

/// `taalgrens analyze ARTICLE_DIR… --to L,…`: the leverage reports, without exporting.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the leverage report of articles against the memory, without exporting (for quoting)."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var memory: MemoryOptions
    @OptionGroup var bundle: BundleOptions
    @OptionGroup var termbases: TermbaseOptions

    @Argument(help: "Article folders.")
    var articleDirs: [String]

    @Option(name: .long, help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try runJob {
            let workspace = try termbases.workspace(global)
            let reports = try workspace.analyze(folders: articleDirs.map { URL(fileURLWithPath: $0) },
                                                targets: bundle.to, source: bundle.source,
                                                minScore: bundle.minScore, memory: memory.tm)
            switch format {
            case .json: try printJSON(reports)
            case .text:
                for r in reports { print(r.text, terminator: "") }
                for batch in BatchAnalysis.make(reports) { print(batch.text, terminator: "") }
            }
        }
    }
}

/// `taalgrens publish ARTICLE_DIR… --to L,… --out DIR`: import then export, replacing earlier bundles.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Import article folders into the memory, then export their localised bundles (replacing earlier ones).",
        discussion: "The main job in one command: `taalgrens import` followed by `taalgrens export --force` for each folder. "
            + "A translation returned in a bundle (imported as translated or reviewed) is kept over the folder's older text "
            + "for the same source sentence, and listed; --folder-wins lets the folder's text replace it."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var memory: MemoryOptions
    @OptionGroup var bundle: BundleOptions
    @OptionGroup var termbases: TermbaseOptions

    @Argument(help: "Article folders.")
    var articleDirs: [String]

    @Option(name: [.customShort("o"), .long], help: "The output folder.")
    var out: String

    @Flag(name: .customLong("folder-wins"), help: "Let the folders' text replace translations returned in bundles (translated or reviewed).")
    var folderWins = false

    @OptionGroup var files: BundleFileOptions

    @Flag(name: .long, help: "Accepted as by export: publish always replaces the earlier bundles of its articles.")
    var force = false

    @Option(name: .long, help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try runJob {
            let workspace = try termbases.workspace(global)
            let result = try workspace.publish(folders: articleDirs.map { URL(fileURLWithPath: $0) },
                                               request: files.request(bundle, out: out, force: true),
                                               memory: memory.tm, folderWins: folderWins)
            switch format {
            case .json: try printJSON(result)
            case .text: print(result.text, terminator: "")
            }
        }
    }
}
