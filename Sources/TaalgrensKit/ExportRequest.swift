import Foundation
import TaalgrensCore

/// What `taalgrens export`, `analyze` and `publish` are asked to do.
public struct ExportRequest: Sendable {
    /// The target locales (`nl-BE`, `fr-BE`).
    public var targets: [LanguageTag]
    /// The source version of the article; `nil` takes `en` when present, else the first version.
    public var source: LanguageTag?
    /// The output folder (`--out`); bundles go to `output/<article-id>/<locale>/`.
    public var output: URL
    /// Fuzzy matches at or above this score (0–100) fill the target in state `initial`.
    public var minScore: Double
    /// Replace an earlier export of the same article and locale.
    public var force: Bool
    /// Also write `output/<article-id>-<locale>.zip`.
    public var zip: Bool
    /// Write XLIFF 1.2 instead of 2.1.
    public var xliff12: Bool

    /// A request with the CLI's defaults (see the properties for each parameter): fuzzy matches from 75,
    /// no replacing, no zip, XLIFF 2.1.
    public init(targets: [LanguageTag], source: LanguageTag? = nil, output: URL, minScore: Double = 75,
                force: Bool = false, zip: Bool = false, xliff12: Bool = false) {
        self.targets = targets
        self.source = source
        self.output = output
        self.minScore = minScore
        self.force = force
        self.zip = zip
        self.xliff12 = xliff12
    }
}
