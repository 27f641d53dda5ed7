import Foundation
import TaalgrensCore
import XMLSupport

/// Writes term entries as TBX-Basic in TBX v3 (ISO 30042:2019, namespace
/// `urn:iso:std:iso:30042:ed-2`), DCA style (section 8: data categories as `type` attribute values).
///
/// Layout: `tbx` › `tbxHeader` › `fileDesc` › `sourceDesc`; `text` › `body` › `conceptEntry` (with
/// `descrip type="subjectField"`, `descrip type="definition"`, `note`) › `langSec xml:lang` (with its
/// `descrip type="definition"`) › `termSec` (`term`, `termNote type="administrativeStatus"`,
/// `termNote type="partOfSpeech"`, `note`). Taalgrens properties are written as their `taalgrens:`
/// notes. Terms of one language are grouped in one `langSec`, in the order they first appear.
enum TBXWriter {
    /// The TBX v3 namespace.
    static let namespace = "urn:iso:std:iso:30042:ed-2"

    /// The document, UTF-8.
    /// - Parameters:
    ///   - entries: the entries, written in order.
    ///   - sourceLanguage: the root `xml:lang` (the termbase's main language).
    ///   - description: the text of `sourceDesc`.
    static func write(_ entries: [TermEntry], sourceLanguage: LanguageTag, description: String) -> Data {
        let w = XMLWriter(indent: true)
        w.start("tbx", ["type": "TBX-Basic", "style": "dca", "xml:lang": sourceLanguage.identifier, "xmlns": namespace])
        w.start("tbxHeader")
        w.start("fileDesc")
        w.start("sourceDesc")
        w.element("p", text: description)
        w.end(); w.end(); w.end()
        w.start("text")
        w.start("body")
        for entry in entries {
            w.start("conceptEntry", ["id": entry.id])
            if let s = entry.subjectField { w.element("descrip", ["type": "subjectField"], text: s) }
            if let d = entry.definition { w.element("descrip", ["type": "definition"], text: d) }
            for note in entry.properties.notes + entry.notes { w.element("note", text: note) }
            for locale in entry.locales {
                w.start("langSec", ["xml:lang": locale.identifier])
                if let d = entry.definitions[locale] { w.element("descrip", ["type": "definition"], text: d) }
                for term in entry.terms where term.locale == locale {
                    w.start("termSec")
                    w.element("term", text: term.text)
                    w.element("termNote", ["type": "administrativeStatus"], text: term.status.tbxValue)
                    if let pos = term.partOfSpeech { w.element("termNote", ["type": "partOfSpeech"], text: pos) }
                    if let type = term.termType { w.element("termNote", ["type": "termType"], text: type) }
                    if let level = term.reliability { w.element("descrip", ["type": "reliabilityCode"], text: String(Term.tbxCode(forReliability: level))) }
                    for note in term.properties.notes + term.notes { w.element("note", text: note) }
                    w.end()
                }
                w.end()
            }
            w.end()
        }
        return w.finish()
    }
}
