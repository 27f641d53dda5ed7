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

/// An imported file's hold on a stored unit that another file or an article owns: the file brought a unit
/// with the same variants, which the import merged into the stored one as its duplicate instead of storing
/// it twice (`docs/memory.md`, "Units held by several files"). The store keeps the claim in `unit_scope`
/// (SQLite migration `v19-unit-scopes`, PostgreSQL 14), so that the file's units are found by
/// `tm export --article` and `tm remove --article` under the file's name, and removing the owner keeps the
/// unit for the file (eighteenth trial, finding 12: a merged file was lost with the file it was merged into).
public struct UnitClaim: Hashable, Sendable {
    /// The memory-wide id the file's unit would have had (``UnitScope/id(scope:localID:)``): a later import
    /// of the same file finds its claim by it.
    public var id: String
    /// The file's scope (``UnitScope/tmx(fileName:)``, ``UnitScope/xliff(document:target:)``).
    public var scope: String
    /// The name that `--article` selects the claim by: the incoming unit's origin article (a TMX file's
    /// name, an XLIFF document's), else (none, or empty) the scope.
    public var article: String

    /// A claim as stored.
    public init(id: String, scope: String, article: String) { (self.id, self.scope, self.article) = (id, scope, article) }

    /// The claim of `incoming`, merged as a duplicate into `stored`.
    /// - Parameters:
    ///   - incoming: the file's unit as the import stores it: its id already scoped, its origin set.
    ///   - scope: the file's scope.
    ///   - stored: the stored unit it was merged into.
    /// - Returns: `nil` when `stored` is a unit of the same scope (a file holding one sentence pair twice):
    ///   removing the file removes that unit anyway, so there is nothing to claim. (Both stores decide this
    ///   alike: the PostgreSQL store merges a duplicate of a unit the same batch adds before that unit has a
    ///   key, and all units of a batch share one scope.)
    public init?(merging incoming: TranslationUnit, scope: String, into stored: TranslationUnit) {
        guard !stored.id.hasPrefix(scope + UnitScope.separator), incoming.id != stored.id else { return nil }
        let article = incoming.origin.map(\.article).flatMap { $0.isEmpty ? nil : $0 } ?? scope
        (self.id, self.scope, self.article) = (incoming.id, scope, article)
    }
}

/// What ``TMStore/release(article:dryRun:)`` did (or would do) to the units an article or file held.
public struct ArticleRelease: Hashable, Sendable {
    /// Units that nothing else held: deleted.
    public var deleted: Int
    /// Units another file also holds: kept for it (the article's claim dropped, or the unit handed over).
    public var kept: Int

    /// Every unit the article or file held: ``deleted`` plus ``kept``.
    public var held: Int { deleted + kept }

    /// A release of `deleted` units deleted and `kept` kept.
    public init(deleted: Int = 0, kept: Int = 0) { (self.deleted, self.kept) = (deleted, kept) }
}

/// The plan of a release (``TMStore/release(article:dryRun:)``), which both stores carry out: which of the units
/// the article owns are deleted and which are handed over to a file that claims them too, and how many units
/// it only claims.
package struct ReleasePlan {
    /// The owned units no one else claims.
    package var deletions: [Int64] = []
    /// The owned units another article or file claims.
    package var handovers: [Int64] = []
    /// The units the article only claims (owned by another).
    package var claimedOnly = 0

    /// The plan for the owned units `owned` (primary keys), given whether another article or file claims each
    /// (`claimedByOthers`) and the keys of the units the article claims.
    package init(owned: [Int64], claimed: Set<Int64>, claimedByOthers: (Int64) throws -> Bool) rethrows {
        for pk in owned {
            if try claimedByOthers(pk) { handovers.append(pk) } else { deletions.append(pk) }
        }
        claimedOnly = claimed.subtracting(owned).count
    }

    /// The release as counted.
    package var release: ArticleRelease { ArticleRelease(deleted: deletions.count, kept: handovers.count + claimedOnly) }
}
