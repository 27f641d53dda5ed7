import Foundation
import TaalgrensCore

/// A termbase: term entries (concepts) with their terms per language, read from one or more files.
///
/// Files in TBX v3 (TBX-Basic), TBX 2008 (`martif`) and CSV/TSV are read (see `docs/terminology.md`);
/// ``tbx(sourceLanguage:)`` and ``csv(separator:)`` write it back. Entries keep the order of their
/// files. Entries from different files may share a concept id (two glossaries numbered alike); within
/// one file an id is unique.
public struct Termbase: Hashable, Codable, Sendable {
    /// Every entry, in file order.
    public var entries: [TermEntry]

    /// A termbase of these entries (empty by default).
    public init(entries: [TermEntry] = []) { self.entries = entries }

    /// The first entry with this concept id.
    /// - Complexity: O(n) in the number of entries.
    public func entry(id: String) -> TermEntry? { entries.first { $0.id == id } }

    /// Every locale that has terms, sorted.
    public var locales: [LanguageTag] { Array(Set(entries.flatMap { $0.terms.map(\.locale) })).sorted() }

    /// The entries that have at least one term for `locale` (language with region fallback), in order:
    /// the listing behind `taalgrens terms list`.
    public func entries(for locale: LanguageTag) -> [TermEntry] { entries.filter { !$0.terms(for: locale).isEmpty } }

    /// This termbase followed by `other`'s entries.
    public func merging(_ other: Termbase) -> Termbase { Termbase(entries: entries + other.entries) }

    /// The termbase as a TBX v3 TBX-Basic document (DCA style), UTF-8.
    /// - Parameter sourceLanguage: the root `xml:lang`; by default `en`.
    public func tbx(sourceLanguage: LanguageTag = "en") -> Data {
        TBXWriter.write(entries, sourceLanguage: sourceLanguage, description: "Termbase written by Taalgrens")
    }

    /// The termbase as CSV (or TSV with a tab separator) in the term-row layout: a header
    /// `id,locale,term,status,partOfSpeech,definition,note,entryNote,subjectField`, then one row per term.
    public func csv(separator: Character = ",") -> String { TermbaseCSV.write(entries, separator: separator) }
}
