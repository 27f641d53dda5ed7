import ArgumentParser
import Foundation
import TaalgrensKit

/// Options naming the termbases to load: `terms`, `check`, and the bundle commands (`export`, `analyze`,
/// `publish`), whose QA report runs the term rules with them (eleventh trial, finding 3: an agency's own
/// termbase reached `check` but not the bundles, which went out with deprecated terms as `translated`).
struct TermbaseOptions: ParsableArguments {
    @Option(name: .long, help: "A termbase (TBX or CSV) to add to Glossary/. Repeatable.")
    var termbase: [String] = []

    @Flag(name: .customLong("no-default-termbase"), help: "Leave out the termbases in Glossary/.")
    var noDefaultTermbase = false

    @Option(name: .customLong("termbase-languages"),
            help: "The languages of a --termbase that does not name them (OmegaT's glossary.txt, a source,target CSV), such as en,nl-BE.")
    var termbaseLanguages: String?

    var urls: [URL] { termbase.map { URL(fileURLWithPath: $0) } }

    /// The workspace of `global` with ``termbaseLanguages`` read and these termbases selected
    /// (``Workspace/extraTermbases``, ``Workspace/includeDefaultTermbase``).
    /// - Throws: ``InputError`` for a value that is not two different language tags.
    func workspace(_ global: GlobalOptions) throws -> Workspace {
        var workspace = try global.workspace()
        try workspace.useGlossaryLanguages(termbaseLanguages)
        workspace.extraTermbases = urls
        workspace.includeDefaultTermbase = !noDefaultTermbase
        return workspace
    }
}
