import ArgumentParser
import Foundation
import TaalgrensCore
import TaalgrensKit

/// `taalgrens align ARTICLE_DIR`: aligns the language versions of one article.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the language versions of one article into translation units (beads).",
        discussion: "An article folder holds one file per language, named by its BCP 47 tag: en.md, nl-BE.md, fr-BE.html, …"
    )

    enum AlignFormat: String, ExpressibleByArgument { case text, json, tmx }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The article folder.")
    var articleDir: String

    @Option(name: .long, help: "The source language version (default: en if present, else the first).", transform: OptionValues.locale)
    var source: LanguageTag?

    @Option(name: .customLong("review-threshold"), parsing: .unconditional, help: "Beads below this confidence (0–1) need review.")
    var reviewThreshold: Double?

    @Flag(name: .customLong("no-term-anchors"), help: "Do not use the termbase's term pairs as anchors.")
    var noTermAnchors = false

    @Option(name: .long, help: "text (side by side), json, or tmx.")
    var format: AlignFormat = .text

    @Option(name: .long, parsing: .unconditional, help: "Width of the side-by-side view in columns, at least 40 (default: $COLUMNS, else the terminal's, else 120).")
    var width: Int?

    func validate() throws {
        if let reviewThreshold { try OptionValues.require(reviewThreshold, in: 0...1, option: "--review-threshold") }
        if let width { try OptionValues.require(width, atLeast: 40, option: "--width") }
    }

    func run() throws {
        try runJob {
            let workspace = try global.workspace()
            let result = try workspace.align(folder: URL(fileURLWithPath: articleDir),
                                             source: source,
                                             reviewThreshold: reviewThreshold, termAnchors: !noTermAnchors)
            switch format {
            case .json: try printJSON(result.report)
            case .tmx: writeStandardOutput(result.tmx())
            case .text:
                // `COLUMNS` below the layout's minimum gets the minimum, as `--width` requires.
                let columns = width ?? max(40, TerminalSize.preferredColumns(environment: ProcessInfo.processInfo.environment, fallback: 120))
                print(result.sideBySide(width: columns), terminator: "")
            }
        }
    }
}
