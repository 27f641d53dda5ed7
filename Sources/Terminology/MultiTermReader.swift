import Foundation
import TaalgrensCore
import XMLSupport

/// Reads SDL/RWS MultiTerm XML (the termbase export of MultiTerm and Trados Studio, root `<mtf>`) into
/// ``TermEntry`` values.
///
/// The structure, as MultiTerm's XML export writes it: `<mtf>` › `<conceptGrp>` (one concept; its number in
/// `<concept>`) › `<languageGrp>` (its language in `<language lang="EN-US" type="English"/>`) › `<termGrp>` ›
/// `<term>`. Fields are user-defined `<descripGrp><descrip type="…">` at each of the three levels, history is
/// `<transacGrp>`. Read: a field named like a status field (`Status`, `Usage`, …, ``TermStatus/isStatusField(_:)``)
/// on a term gives its status (``TermStatus/init(fieldValue:)``); `Part of speech` its part of speech; `Definition`
/// on a concept or a language; `Subject` (or `Subject field`) on a concept; `Note` (and `Comment`) as notes, except
/// that a note whose whole text is a Taalgrens convention (`taalgrens:dnt`, ``TermProperties``) sets that property on
/// the concept or the term, as a `<note>` does in TBX (blind set 7: a MultiTerm user marks names kept as is there).
/// Other fields and the history are left out. Several languages and several terms per language are kept in
/// file order. MultiTerm writes the export in UTF-16 with a byte-order mark; ``XMLTree`` reads any encoding the
/// XML declaration or the mark gives, and never resolves external entities.
enum MultiTermReader {
    /// Reads the entries of a parsed `<mtf>` document.
    /// - Parameters:
    ///   - root: the `<mtf>` element.
    ///   - file: the file name for messages and for ``TermEntry/file``.
    /// - Throws: `InputError` with the file, line and what was expected: an element other than
    ///   `<conceptGrp>` in `<mtf>`; a concept number used twice; a `<languageGrp>` without a
    ///   `<language lang="…">` holding a language code; a `<termGrp>` without a non-empty `<term>`; a concept
    ///   without any term; a note starting with `taalgrens:` that is no convention, or one on a `<languageGrp>`
    ///   (put it on the concept or the term).
    /// - Returns: the entries in file order and the notes about fields read or left (``TermbaseNote``).
    /// - Complexity: O(n) in the document size.
    static func read(_ root: XMLTree, file: String) throws -> (entries: [TermEntry], notes: [TermbaseNote]) {
        var entries: [TermEntry] = []
        var notes: [TermbaseNote] = []
        var seen: [String: Int] = [:]
        var generated = 0
        for concept in root.elements() {
            guard concept.localName == "conceptGrp" else {
                throw InputError(file: file, line: concept.line, "expected <conceptGrp> inside <mtf>, found <\(concept.name)>")
            }
            var id = concept.element("concept").map(TBXReader.normalizedText) ?? ""
            if id.isEmpty {
                // MultiTerm always numbers its concepts; a hand-made file may not.
                id = "line\(concept.line)"
                generated += 1
            }
            if let first = seen[id] {
                throw InputError(file: file, line: concept.line, "concept number '\(id)' is used twice (first on line \(first)): expected unique <concept> numbers")
            }
            seen[id] = concept.line
            var entry = TermEntry(id: id, terms: [], file: file)
            for child in concept.elements() {
                switch child.localName {
                case "languageGrp":
                    try readLanguage(child, into: &entry, file: file, notes: &notes)
                case "descripGrp", "descrip":
                    guard let (field, value) = field(child) else { continue }
                    switch fieldKind(field) {
                    case .definition: entry.definition = value
                    case .subject: entry.subjectField = value
                    case .note: try note(value, at: child, into: &entry.properties, notes: &entry.notes, file: file)
                    default: break
                    }
                default:
                    break
                }
            }
            guard !entry.terms.isEmpty else {
                throw InputError(file: file, line: concept.line, "expected at least one <languageGrp> with a <termGrp><term> in concept '\(id)'")
            }
            entries.append(entry)
        }
        if generated > 0 {
            notes.append(TermbaseNote(file: file, line: nil,
                "\(generated) of \(entries.count) concepts have no <concept> number: each was given an id from its line, such as 'line…'"))
        }
        return (entries, notes)
    }

    private static func readLanguage(_ element: XMLTree, into entry: inout TermEntry, file: String, notes: inout [TermbaseNote]) throws {
        guard let language = element.element("language"), let raw = language[attribute: "lang"] else {
            throw InputError(file: file, line: element.line, "expected <language lang=\"…\"> (a language code such as EN-US) first in <languageGrp>")
        }
        guard let locale = LanguageTag(raw) else {
            throw InputError(file: file, line: language.line, "expected a language code such as EN-US or FR in <language lang>, found '\(raw)'")
        }
        for child in element.elements() {
            switch child.localName {
            case "termGrp":
                entry.terms.append(try readTerm(child, locale: locale, file: file, notes: &notes))
            case "descripGrp", "descrip":
                guard let (field, value) = field(child) else { continue }
                switch fieldKind(field) {
                case .definition: entry.definitions[locale] = value
                case .note:
                    // As in TBX: a convention on a language would be ambiguous, so it sits on the concept or the term.
                    if value.lowercased().hasPrefix(TermProperties.notePrefix) {
                        throw InputError(file: file, line: child.line,
                                         "expected Taalgrens notes in a Note field of the <conceptGrp> or the <termGrp>, not of the <languageGrp>")
                    }
                    entry.notes.append(value)
                default: break
                }
            default:
                break
            }
        }
    }

    private static func readTerm(_ element: XMLTree, locale: LanguageTag, file: String, notes: inout [TermbaseNote]) throws -> Term {
        guard let text = element.element("term").map(TBXReader.normalizedText), !text.isEmpty else {
            throw InputError(file: file, line: element.line, "expected a non-empty <term> in <termGrp>")
        }
        var term = Term(text: text, locale: locale)
        for child in element.elements() where child.localName == "descripGrp" || child.localName == "descrip" {
            guard let (field, value) = field(child) else { continue }
            switch fieldKind(field) {
            case .status:
                if let status = TermStatus(fieldValue: value) {
                    term.status = status
                } else {
                    notes.append(TermbaseNote(file: file, line: child.line,
                        "the \(field) field of term '\(text)' says '\(value)', which is not a term status Taalgrens knows (preferred, admitted, deprecated/forbidden, superseded): the term stays \(term.status.rawValue)"))
                }
            case .partOfSpeech: term.partOfSpeech = value
            case .note: try note(value, at: child, into: &term.properties, notes: &term.notes, file: file)
            case .definition, .subject, .other: break
            }
        }
        return term
    }

    /// A Note field's value: a Taalgrens convention sets its property, any other text is kept as a note.
    private static func note(_ value: String, at element: XMLTree, into properties: inout TermProperties,
                             notes: inout [String], file: String) throws {
        do {
            if try !properties.apply(note: value) { notes.append(value) }
        } catch {
            throw InputError(file: file, line: element.line, error.message)
        }
    }

    private enum FieldKind { case status, partOfSpeech, definition, subject, note, other }

    /// What a user-defined field name means; case, spaces, `-` and `_` are ignored.
    private static func fieldKind(_ name: String) -> FieldKind {
        if TermStatus.isStatusField(name) { return .status }
        let key = name.lowercased().filter { $0.isLetter }
        switch key {
        case "partofspeech", "pos", "grammar": return .partOfSpeech
        case "definition": return .definition
        case "subject", "subjectfield", "domain": return .subject
        case "note", "notes", "comment", "comments": return .note
        default: return .other
        }
    }

    /// A field as (name, value): `<descrip type="…">value</descrip>`, directly or the first inside a
    /// `<descripGrp>`; `nil` without a type or with an empty value.
    private static func field(_ element: XMLTree) -> (String, String)? {
        let descrip = element.localName == "descrip" ? element : element.element("descrip")
        guard let descrip, let type = descrip[attribute: "type"] else { return nil }
        let value = TBXReader.normalizedText(descrip)
        return value.isEmpty ? nil : (type, value)
    }
}
