import TaalgrensCore

/// `dnt-changed`: a name the termbase marks do-not-translate (`taalgrens:dnt`) occurs in the source,
/// and the target has neither the name as written nor one of the entry's approved terms for the
/// target's language. When the name is there in another form (other capitals, spaces or hyphens:
/// "Child-Focus", "childfocus") the finding points at that form; when only some of its words are
/// there, at those; otherwise at the source's name (the name was dropped). In a language that writes closed
/// compounds (`closedCompounds`, Dutch), a one-word name written as it is at the start of a word is kept
/// (``beginsClosedCompound(_:in:head:)``: "Snapchatgebruikers", "WhatsAppgroep"; blind set 6).
struct DNTChangedRule: UnitRule {
    let rule = CheckRule.dntChanged

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        guard let source = unit.source else { return [] }
        var out: [Finding] = []
        for target in unit.targets where !target.isUntranslated {
            var seen = Set<Int>()
            for name in source.names where seen.insert(name.entryIndex).inserted {
                // The name kept, or another approved name of the entry; a superseded or deprecated one does not
                // keep it ("Safer Internet Programme" for "Better Internet for Kids").
                if target.names.contains(where: { $0.entryIndex == name.entryIndex && ($0.term.text == name.term.text || $0.term.status.isApproved) }) { continue }
                if target.terms.contains(where: { $0.entryIndex == name.entryIndex && $0.term.status.isApproved }) { continue }
                let rules = context.rules(for: target.locale)
                if rules.closedCompounds, Self.beginsClosedCompound(name.term.text, in: target.wordTokens, head: rules.minimumCompoundModifier) { continue }
                let entry = context.entry(name)
                if let changed = TextSearch.looseMatch(of: name.term.text, in: target.text)
                    ?? TextSearch.partialName(name.term.text, in: target.text, locale: target.locale, rules: context.rules(for: target.locale)) {
                    out.append(rule.finding(target.locale, unit.id, termId: entry.id, text: changed.text, start: changed.start, end: changed.end,
                                            message: "The name \(quoted(name.term.text)) must stay as it is; the translation has \(quoted(changed.text)).",
                                            suggestion: name.term.text))
                } else {
                    out.append(rule.finding(target.locale, unit.id, termId: entry.id, text: name.text, start: name.start, end: name.end,
                                            message: "The name \(quoted(name.term.text)) is missing from the translation; it must appear as it is.",
                                            suggestion: name.term.text, textLocale: source.locale))
                }
            }
        }
        return out
    }

    /// Whether one of `words` is a closed compound that begins with the one-word `name` as written, capitals
    /// included, and goes on in small letters for at least `head` Characters: Dutch writes a compound on a
    /// one-word name as one word and keeps the name's capitals ("Snapchatgebruikers", "WhatsAppgroep",
    /// "Facebookpagina" in the Woordenlijst), so the name is there as it is. A name of several words never
    /// qualifies (Dutch joins it with a hyphen: "Child Focus-medewerkers", which recognition reads), nor a name
    /// with other capitals ("Whatsappgroep" changes the name), nor a name followed by a capital ("TikTokVideo").
    /// - Parameters:
    ///   - name: the name as the termbase writes it.
    ///   - words: the target's words (``VariantAnalysis/wordTokens``).
    ///   - head: the shortest rest of the compound, in Characters (the locale's `minimumCompoundModifier`).
    /// - Complexity: O(w) for w words.
    static func beginsClosedCompound(_ name: String, in words: [WordToken], head: Int) -> Bool {
        guard !name.isEmpty, !name.contains(where: { $0.isWhitespace || $0 == "-" }) else { return false }
        return words.contains { w in
            guard w.text.hasPrefix(name) else { return false }
            let rest = w.text.dropFirst(name.count)
            return rest.count >= head && rest.allSatisfy { $0.isLetter && $0.isLowercase }
        }
    }
}
