import ArgumentParser
import Foundation
import TaalgrensKit

/// `taalgrens import PATH…`: article folders, TMX files and XLIFF files into the memory.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import article folders (segment, align, store), TMX files and translated XLIFF files into the memory.",
        discussion: "Each path is imported in one transaction: a file that fails leaves the memory as it was."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var memory: MemoryOptions

    @Argument(help: "Article folders, .tmx files or .xlf/.xliff files.")
    var paths: [String]

    @Option(name: .long, help: "text or json.")
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp("Store TMX and XLIFF files under this scope instead of the TMX file's name or the XLIFF document (two different files with the same name).", valueName: "name"))
    var scope: String?

    @Flag(name: .long, help: "Let a TMX or XLIFF file replace the stored units of its scope, or an article folder the stored article of its id, even when most of their sentences differ (another file or article with the same name is refused otherwise).")
    var replace = false

    func validate() throws {
        if let scope, scope.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--scope needs a name") }
    }

    func run() throws {
        // What was committed before a failing path is reported too (eleventh trial, finding 4): its summary
        // lines (text) or objects (JSON) on standard output, then the error, then the paths not imported.
        let ledger = Workspace.ImportLedger()
        try runJob(afterError: {
            guard !ledger.notImported.isEmpty else { return }
            printError("note: not imported (after the error): \(ledger.notImported.map { DisplayPath.relative($0.path) }.joined(separator: ", "))")
        }) {
            let workspace = try global.workspace()
            // Long TMX imports show a progress line on a terminal (standard error; none with --quiet).
            let line = ProgressLine(quiet: global.quiet)
            defer { line.finish() }
            let results: [ImportSummary]
            do {
                results = try workspace.importPaths(paths.map { URL(fileURLWithPath: $0) }, memory: memory.tm,
                                                    scope: ImportScopeOptions(name: scope, replace: replace), ledger: ledger,
                                                    progress: line.show)
            } catch {
                line.finish()
                if !ledger.committed.isEmpty { try print(ledger.committed) }
                throw error
            }
            line.finish()
            try print(results)
        }
    }

    /// The summaries as the format asks: a JSON array, or one line per path (with its reasons and notes).
    private func print(_ results: [ImportSummary]) throws {
        switch format {
        case .json: try printJSON(results)
        case .text:
            for var r in results {
                // --quiet prints results and errors: each file's summary line and its warnings, not
                // the skip reasons and notes (the summary still counts the skipped units).
                if global.quiet {
                    r.reasons = []
                    r.undescribedLocales = nil
                    r.contextFromOrder = nil
                    r.keptReturned = nil
                }
                Swift.print(r.line)
            }
        }
    }
}
