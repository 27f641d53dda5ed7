import ArgumentParser
import Foundation
import TaalgrensKit

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Flag(name: [.customShort("q"), .long], help: "Print only results and errors.")
    var quiet = false

    @Flag(name: [.customShort("v"), .long], help: "Print progress and details on standard error.")
    var verbose = false

    @Option(name: .customLong("data-dir"), help: "The folder holding Locales/ and Glossary/ (default: $TAALGRENS_DATA, ../share/taalgrens next to the executable, or the first parent folder holding Locales/).")
    var dataDir: String?

    /// Refuses `--quiet` with `--verbose` (one would silently win).
    func validate() throws {
        if quiet && verbose { throw ValidationError("give --quiet or --verbose, not both") }
    }

    /// The workspace these options describe.
    func workspace() throws -> Workspace {
        try Workspace(dataDirectory: dataDir.map { URL(fileURLWithPath: $0) },
                      verbosity: quiet ? .quiet : (verbose ? .verbose : .normal))
    }
}

/// The `--tm` option: where the translation memory lives.
struct MemoryOptions: ParsableArguments {
    @Option(name: .long, help: "The translation memory: a SQLite file or a postgres://user@host:port/database URL (default: $TAALGRENS_TM, else ./taalgrens.tm; only import, publish and tm migrate create it).")
    var tm: String?
}

/// Output formats of commands that print results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
