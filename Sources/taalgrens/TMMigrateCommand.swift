import ArgumentParser
import Foundation
import TaalgrensKit

extension TMCommand {
    /// `taalgrens tm migrate`: create the memory or upgrade its schema explicitly.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the memory or apply the schema migrations it lacks (opening a memory does this too).",
            discussion: "For a shared PostgreSQL memory, run it from a deployment job against the primary before upgrading the programs that use it."
        )
        @OptionGroup var global: GlobalOptions
        @OptionGroup var memory: MemoryOptions
        @Option(name: .long, help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try runJob {
                let report = try global.workspace().migrateMemory(memory: memory.tm)
                switch format {
                case .json: try printJSON(report)
                case .text: print(report.text, terminator: "")
                }
            }
        }
    }
}
