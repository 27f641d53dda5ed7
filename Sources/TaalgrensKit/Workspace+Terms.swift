import Alignment
import Foundation
import Synchronization
import TaalgrensCore
import Terminology

/// One term entry as `taalgrens terms` prints it.
public struct TermEntryReport: Codable, Sendable {
    /// One term of the entry, in one locale.
    public struct TermReport: Codable, Sendable {
        /// The term as written in the termbase.
        public var text: String
        /// The term's locale (BCP 47).
        public var locale: LanguageTag
        /// `preferred`, `admitted`, `deprecated` or `superseded` (from TBX `administrativeStatus` and its synonyms).
        public var status: TermStatus
        /// The part of speech, when the termbase gives one.
        public var partOfSpeech: String?
        /// TBX `termType` (`fullForm`, `abbreviation`, …), when the termbase gives one; not encoded otherwise.
        public var termType: String?
        /// IATE's reliability code, 1 (not verified) to 4 (very reliable), when the termbase gives one; not
        /// encoded otherwise. A term rated 1 or 2 makes its check findings warnings (`docs/terminology.md`).
        public var reliability: Int?
        /// The notes on the term (TBX `note` at term level, a glossary's per-language note column), in
        /// termbase order; `nil` (not encoded) when it has none.
        public var notes: [String]?
    }
    /// The term entry's id (TBX `conceptEntry`/`termEntry` id).
    public var id: String
    /// The entry's concept-level definition, when it has one.
    public var definition: String?
    /// Language-level definitions (TBX `definition` inside a `langSec`), by locale; absent when there are
    /// none. JSON: `"definitions": {"en": "…", "nl": "…"}`.
    public var definitions: [String: String]?
    /// Whether a term of the entry is to be kept as written in every locale (a name, a brand).
    public var doNotTranslate: Bool
    /// The entry's terms, in termbase order.
    public var terms: [TermReport]
    /// The notes on the entry, in termbase order (`taalgrens:` conventions are properties, not notes);
    /// `nil` (not encoded) when it has none.
    public var notes: [String]?

    init(_ entry: TermEntry) {
        id = entry.id
        definition = entry.definition
        definitions = entry.definitions.isEmpty ? nil : Dictionary(uniqueKeysWithValues: entry.definitions.map { ($0.key.identifier, $0.value) })
        definitionOrder = entry.locales.filter { entry.definitions[$0] != nil }.map(\.identifier)
            + entry.definitions.keys.filter { !entry.locales.contains($0) }.map(\.identifier).sorted()
        doNotTranslate = entry.terms.contains { entry.effectiveProperties(of: $0).doNotTranslate }
        terms = entry.terms.map { TermReport(text: $0.text, locale: $0.locale, status: $0.status, partOfSpeech: $0.partOfSpeech,
                                             termType: $0.termType, reliability: $0.reliability, notes: $0.notes.isEmpty ? nil : $0.notes) }
        notes = entry.notes.isEmpty ? nil : entry.notes
    }

    /// The locales of ``definitions`` in the order of the entry's terms (then any other, sorted): the order
    /// the text lists them in. Not encoded.
    private var definitionOrder: [String] = []

    private enum CodingKeys: String, CodingKey { case id, definition, definitions, doNotTranslate, terms, notes }

    /// `c07  helpline (en, preferred) · hulplijn (nl, preferred) · …` (IATE's reliability code after the status
    /// when the termbase gives one: `(fr, superseded, reliability 2)`), then one indented line per
    /// definition: `   definition: …` (the concept's), `   definition (en): …` (a language's), then per
    /// note: `   note: …` (the entry's), `   note on “hotline” (fr-BE): …` (a term's).
    var line: String {
        let list = terms.map { "\($0.text) (\($0.locale), \($0.status)\($0.reliability.map { ", reliability \($0)" } ?? ""))" }.joined(separator: " · ")
        var out = "\(id)\(doNotTranslate ? " [do not translate]" : "")  \(list)"
        if let definition { out += "\n   definition: \(definition)" }
        for locale in definitionOrder {
            if let text = definitions?[locale] { out += "\n   definition (\(locale)): \(text)" }
        }
        for note in notes ?? [] { out += "\n   note: \(note)" }
        for term in terms { for note in term.notes ?? [] { out += "\n   note on “\(term.text)” (\(term.locale)): \(note)" } }
        return out
    }
}

/// The result of `taalgrens terms lookup` and `taalgrens terms list`.
public struct TermListReport: Codable, Sendable {
    /// The looked-up text (`terms lookup`), or `nil` for `terms list`.
    public var query: String?
    /// The locale the query was read in, when given.
    public var locale: LanguageTag?
    /// The entries found, in termbase order.
    public var entries: [TermEntryReport]

    /// One line per entry; a line saying so when nothing was found.
    public var text: String {
        if entries.isEmpty { return query.map { "no term entry for '\($0)'\n" } ?? "the termbase is empty\n" }
        return entries.map(\.line).joined(separator: "\n") + "\n"
    }
}

/// The termbase notes this process has said, so that each is said once however often the termbases are read.
private let saidTermbaseNotes = Mutex<Set<String>>([])

extension Workspace {
    /// Loads the termbases: every TBX/CSV file in `Glossary/` unless `includeDefault` is false, plus `extra`.
    /// The termbase's ``Termbase/notes`` are logged as warnings (standard error on the command line), each
    /// once per process.
    /// - Throws: ``InputError`` for a missing or malformed termbase (file, line and what was expected).
    public func termbase(extra: [URL] = [], includeDefault: Bool = true) throws -> Termbase {
        try job {
            var termbase = includeDefault ? try Termbase.loadDefault(from: data) : Termbase()
            if !extra.isEmpty { termbase = termbase.merging(try Termbase.load(extra, languages: glossaryLanguages)) }
            // What the readers noticed (a status field they could not map, qualified ids) is said, never lost,
            // and once: a job may read the termbases twice (an article folder's alignment, then its check).
            for note in termbase.notes where saidTermbaseNotes.withLock({ $0.insert(note.description).inserted }) {
                logger.warning("note: \(note)")
            }
            return termbase
        }
    }

    /// Sets ``glossaryLanguages`` from the value of `--termbase-languages` (`en,nl-BE`); `nil` leaves it unset.
    /// - Throws: ``InputError`` naming the option and the value when it is not two different language tags.
    public mutating func useGlossaryLanguages(_ option: String?) throws {
        guard let option else { glossaryLanguages = nil; return }
        guard let languages = GlossaryLanguages(option) else {
            throw InputError(file: "--termbase-languages", "expected two different language tags separated by a comma, such as en,nl-BE, found '\(option)'")
        }
        glossaryLanguages = languages
    }

    /// The termbases the bundle jobs and alignment use: `Glossary/` unless ``includeDefaultTermbase`` is
    /// false, plus ``extraTermbases`` (``termbase(extra:includeDefault:)``).
    /// - Throws: ``InputError`` for a missing or malformed termbase.
    func selectedTermbase() throws -> Termbase {
        try termbase(extra: extraTermbases, includeDefault: includeDefaultTermbase)
    }

    /// The approved term pairs of the selected termbases (``selectedTermbase()``), as alignment anchors.
    func defaultTermPairs() throws -> [TermPair] {
        try selectedTermbase().entries.flatMap { entry in
            var byLocale: [LanguageTag: [String]] = [:]
            for term in entry.terms where term.status.isApproved { byLocale[term.locale, default: []].append(term.text) }
            return TermPair.pairs(concept: byLocale)
        }
    }

    /// `taalgrens terms lookup`: the entries a word or phrase belongs to, inflected forms included.
    /// - Throws: ``InputError`` for an unknown locale (`--locale`) or a malformed termbase.
    public func lookupTerm(_ word: String, locale: LanguageTag, termbases: [URL] = [], includeDefault: Bool = true) throws -> TermListReport {
        try job {
            try checkKnown([locale], option: "--locale")
            let termbase = try self.termbase(extra: termbases, includeDefault: includeDefault)
            let rules = try TerminologyData.load(from: data).rules(for: locale)
            return TermListReport(query: word, locale: locale,
                                  entries: termbase.lookup(word, locale: locale, rules: rules).map(TermEntryReport.init))
        }
    }

    /// `taalgrens terms list`: every entry.
    public func listTerms(termbases: [URL] = [], includeDefault: Bool = true) throws -> TermListReport {
        try job {
            TermListReport(query: nil, locale: nil,
                           entries: try termbase(extra: termbases, includeDefault: includeDefault).entries.map(TermEntryReport.init))
        }
    }

    /// `taalgrens terms export`: the termbase as TBX-Basic (TBX v3) or CSV, UTF-8.
    public func exportTerms(asTBX: Bool, termbases: [URL] = [], includeDefault: Bool = true) throws -> Data {
        try job {
            let termbase = try self.termbase(extra: termbases, includeDefault: includeDefault)
            return asTBX ? termbase.tbx() : Data(termbase.csv().utf8)
        }
    }

    /// ``exportTerms(asTBX:termbases:includeDefault:)`` written to `file` (`terms export -o FILE`) the way
    /// `tm export -o` writes: into a hidden file beside it, renamed over it when complete, so a failure leaves
    /// an earlier file as it was; a device or pipe is written directly.
    /// - Throws: as ``exportTerms(asTBX:termbases:includeDefault:)``; ``InputError`` when the folder of `file`
    ///   does not exist or `file` is a folder; ``TaalgrensKitError`` (exit code 3) when it cannot be written.
    public func exportTerms(asTBX: Bool, termbases: [URL] = [], includeDefault: Bool = true, to file: URL) throws {
        let data = try exportTerms(asTBX: asTBX, termbases: termbases, includeDefault: includeDefault)
        try job {
            let output = try OutputFile(file, kind: asTBX ? "TBX file" : "CSV file")
            do {
                try output.write(data)
                try output.commit()
            } catch {
                output.discard()
                throw error
            }
        }
    }
}
