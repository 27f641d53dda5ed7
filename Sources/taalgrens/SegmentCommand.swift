import ArgumentParser
import Foundation
import TaalgrensCore
import TaalgrensKit

/// `taalgrens segment FILE [--locale L]`: shows an article's blocks and sentences. Without `--locale`, the
/// locale comes from the file (`Workspace.articleLocale(of:given:requireKnown:)`), and the text output's
/// first line says from where.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split an article (Markdown, HTML or plain text) into blocks and sentences."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The article file (.md, .mdx, .html, .txt).")
    var file: String

    @Option(name: [.customShort("l"), .long], help: "The article's language, a BCP 47 tag (en, nl-BE, fr-BE). Default: what the file declares (<html lang>, front matter lang:), else its file or folder name (fr-BE.html, article.nl-BE.md, nl-BE/article.md).", transform: OptionValues.locale)
    var locale: LanguageTag?

    @Option(name: .long, help: "An SRX 2.0 rules file to use instead of Locales/<locale>/segmentation.srx.")
    var rules: String?

    @Option(name: .long, help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try runJob {
            let workspace = try global.workspace()
            let report = try workspace.segment(file: URL(fileURLWithPath: file),
                                               locale: locale,
                                               rules: rules.map { URL(fileURLWithPath: $0) })
            switch format {
            case .json: try printJSON(report)
            case .text: print(report.text, terminator: "")
            }
        }
    }
}
