import ArgumentParser
import TaalgrensCore
import TaalgrensKit

/// The `taalgrens` command line: one subcommand per job. Each subcommand parses its arguments, makes one
/// call into `TaalgrensKit`, and prints the result (text, or JSON per `cli-json.md`).
@main
struct Taalgrens: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taalgrens",
        abstract: "A translation memory for news articles in English, Dutch and French.",
        discussion: "Exit codes: 0 success, 1 check found an error, 2 bad input, 3 an internal or environment failure (database, file system), 64 usage error.",
        version: TaalgrensVersion.current,
        subcommands: [
            SegmentCommand.self, AlignCommand.self, ImportCommand.self, QueryCommand.self,
            ConcordanceCommand.self, CheckCommand.self, ExportCommand.self, AnalyzeCommand.self,
            PublishCommand.self, TermsCommand.self, TMCommand.self,
        ]
    )
}
