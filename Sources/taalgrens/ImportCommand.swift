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

    func run() throws {
        try runJob {
            let workspace = try global.workspace()
            // Long TMX imports show a progress line on a terminal (standard error; none with --quiet).
            let line = ProgressLine(quiet: global.quiet)
            defer { line.finish() }
            let results = try workspace.importPaths(paths.map { URL(fileURLWithPath: $0) }, memory: memory.tm, progress: line.show)
            line.finish()
            switch format {
            case .json: try printJSON(results)
            case .text: for r in results { print(r.line) }
            }
        }
    }
}
