import Foundation
import TaalgrensCore

/// A termbase: term entries (concepts) with their terms per language, read from one or more files.
///
/// Files in TBX v3 (TBX-Basic), TBX 2008 (`martif`) and CSV/TSV are read (see `docs/terminology.md`);
/// ``tbx(sourceLanguage:)`` and ``csv(separator:)`` write it back. Entries keep the order of their
/// files. Within one file a concept id is unique; when files merged into one termbase share an id (two
/// glossaries numbered alike), ``merging(_:)`` qualifies each clashing id by its file, so every id in a
/// termbase is unique and a TBX export reads back.
public struct Termbase: Hashable, Codable, Sendable {
    /// Every entry, in file order.
    public var entries: [TermEntry]

    /// What the readers noticed without refusing the files (a status-like field they could not map,
    /// qualified ids), in file order; the caller reports them when the termbase loads. Not encoded.
    public var notes: [TermbaseNote] = []

    private enum CodingKeys: String, CodingKey { case entries }

    /// A termbase of these entries (empty by default), with the readers' notes.
    public init(entries: [TermEntry] = [], notes: [TermbaseNote] = []) {
        self.entries = entries
        self.notes = notes
    }

    /// The first entry with this concept id.
    /// - Complexity: O(n) in the number of entries.
    public func entry(id: String) -> TermEntry? { entries.first { $0.id == id } }

    /// Every locale that has terms, sorted.
    public var locales: [LanguageTag] { Array(Set(entries.flatMap { $0.terms.map(\.locale) })).sorted() }

    /// The entries that have at least one term for `locale` (language with region fallback), in order:
    /// the listing behind `taalgrens terms list`.
    public func entries(for locale: LanguageTag) -> [TermEntry] { entries.filter { !$0.terms(for: locale).isEmpty } }

    /// This termbase followed by `other`'s entries and notes. Where an entry of `other` has the concept
    /// id of an entry from another file, every entry with that id is qualified by its file
    /// (``qualifiedID(_:file:)``: `c1` from `multiterm.tbx` becomes `multiterm.tbx-c1`), with a note
    /// naming both files; entries from the same file keep their ids.
    /// - Complexity: O(n) in the number of entries of both.
    public func merging(_ other: Termbase) -> Termbase {
        var merged = Termbase(entries: entries + other.entries, notes: notes + other.notes)
        // The id each entry had in its file: a qualified id is undone, so a third file's `c1` still clashes.
        func original(_ entry: TermEntry) -> String {
            guard let file = entry.file else { return entry.id }
            let prefix = Self.qualifiedID("", file: file)
            return entry.id.hasPrefix(prefix) && entry.id.count > prefix.count ? String(entry.id.dropFirst(prefix.count)) : entry.id
        }
        // An entry built in code has no file: it keeps its id, and the file entries around it are qualified.
        var filesByID: [String: [String]] = [:]
        for entry in merged.entries where !filesByID[original(entry), default: []].contains(entry.file ?? "") {
            filesByID[original(entry), default: []].append(entry.file ?? "")
        }
        let clashing = filesByID.filter { $0.value.count > 1 }
        guard !clashing.isEmpty else { return merged }
        let taken = Set(merged.entries.map(\.id))
        for i in merged.entries.indices {
            let id = original(merged.entries[i])
            guard clashing[id] != nil, let file = merged.entries[i].file else { continue }
            var qualified = Self.qualifiedID(id, file: file)
            if qualified != merged.entries[i].id, taken.contains(qualified) { qualified = Self.qualifiedID(id, file: file, full: true) }
            merged.entries[i].id = qualified
        }
        for (id, files) in clashing.sorted(by: { $0.key < $1.key }) where entries.contains(where: { original($0) == id })
            && other.entries.contains(where: { original($0) == id }) {
            // A clash inside one side was noted when that side was merged.
            let named = files.filter { !$0.isEmpty }
            merged.notes.append(TermbaseNote(file: named.last ?? "",
                "concept id '\(id)' is used in \(named.joined(separator: " and ")): reported as \(named.map { Self.qualifiedID(id, file: $0) }.joined(separator: ", "))"))
        }
        return merged
    }

    /// A concept id made unique by the file it comes from: the file's name (`multiterm.tbx`; its whole
    /// path when `full`), a `-`, the id. Characters an XML name cannot hold become `_`, and a name that
    /// does not start with a letter or `_` gets a leading `_`, so the result is a valid TBX `id` (an XML
    /// NCName, XML Namespaces 1.0 section 3) whenever the id itself is one.
    public static func qualifiedID(_ id: String, file: String, full: Bool = false) -> String {
        let name = full ? file : (file as NSString).lastPathComponent
        var prefix = String(name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" ? $0 : "_" })
        if let first = prefix.first, !(first.isLetter || first == "_") { prefix = "_" + prefix }
        return prefix + "-" + id
    }

    /// The termbase as a TBX v3 TBX-Basic document (DCA style), UTF-8.
    /// - Parameter sourceLanguage: the root `xml:lang`; by default `en`.
    public func tbx(sourceLanguage: LanguageTag = "en") -> Data {
        TBXWriter.write(entries, sourceLanguage: sourceLanguage, description: "Termbase written by Taalgrens")
    }

    /// The termbase as CSV (or TSV with a tab separator) in the term-row layout: a header
    /// `id,locale,term,status,partOfSpeech,definition,note,entryNote,subjectField`, then one row per term.
    public func csv(separator: Character = ",") -> String { TermbaseCSV.write(entries, separator: separator) }
}
