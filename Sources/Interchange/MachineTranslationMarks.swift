import Foundation
import TaalgrensCore

/// The marks by which an XLIFF file says that a target is machine translation, other than XLIFF 1.2's
/// `state-qualifier` (eighteenth trial, finding 1: eTranslation and DeepL output marked the XLIFF 2 way was
/// stored as a translator's sentence and served as a 100 % exact match).
///
/// - **ITS 2.0 MT Confidence** (W3C Internationalization Tag Set 2.0, §8.16; XLIFF 2.1 §5.8, the ITS module):
///   `its:mtConfidence` on the target, on a `<mrk>`/`<sm>` inside it, or on an element around it (segment,
///   unit, trans-unit). Only machine translation has an MT confidence; the `its:annotatorsRef` that names the
///   `mt-confidence` annotator (inherited, so an `annotatorsRef` alone says only that some element has one)
///   names the engine in the warning.
/// - **ITS 2.0 Provenance** (§8.11): `its:tool` or `its:toolRef` (the translation was made by a tool) where
///   no `its:person`/`its:personRef` names a translator and no `its:revPerson`/`its:revPersonRef` a
///   reviser. An organisation alone (`its:org`) says nothing of how.
/// - A **candidate of machine translation equal to the target** (XLIFF 2.1 §5.2, Translation Candidates:
///   `<mtc:match type="mt">`; XLIFF 1.2 `<alt-trans>` whose `origin` or `tool-id` names a machine
///   translation engine, ``isMachineTranslationOrigin(_:)``): the tool copied the engine's output into the
///   target; a translator's target that differs from the candidate is the translator's.
///
/// Such a target is stored as needing review, never offered as a 100 % match, as a `state-qualifier` of
/// `mt-suggestion` is (`docs/interchange.md`, "Machine translation and rejections"); a state of `final`
/// (2.x) or `signed-off`/`final` (1.2) outranks the mark: someone checked the sentence.
public enum MachineTranslationMarks {
    /// The ITS 2.0 namespace.
    public static let itsNamespace = "http://www.w3.org/2005/11/its"
    /// XLIFF 2.1's ITS module namespace (for the attributes it defines beyond ITS's own).
    public static let itsModuleNamespace = "urn:oasis:names:tc:xliff:itsm:2.1"

    /// The ITS mark of machine translation on `target`, inside it, or on `around` (the elements that contain
    /// it, innermost first), in words for a warning (`its:mtConfidence="0.82" from https://…, ITS MT Confidence`); `nil`
    /// when there is none.
    /// - Complexity: O(size of the target element) plus O(attributes of `around`).
    static func itsMark(target: NamespacedElement, around: [NamespacedElement]) -> String? {
        func its(_ e: NamespacedElement, _ name: String) -> String? {
            e.attribute(name, namespace: itsNamespace) ?? e.attribute(name, namespace: itsModuleNamespace)
        }
        var inside: [NamespacedElement] = []
        func collect(_ e: NamespacedElement) {
            for case .element(let child) in e.children {
                inside.append(child)
                collect(child)
            }
        }
        collect(target)
        let elements = inside + [target] + around
        for (index, e) in elements.enumerated() {
            guard let confidence = its(e, "mtConfidence") else { continue }
            // The engine: the annotator ITS names for MT Confidence there or around it (inherited).
            let engine = elements[index...].lazy.compactMap { its($0, "annotatorsRef").flatMap { annotator("mt-confidence", in: $0) } }.first
            return "its:mtConfidence=\"\(confidence)\"" + (engine.map { " from \($0)" } ?? "") + ", ITS MT Confidence"
        }
        // Provenance: the innermost element that says who translated decides.
        for e in elements {
            if its(e, "person") != nil || its(e, "personRef") != nil || its(e, "revPerson") != nil || its(e, "revPersonRef") != nil {
                return nil
            }
            if let tool = its(e, "tool") ?? its(e, "toolRef") {
                return "its:tool=\"\(tool)\", ITS Provenance: translated by a tool, no translator named"
            }
        }
        return nil
    }

    /// The IRI an ITS `annotatorsRef` value gives for `category` (`mt-confidence|https://… provenance|…`).
    static func annotator(_ category: String, in value: String) -> String? {
        for entry in value.split(separator: " ") {
            let parts = entry.split(separator: "|", maxSplits: 1)
            if parts.count == 2, parts[0] == category { return String(parts[1]) }
        }
        return nil
    }

    /// Whether a candidate's `origin` (or an XLIFF 1.2 `tool-id`) names a machine translation engine: a word
    /// `mt` or `machine`, or the name of an engine (eTranslation, DeepL, Google, Microsoft or Azure
    /// Translator, Bing, Amazon Translate, ModernMT, SYSTRAN, Yandex, Papago, Baidu, Apertium, Lingvanex).
    /// Compared without case, by words.
    /// - Complexity: O(length of `origin`).
    public static func isMachineTranslationOrigin(_ origin: String) -> Bool {
        let lowered = origin.lowercased()
        let words = Set(lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        if !words.isDisjoint(with: ["mt", "nmt", "machine", "etranslation", "deepl", "google", "bing", "microsoft", "azure",
                                    "modernmt", "systran", "yandex", "papago", "baidu", "apertium", "lingvanex"]) { return true }
        return lowered.contains("e-translation") || lowered.contains("amazon translate") || lowered.contains("machine translation")
    }

    /// The candidate of machine translation among `matches` whose target is `target` (the same plain text
    /// once white space is collapsed), in words for a warning; `nil` when there is none.
    /// - Complexity: O(candidates × length of the texts).
    public static func candidateMark(_ matches: [XLIFFCandidate], target: RichText) -> String? {
        func collapsed(_ text: RichText) -> String {
            text.plainText.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let own = collapsed(target)
        guard !own.isEmpty else { return nil }
        for match in matches where collapsed(match.target) == own {
            let origin = match.origin.map { " from \($0)" } ?? ""
            if match.type?.lowercased() == "mt" { return "a candidate of type mt\(origin) holds this very target" }
            if let name = match.origin, isMachineTranslationOrigin(name) {
                return "a candidate\(origin), a machine translation engine, holds this very target"
            }
        }
        return nil
    }
}
