import TaalgrensCore

/// How a stored unit's identity is scoped by its origin (`docs/memory.md`, "Unit identity").
///
/// A unit id is unique in the whole memory, but the files units come from only number them locally: a
/// TMX `tuid` is unique within its file at best (TMX 1.4b section 3.4: its value is not defined by the
/// standard), an XLIFF unit id within its `<file>` (XLIFF 2.1 section 4.3.1.20). So every unit belongs to
/// exactly one **scope**, which the schema records:
/// - an article's units are scoped by the article id: their ids are `<article>:<block>:<position>`, given by
///   the aligner, and the store keeps the article in `unit.article`;
/// - an interchange file's units are scoped by the file's identity (``tmx(fileName:)``,
///   ``xliff(document:target:)``): the store keeps the scope in `unit.scope` and forms the id as
///   `<scope>#<local id>` (``id(scope:localID:)``).
///
/// Two TMX files that both number their units 1, 2, 3 therefore never meet, and a `tuid` that looks like
/// `article:3:1` can never reach that article's unit: an interchange import only ever updates units of its
/// own scope.
public enum UnitScope {
    /// The separator between a scope and a file-local id.
    public static let separator = "#"

    /// The memory-wide id of the unit that the file with this scope calls `localID`.
    /// - Parameters:
    ///   - scope: the file's scope, for example `tmx:team.tmx`.
    ///   - localID: the id the file gives the unit (a `tuid`, an XLIFF `unit:segment` pair).
    /// - Returns: `<scope>#<localID>`, for example `tmx:team.tmx#42`.
    public static func id(scope: String, localID: String) -> String { scope + separator + localID }

    /// The scope of a TMX file: `tmx:` and the file's name (its last path component).
    ///
    /// The name, not the path: a memory is shared, and the same file is re-imported from anywhere to bring
    /// its changes in (same name, same `tuid`s: units are updated or unchanged). A renamed copy is another
    /// scope, but its units are identical to the stored ones and merge as duplicates, so nothing is stored
    /// twice. Not the header's `creationtool`/`o-tmf`: two exports of one tool would share them. The name is
    /// NFC (``Article/normalizedID(_:)``): a macOS copy of the file names it decomposed.
    public static func tmx(fileName: String) -> String { "tmx:" + Article.normalizedID(fileName) }

    /// The scope of an XLIFF document translated into `target`: `xliff:<target>:<document>`, where the
    /// document is what the `<file>` says it translates (its `original`, else its id, else the file name),
    /// in NFC (``Article/normalizedID(_:)``).
    ///
    /// The target locale is part of the scope because XLIFF units are bilingual: the nl-BE and the fr-BE
    /// XLIFF of one document use the same unit ids and would otherwise overwrite each other.
    public static func xliff(document: String, target: LanguageTag) -> String { "xliff:\(target.identifier):\(Article.normalizedID(document))" }

    /// The scope recorded for interchange units stored before scopes existed (migration `v5-unit-scope`):
    /// their ids are kept as they were, and an import whose ids coincide with them adopts them.
    public static let legacy = ""
}
