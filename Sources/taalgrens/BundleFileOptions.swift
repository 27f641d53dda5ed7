import ArgumentParser
import Foundation
import TaalgrensKit

/// The options of the bundle files that `export` and `publish` write: the XLIFF version and a zip per bundle
/// (ninth trial, finding 10: a team whose translators work in Trados Studio or memoQ needs XLIFF 1.2;
/// seventeenth trial, finding 10: Crowdin, Smartling, Phrase Strings and Localazy read XLIFF 2.0).
struct BundleFileOptions: ParsableArguments {
    /// `--xliff`: the versions a bundle can be written in.
    enum XLIFFVersionOption: String, ExpressibleByArgument, CaseIterable { case v21 = "2.1", v20 = "2.0", v12 = "1.2" }

    @Flag(name: .long, help: "Also write DIR/<article-id>-<locale>.zip.")
    var zip = false

    @Option(name: .long, help: "XLIFF version: 2.1, 2.0 (the same file, for tools that read 2.0 only) or 1.2.")
    var xliff: XLIFFVersionOption = .v21

    /// The export that `bundle` asks for, into the folder `out`, with these files.
    /// - Parameter force: whether earlier bundles of the same articles are replaced.
    func request(_ bundle: BundleOptions, out: String, force: Bool) -> ExportRequest {
        ExportRequest(targets: bundle.to, source: bundle.source, output: URL(fileURLWithPath: out), minScore: bundle.minScore,
                      force: force, zip: zip, xliffVersion: xliff == .v12 ? .v12 : xliff == .v20 ? .v20 : .v21)
    }
}
