import Foundation
import TaalgrensCore
import XMLSupport

/// Reads TBX termbases into ``TermEntry`` values.
///
/// Two generations of the format are accepted, recognised by the root element:
/// - **TBX v3** (ISO 30042:2019, namespace `urn:iso:std:iso:30042:ed-2`), root `<tbx>`, in the
///   TBX-Basic dialect: `conceptEntry` › `langSec` › `termSec` › `term`. Both styles of ISO 30042:2019
///   section 8 are read: DCA (data categories as attribute values, `<termNote type="partOfSpeech">`) and
///   DCT (data categories as element names, `<min:partOfSpeech>`, `<basic:administrativeStatus>`).
/// - **TBX 2008** (ISO 30042:2008, LISA "martif"), root `<martif>`, as OmegaT and Okapi write it:
///   `termEntry` › `langSet` › `tig` (or `ntig` › `termGrp`) › `term`.
/// - **TBX-Min** in its first form (LTAC/TerminOrgs 2014, before TBX v3 took it in as a dialect), root
///   `<TBX dialect="TBX-Min">` with `<header>` and `<body>` (no `<text>`): `conceptEntry` › `langGroup` ›
///   `termGroup` › `term`, data categories as elements (`<termStatus>`, `<partOfSpeech>`, `<note>`,
///   `<subjectField>` on the entry), as UTX converters and the TBX-Min tools write it.
///
/// A document whose root is MultiTerm XML's `<mtf>` is handed to ``MultiTermReader``.
///
/// An entry without an `id` (optional in the TBX 2008 core structure; Translate Toolkit, Weblate and XTM
/// write none) gets one from its line, `line<n>` (made unique against the file's own ids), and the
/// termbase notes say so once per file.
///
/// A language section's `xml:lang` (or a bare `lang`, as some TBX 2008 exports write it; tags in any case,
/// `EN-GB`) decides its language, never its position in the entry. Data categories read:
/// `administrativeStatus` (and TBX 2008's `normativeAuthorization`), a tool's own status field such as
/// SDL MultiTerm's `<termNote type="Usage">forbidden</termNote>` (``TermStatus/isStatusField(_:)``), `partOfSpeech`,
/// `definition`, `subjectField`, `note`; Taalgrens's `taalgrens:` note conventions (see
/// ``TermProperties``) at entry or term level. Everything else (`context`, `source`, `transac`, …) is
/// ignored; a status word in a field that is not a status field, or an unknown value in a tool's status
/// field, gives a ``TermbaseNote``. Parsing goes through ``XMLTree`` and so never resolves external entities.
enum TBXReader {
    /// Parses a TBX document.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file name for messages and for ``TermEntry/file``.
    /// - Throws: `InputError` with the file, line and what was expected: malformed XML; a root other
    ///   than `<tbx>`, `<martif>`, `<TBX dialect="TBX-Min">` or `<mtf>`; an id used twice; a language section
    ///   without a well-formed `xml:lang`; a term section without a non-empty `<term>`; an unknown
    ///   status; an unknown `taalgrens:` note.
    /// - Returns: the entries in file order, and the notes about fields read or left (``TermbaseNote``).
    /// - Complexity: O(n) in the document size.
    static func read(_ data: Data, file: String) throws -> (entries: [TermEntry], notes: [TermbaseNote]) {
        let root = try XMLTree.parse(data, file: file)
        let parser: Dialect
        switch root.localName {
        case "tbx": parser = .v3
        case "martif": parser = .v2008
        case "TBX" where root[attribute: "dialect"]?.lowercased() == "tbx-min": parser = .min2014
        case "mtf": return try MultiTermReader.read(root, file: file)
        default:
            throw InputError(file: file, line: root.line,
                             "expected a TBX termbase (root element <tbx> of TBX v3, <martif> of TBX 2008, or <TBX dialect=\"TBX-Min\">) or MultiTerm XML (<mtf>), found <\(root.name)>")
        }
        let body: XMLTree
        if parser == .min2014 {
            guard let min = root.element("body") else {
                throw InputError(file: file, line: root.line, "expected <body> holding the concept entries inside <\(root.name)>")
            }
            body = min
        } else {
            guard let text = root.element("text"), let inner = text.element("body") else {
                throw InputError(file: file, line: root.line, "expected <text><body> holding the term entries inside <\(root.name)>")
            }
            body = inner
        }
        let elements = body.elements()
        // Ids the file gives itself, so that an id made from a line never takes one of them.
        let ownIDs = Set(elements.compactMap { $0[attribute: "id"]?.trimmingCharacters(in: .whitespaces) })
        var seen: [String: Int] = [:]
        var entries: [TermEntry] = []
        var notes: [TermbaseNote] = []
        var generated: [String] = []
        for element in elements {
            guard element.localName == parser.entryName else {
                throw InputError(file: file, line: element.line, "expected <\(parser.entryName)> inside <body>, found <\(element.name)>")
            }
            var fallback: String?
            if element[attribute: "id"]?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
                var id = "line\(element.line)", n = 1
                while ownIDs.contains(id) || seen[id] != nil { n += 1; id = "line\(element.line)-\(n)" }
                fallback = id
                generated.append(id)
            }
            let entry = try readEntry(element, id: fallback, dialect: parser, file: file, notes: &notes)
            if let first = seen[entry.id] {
                throw InputError(file: file, line: element.line, "concept id '\(entry.id)' is used twice (first on line \(first)): expected unique ids")
            }
            seen[entry.id] = element.line
            entries.append(entry)
        }
        if let first = generated.first {
            notes.append(TermbaseNote(file: file, line: nil,
                "\(generated.count) of \(entries.count) \(generated.count == 1 ? "entry has" : "entries have") no id attribute (TBX allows that): each was given an id from its line, such as '\(first)'; such ids change when lines are added above the entry"))
        }
        return (entries, notes)
    }

    enum Dialect {
        case v3, v2008, min2014
        var entryName: String { self == .v2008 ? "termEntry" : "conceptEntry" }
        var languageName: String {
            switch self {
            case .v3: "langSec"
            case .v2008: "langSet"
            case .min2014: "langGroup"
            }
        }
        var termName: String {
            switch self {
            case .v3: "termSec"
            case .v2008: "tig"
            case .min2014: "termGroup"
            }
        }
    }

    /// One entry. `id` is the id made from the line for an entry without an `id` attribute.
    private static func readEntry(_ element: XMLTree, id fallback: String?, dialect: Dialect, file: String,
                                  notes: inout [TermbaseNote]) throws -> TermEntry {
        guard let id = fallback ?? element[attribute: "id"]?.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
            throw InputError(file: file, line: element.line, "expected an id attribute on <\(element.name)> (the concept id)")
        }
        var entry = TermEntry(id: id, terms: [], file: file)
        var sawLanguage = false
        for child in element.elements() {
            switch child.localName {
            case dialect.languageName:
                sawLanguage = true
                try readLanguage(child, into: &entry, dialect: dialect, file: file, notes: &notes)
            case "note":
                try note(child, into: &entry.properties, notes: &entry.notes, file: file)
            default:
                if let (category, value) = dataCategory(child) {
                    switch category {
                    case "subjectField": entry.subjectField = value
                    case "definition": entry.definition = value
                    default: break
                    }
                }
            }
        }
        guard sawLanguage else {
            throw InputError(file: file, line: element.line, "expected at least one <\(dialect.languageName) xml:lang=\"…\"> in entry '\(id)'")
        }
        return entry
    }

    private static func readLanguage(_ element: XMLTree, into entry: inout TermEntry, dialect: Dialect, file: String,
                                     notes: inout [TermbaseNote]) throws {
        // `lang` without the xml: prefix (older TBX 2008 exports) is read as xml:lang.
        guard let raw = element[attribute: "xml:lang"] ?? element[attribute: "lang"] else {
            throw InputError(file: file, line: element.line, "expected an xml:lang attribute on <\(element.name)> (its language decides the language of its terms)")
        }
        guard let locale = LanguageTag(raw) else {
            throw InputError(file: file, line: element.line, "expected a BCP 47 language tag in xml:lang, found '\(raw)'")
        }
        var sawTerm = false
        for child in element.elements() {
            switch child.localName {
            case "termSec", "tig", "ntig", "termGroup":
                sawTerm = true
                entry.terms.append(try readTerm(child, locale: locale, file: file, notes: &notes))
            case "note":
                // A note on a language section is kept as an ordinary entry note; conventions on a
                // language section would be ambiguous, so they must sit on the entry or the term.
                let text = normalizedText(child)
                if text.lowercased().hasPrefix(TermProperties.notePrefix) {
                    throw InputError(file: file, line: child.line,
                                     "expected Taalgrens notes on the <\(dialect.entryName)> or on the term, not on <\(element.name)>")
                }
                if !text.isEmpty { entry.notes.append(text) }
            default:
                if let (category, value) = dataCategory(child), category == "definition" {
                    entry.definitions[locale] = value
                }
            }
        }
        guard sawTerm else {
            throw InputError(file: file, line: element.line,
                             "expected at least one term section (<\(dialect.termName)>) in <\(element.name) xml:lang=\"\(raw)\">")
        }
    }

    private static func readTerm(_ element: XMLTree, locale: LanguageTag, file: String, notes: inout [TermbaseNote]) throws -> Term {
        // ntig keeps its term and term notes inside <termGrp>; everything else sits directly inside.
        var children = element.elements()
        if let group = element.element("termGrp") { children = group.elements() + element.elements().filter { $0.localName != "termGrp" } }
        var text: String?
        var term = Term(text: "", locale: locale)
        for child in children {
            switch child.localName {
            case "term":
                text = normalizedText(child)
            case "note":
                try note(child, into: &term.properties, notes: &term.notes, file: file)
            default:
                guard let (category, value) = dataCategory(child) else { continue }
                switch category {
                case "administrativeStatus", "normativeAuthorization", "termStatus":
                    guard let status = TermStatus(tbx: value) else {
                        throw InputError(file: file, line: child.line,
                                         "expected a term status (preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts), found '\(value)'")
                    }
                    term.status = status
                case "partOfSpeech":
                    term.partOfSpeech = value
                case "termType":
                    term.termType = value
                case "reliabilityCode":
                    // ISO 12620's 1–10, as IATE exports it: a term of low reliability gives warnings, not errors.
                    if let level = Term.reliability(fromTBXCode: value) {
                        term.reliability = level
                    } else {
                        notes.append(TermbaseNote(file: file, line: child.line,
                            "the reliabilityCode of term '\(termText(children))' says '\(value)', which is no reliability code (1 to 10): the term's reliability is left unknown"))
                    }
                case _ where TermStatus.isStatusField(category):
                    // A tool's own status field (MultiTerm's "Usage", a "Status" picklist).
                    if let status = TermStatus(fieldValue: value) {
                        term.status = status
                    } else {
                        notes.append(TermbaseNote(file: file, line: child.line,
                            "the \(category) field of term '\(termText(children))' says '\(value)', which is not a term status Taalgrens knows (preferred, admitted, deprecated/forbidden, superseded): the term stays \(term.status.rawValue)"))
                    }
                case "definition", "context", "source", "subjectField", "grammaticalGender", "geographicalUsage":
                    break
                default:
                    // A status word in a field the reader does not take statuses from: say so, never ignore it in silence.
                    if let status = TermStatus(fieldValue: value) {
                        notes.append(TermbaseNote(file: file, line: child.line,
                            "the \(category) field of term '\(termText(children))' says '\(value)', which reads like the status \(status.rawValue), but Taalgrens takes statuses only from administrativeStatus, normativeAuthorization, termStatus or a field named Usage or Status: the term stays \(term.status.rawValue)"))
                    }
                }
            }
        }
        guard let text, !text.isEmpty else {
            throw InputError(file: file, line: element.line, "expected a non-empty <term> in <\(element.name)>")
        }
        term.text = text
        return term
    }

    /// The text of the `<term>` among a term section's elements, for notes.
    private static func termText(_ children: [XMLTree]) -> String {
        children.first { $0.localName == "term" }.map(normalizedText) ?? ""
    }

    /// A data category element as (category, value): DCA style `<termNote type="partOfSpeech">noun</termNote>`
    /// (also `descrip`, `admin`, inside `…Grp` wrappers), or DCT style `<min:partOfSpeech>noun</min:partOfSpeech>`.
    private static func dataCategory(_ element: XMLTree) -> (String, String)? {
        switch element.localName {
        case "termNote", "descrip", "admin":
            guard let type = element[attribute: "type"] else { return nil }
            return (canonicalCategory(type), normalizedText(element))
        case "termNoteGrp", "descripGrp", "adminGrp":
            return element.elements().lazy.compactMap(dataCategory).first
        case "term", "note", "termSec", "langSec", "tig", "ntig", "termGrp", "termGroup", "langGroup", "ref", "xref", "transacGrp", "transac":
            return nil
        default:
            return (element.localName, normalizedText(element))
        }
    }

    /// The data categories the reader acts on, as ISO 30042 spells them.
    private static let knownCategories = [
        "administrativeStatus", "normativeAuthorization", "termStatus", "partOfSpeech", "definition", "context",
        "source", "subjectField", "grammaticalGender", "termType", "geographicalUsage", "reliabilityCode",
    ]
    private static let categoryByLowercase = Dictionary(uniqueKeysWithValues: knownCategories.map { ($0.lowercased(), $0) })

    /// A `type` value as the standard spells it when it names a known data category in another case: tools
    /// export what their users typed (translate5 writes `<descrip type="Definition">`); any other value as given.
    private static func canonicalCategory(_ type: String) -> String {
        categoryByLowercase[type.lowercased()] ?? type
    }

    private static func note(_ element: XMLTree, into properties: inout TermProperties, notes: inout [String], file: String) throws {
        let text = normalizedText(element)
        do {
            if try !properties.apply(note: text), !text.isEmpty { notes.append(text) }
        } catch {
            throw InputError(file: file, line: element.line, error.message)
        }
    }

    /// Text content with runs of white space collapsed to one space and trimmed (TBX content is not
    /// white-space significant; terms never hold line breaks).
    static func normalizedText(_ element: XMLTree) -> String {
        element.textContent.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .joined(separator: " ")
    }
}
