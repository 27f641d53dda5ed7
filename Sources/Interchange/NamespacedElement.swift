import Foundation
import XMLSupport

/// An ``XMLTree`` element with its namespaces resolved: XLIFF files may bind any prefix (or the default
/// namespace) to the XLIFF and module namespaces, so readers compare namespace URIs, never prefixes
/// (Namespaces in XML 1.0, section 6).
struct NamespacedElement {
    struct Attribute {
        var namespace: String?
        var localName: String
        var value: String
    }

    enum Node {
        case element(NamespacedElement)
        case text(String)
    }

    var namespace: String?
    var localName: String
    var attributes: [Attribute]
    var children: [Node]
    var line: Int
    /// The `xml:space` in effect for this element's content: its own, or inherited.
    var preservesSpace: Bool

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// Namespaces read as another one: the XLIFF 2.2 core namespace names the same elements as 2.0's, so the
    /// 2.x reader sees one namespace whichever version wrote the file (the version stays in `version`).
    static let equivalentNamespaces = [XLIFF2Namespace.core22: XLIFF2Namespace.core]

    /// The namespace `uri` is read as (``equivalentNamespaces``).
    static func folded(_ uri: String?) -> String? { uri.map { equivalentNamespaces[$0] ?? $0 } }

    /// Resolves `tree` and its descendants; `scope` maps prefixes (`""` for the default) to URIs.
    init(_ tree: XMLTree, scope: [String: String] = ["xml": NamespacedElement.xmlNamespace], preserve: Bool = false) {
        var scope = scope
        for attribute in tree.attributes {
            if attribute.name == "xmlns" { scope[""] = attribute.value }
            else if attribute.name.hasPrefix("xmlns:") { scope[String(attribute.name.dropFirst(6))] = attribute.value }
        }
        func split(_ qualified: String) -> (String?, String) {
            guard let colon = qualified.firstIndex(of: ":") else { return (nil, qualified) }
            return (String(qualified[..<colon]), String(qualified[qualified.index(after: colon)...]))
        }
        let (prefix, local) = split(tree.name)
        namespace = Self.folded(scope[prefix ?? ""])
        localName = local
        attributes = tree.attributes.compactMap { attribute in
            guard attribute.name != "xmlns", !attribute.name.hasPrefix("xmlns:") else { return nil }
            let (prefix, local) = split(attribute.name)
            // Unprefixed attributes are in no namespace (Namespaces in XML 1.0, section 6.3).
            return Attribute(namespace: Self.folded(prefix.flatMap { scope[$0] }), localName: local, value: attribute.value)
        }
        line = tree.line
        var preserve = preserve
        if let space = tree.attributes.first(where: { $0.name == "xml:space" })?.value { preserve = space == "preserve" }
        preservesSpace = preserve
        children = tree.children.map {
            switch $0 {
            case .text(let t): .text(t)
            case .element(let e): .element(NamespacedElement(e, scope: scope, preserve: preserve))
            }
        }
    }

    /// The value of an attribute in no namespace, or in `namespace`.
    func attribute(_ localName: String, namespace: String? = nil) -> String? {
        attributes.first { $0.localName == localName && $0.namespace == namespace }?.value
    }

    /// Child elements in `namespace`, optionally only those with this local name.
    func elements(_ localName: String? = nil, namespace: String?) -> [NamespacedElement] {
        children.compactMap {
            if case .element(let e) = $0, e.namespace == namespace, localName == nil || e.localName == localName { e } else { nil }
        }
    }

    func element(_ localName: String, namespace: String?) -> NamespacedElement? { elements(localName, namespace: namespace).first }

    /// All character data below this element.
    var textContent: String {
        children.map {
            switch $0 {
            case .text(let t): t
            case .element(let e): e.textContent
            }
        }.joined()
    }

    /// The text of each `<source>` in `namespace` at or below this element, joined by spaces (the text of
    /// codes' native markup included): what a note about left-out content says was left out.
    func sourceTexts(namespace: String?) -> String {
        if localName == "source" && self.namespace == namespace { return textContent }
        return children.compactMap {
            if case .element(let e) = $0 { let t = e.sourceTexts(namespace: namespace); return t.isEmpty ? nil : t }
            return nil
        }.joined(separator: " ")
    }
}
