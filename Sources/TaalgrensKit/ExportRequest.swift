import Foundation
import Interchange
import TaalgrensCore

/// What `taalgrens export`, `analyze` and `publish` are asked to do.
public struct ExportRequest: Sendable {
    /// The target locales (`nl-BE`, `fr-BE`).
    public var targets: [LanguageTag]
    /// The source version of the article; `nil` takes `en` when present, else the first version.
    public var source: LanguageTag?
    /// The output folder (`--out`); bundles go to `output/<article-id>/<locale>/`.
    public var output: URL
    /// Fuzzy matches at or above this score (0–101, as `--min-score`) fill the target in state `initial`.
    public var minScore: Double
    /// Replace an earlier export of the same article and locale.
    public var force: Bool
    /// Also write `output/<article-id>-<locale>.zip`.
    public var zip: Bool
    /// The XLIFF version of the bundles (`--xliff`): 2.1 by default, 2.0 for platforms that read 2.0 only
    /// (Crowdin, Smartling, Phrase Strings, Localazy), 1.2 for tools that read no 2.x.
    public var xliffVersion: XLIFFVersion

    /// A request with the CLI's defaults (see the properties for each parameter): fuzzy matches from 75,
    /// no replacing, no zip, XLIFF 2.1.
    public init(targets: [LanguageTag], source: LanguageTag? = nil, output: URL, minScore: Double = 75,
                force: Bool = false, zip: Bool = false, xliffVersion: XLIFFVersion = .v21) {
        self.targets = targets
        self.source = source
        self.output = output
        self.minScore = minScore
        self.force = force
        self.zip = zip
        self.xliffVersion = xliffVersion
    }
}
