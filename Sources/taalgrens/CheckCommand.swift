import ArgumentParser
import Foundation
import TaalgrensCore
import TaalgrensKit

/// `taalgrens check [PATH…]`: term and QA checks on article folders, TMX or XLIFF files, or the memory.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check term consistency and QA rules across languages.",
        discussion: "Paths may be article folders, .tmx or .xlf files. Without paths, the memory (--tm) is checked. Exit code 1 when an error-severity finding is reported."
    )

    enum CheckFormat: String, ExpressibleByArgument { case text, json, html }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var memory: MemoryOptions

    @Argument(help: "Article folders, TMX or XLIFF files (default: the memory).")
    var paths: [String] = []

    @OptionGroup var termbases: TermbaseOptions

    @Option(name: .long, help: "text, json or html.")
    var format: CheckFormat = .text

    @Option(name: .long, help: "The source language version of article folders (default: en if present, else the first, with a note).", transform: OptionValues.locale)
    var source: LanguageTag?

    func run() throws {
        var hasErrors = false
        try runJob {
            let workspace = try termbases.workspace(global)
            // A long check (a large TMX, the whole memory) shows a progress line on a terminal (standard
            // error), as import does; none with --quiet, and none for json or html, which scripts read.
            let line = ProgressLine(quiet: global.quiet || format != .text)
            defer { line.finish() }
            let report = try workspace.check(paths: paths.map { URL(fileURLWithPath: $0) },
                                             termbases: termbases.urls,
                                             includeDefaultTermbase: !termbases.noDefaultTermbase,
                                             memory: paths.isEmpty ? (memory.tm ?? "") : memory.tm,
                                             source: source, progress: line.show)
            line.finish()
            switch format {
            case .json: try printJSON(report)
            case .html: print(report.html, terminator: "")
            case .text: print(report.text(colour: TerminalSize.useColour), terminator: "")
            }
            hasErrors = report.summary.errors > 0
        }
        if hasErrors { throw ExitCode(1) }
    }
}
