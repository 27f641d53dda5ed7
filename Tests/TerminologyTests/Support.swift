import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Terminology
import Testing

/// The repository root (``TestEnvironment/repository``).
let repositoryRoot = TestEnvironment.repository

/// The fixtures folder of this module.
let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures/terminology")

/// The repository's own locale rules (`Locales/*/terminology.json`).
func localeData() throws -> TerminologyData {
    try TerminologyData.load(from: DataDirectory(root: repositoryRoot))
}

/// Parses a TBX string.
func tbx(_ text: String, file: String = "test.tbx") throws -> Termbase {
    try Termbase.read(Data(text.utf8), format: .tbx, file: file)
}

/// A TBX v3 document around concept entries.
func tbx3(_ entries: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
      <text><body>
    \(entries)
      </body></text>
    </tbx>
    """
}

/// A concept entry with terms given as (locale, text, status) and optional entry notes.
func concept(_ id: String, notes: [String] = [], _ terms: [(String, String, String)]) -> String {
    var s = "<conceptEntry id=\"\(id)\">"
    for n in notes { s += "<note>\(n)</note>" }
    var byLocale: [(String, [(String, String)])] = []
    for (l, t, st) in terms {
        if let i = byLocale.firstIndex(where: { $0.0 == l }) { byLocale[i].1.append((t, st)) } else { byLocale.append((l, [(t, st)])) }
    }
    for (l, ts) in byLocale {
        s += "<langSec xml:lang=\"\(l)\">"
        for (t, st) in ts {
            s += "<termSec><term>\(t)</term><termNote type=\"administrativeStatus\">\(st)Term-admn-sts</termNote></termSec>"
        }
        s += "</langSec>"
    }
    return s + "</conceptEntry>"
}

/// A checker over a termbase with the repository's locale rules.
func checker(_ termbase: Termbase) throws -> TermChecker {
    TermChecker(termbase: termbase, sourceLocale: "en", data: try localeData())
}

/// A unit from plain strings.
func unit(_ id: String, en: String? = nil, nl: String? = nil, fr: String? = nil) -> CheckUnit {
    var v: [LanguageTag: RichText] = [:]
    if let en { v["en"] = RichText(plain: en) }
    if let nl { v["nl-BE"] = RichText(plain: nl) }
    if let fr { v["fr-BE"] = RichText(plain: fr) }
    return CheckUnit(id: id, variants: v)
}

extension Array where Element == Finding {
    /// The findings of one rule.
    func of(_ rule: CheckRule) -> [Finding] { filter { $0.rule == rule.id } }
}
