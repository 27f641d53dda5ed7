import Foundation

/// What an XLIFF 2.x file says about segments nobody may translate or edit.
///
/// XLIFF 2.1 has no lock of its own: `translate="no"` on a `<file>`, `<group>` or `<unit>` (section
/// 4.3.1.47, read by ``XLIFF2Reader``'s unit walk) and on the Translate Annotation (`<mrk translate="no">`,
/// or `<sm translate="no"/>` … `<em/>`, section 4.7.2.2) say that text is not for translation; a CAT tool
/// that locks a segment (a 101 % match the project keeps, a name) writes it in its own namespace, as the
/// tools' XLIFF 1.2 dialects do (memoQ `mq:locked`, Phrase `m:locked`, Trados Studio `sdl:locked`), or as a
/// `subState` in its own vocabulary (`xyz:locked`, section 4.3.1.44 allows any `prefix:value`).
enum XLIFF2Locks {
    /// The values of a tool's `locked` attribute that mean locked (compared without case).
    private static let lockedValues: Set<String> = ["true", "yes", "1", "locked"]

    /// The lock a CAT tool puts on a `<segment>` (or on its whole `<unit>`), in the file's words, or `nil`
    /// when it is not locked: an attribute named `locked` in any namespace other than XLIFF's own, with
    /// the value `true`, `yes`, `1` or `locked` (`memoQ mq:locked="locked"`, `Phrase m:locked="true"`,
    /// `Trados Studio sdl:locked="true"`; another tool's namespace is named by its URI), or a `subState`
    /// whose value after the prefix is `locked` (`subState="acme:locked"`). Any tool's namespace is read so
    /// that a lock is never mistaken for a draft: the XLIFF 2 exports of memoQ, Phrase and Trados Studio
    /// were not at hand, so the rule is the one their 1.2 dialects follow, not one file's spelling.
    /// - Complexity: O(attributes of the element).
    static func toolLock(_ element: NamespacedElement) -> String? {
        for attribute in element.attributes where attribute.localName == "locked" {
            guard let namespace = attribute.namespace, namespace != XLIFF2Namespace.core,
                  lockedValues.contains(attribute.value.lowercased()) else { continue }
            return "\(toolName(namespace))locked=\"\(attribute.value)\""
        }
        if let subState = element.attribute("subState"), let colon = subState.firstIndex(of: ":"),
           subState[subState.index(after: colon)...].lowercased() == "locked" {
            return "subState=\"\(subState)\""
        }
        return nil
    }

    /// A tool's namespace as a person names it: `memoQ mq:`, `Phrase m:`, `Trados Studio sdl:`, or the
    /// URI in brackets for any other.
    private static func toolName(_ namespace: String) -> String {
        switch namespace {
        case XLIFF12Reader.memoQNamespace: "memoQ mq:"
        case XLIFF12Reader.phraseNamespace: "Phrase m:"
        case XLIFF12Reader.sdlNamespace: "Trados Studio sdl:"
        default: "{\(namespace)}"
        }
    }

    /// Whether all the text of a 2.x `<source>` is inside a Translate Annotation that says `no`
    /// (`<mrk translate="no">`, or between `<sm translate="no"/>` and the `<em startRef>` that ends it; a
    /// `translate="yes"` inside one lifts it again), with at least one character of text there: white space
    /// and inline codes outside it do not count. Such a segment is a name, a code or a quotation the
    /// document keeps as it is, like a `<unit translate="no">`.
    /// - Complexity: O(nodes of the content).
    static func wholeSourceUntranslatable(_ source: NamespacedElement) -> Bool {
        wholeTextProtected(source, namespace: XLIFF2Namespace.core, codes: ["ph", "sc", "ec", "cp"]) { e in
            switch e.localName {
            case "mrk": .mark(e.attribute("translate").map { $0 == "no" })
            case "sm": .start(id: e.attribute("id") ?? "", e.attribute("translate").map { $0 == "no" })
            case "em": .end(startRef: e.attribute("startRef") ?? "")
            default: .other
            }
        }
    }

    /// The same for an XLIFF 1.2 `<source>` or `<mrk mtype="seg">`: all its text is inside
    /// `<mrk mtype="protected">` (XLIFF 1.2 section 2.3.2, `mtype`: "the marked text should not be
    /// translated"; Okapi writes ITS `translate="no"` so). The native code of `<bpt>`, `<ept>`, `<ph>`,
    /// `<it>` and `<ut>` is no text.
    static func wholeSource12Protected(_ source: NamespacedElement, namespace: String?) -> Bool {
        wholeTextProtected(source, namespace: namespace, codes: ["bpt", "ept", "ph", "it", "ut", "x", "bx", "ex"]) { e in
            e.localName == "mrk" ? .mark(e.attribute("mtype") == "protected" ? true : nil) : .other
        }
    }

    /// What an element of inline content is to ``wholeTextProtected(_:namespace:codes:annotation:)``: a
    /// mark around text that protects it (`true`), frees it (`false`) or says nothing (`nil`); the start or
    /// end of a marker pair; anything else (visited for its text).
    enum Annotation {
        case mark(Bool?)
        case start(id: String, Bool?)
        case end(startRef: String)
        case other
    }

    private static func wholeTextProtected(_ source: NamespacedElement, namespace: String?, codes: Set<String>,
                                           annotation: (NamespacedElement) -> Annotation) -> Bool {
        var protectedText = false, freeText = false
        var openMarkers: [String: Bool] = [:]  // a marker pair's start id → whether it protects
        func visit(_ nodes: [NamespacedElement.Node], protected inherited: Bool) {
            for node in nodes {
                switch node {
                case .text(let text):
                    guard !text.allSatisfy(\.isWhitespace) else { continue }
                    // Open marker pairs decide over the marks around them: a "yes" frees the text, a "no" protects it.
                    let protected = openMarkers.values.contains(false) ? false : (openMarkers.values.contains(true) || inherited)
                    if protected { protectedText = true } else { freeText = true }
                case .element(let e) where e.namespace == namespace:
                    guard !codes.contains(e.localName) else { continue }  // native code or a placeholder: no text
                    switch annotation(e) {
                    case .mark(let own): visit(e.children, protected: own ?? inherited)
                    case .start(let id, let own): if let own { openMarkers[id] = own }
                    case .end(let ref): openMarkers[ref] = nil
                    case .other: visit(e.children, protected: inherited)
                    }
                case .element(let e):
                    visit(e.children, protected: inherited)
                }
            }
        }
        visit(source.children, protected: false)
        return protectedText && !freeText
    }
}
