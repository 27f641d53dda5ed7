/// The version of Taalgrens, printed by `taalgrens --version` and written into manifests and TMX headers
/// (the one definition: the TMX writer's defaults use it too).
public enum TaalgrensVersion {
    /// The version number (semantic versioning).
    public static let current = "0.1.0"
    /// The tool name with its version, as manifests and TMX headers carry it.
    public static var tool: String { "taalgrens \(current)" }
}
