import Foundation
import TaalgrensCore

/// A small in-memory XML element tree, built by ``XMLTree/parse(_:file:)`` on top of ``XMLReader``.
/// For documents that fit in memory (XLIFF, TBX, SRX); stream TMX with ``XMLReader`` instead.
public struct XMLTree: Hashable, Sendable {
    /// A child of an element: another element or character data.
    public enum Node: Hashable, Sendable {
        case element(XMLTree)
        case text(String)
    }

    /// The qualified name as written (`xml:lang`, `mtc:match`).
    public var name: String
    /// The element's attributes in document order.
    public var attributes: [XMLAttribute]
    /// The element's child elements and text, in document order.
    public var children: [Node]
    /// 1-based line where the element starts, for error messages.
    public var line: Int

    /// Creates an element; every parameter sets the property of the same name (`line` 0 = unknown).
    public init(name: String, attributes: [XMLAttribute] = [], children: [Node] = [], line: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The name without its prefix (`match` for `mtc:match`).
    public var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

    /// The value of the attribute with this qualified name, or `nil`.
    public subscript(attribute name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// Child elements, optionally only those with the given local name.
    public func elements(_ localName: String? = nil) -> [XMLTree] {
        children.compactMap {
            if case .element(let e) = $0, localName == nil || e.localName == localName { e } else { nil }
        }
    }

    /// The first child element with this local name.
    public func element(_ localName: String) -> XMLTree? { elements(localName).first }

    /// All character data below this element, in document order.
    public var textContent: String {
        children.map {
            switch $0 {
            case .text(let t): t
            case .element(let e): e.textContent
            }
        }.joined()
    }

    /// Parses a whole document into its root element.
    /// - Throws: ``InputError`` for malformed XML (with line and column), a disallowed entity, or an empty document.
    /// - Complexity: O(n) time and memory in the document size.
    public static func parse(_ data: Data, file: String) throws -> XMLTree {
        let reader = try XMLReader(data: data, file: file)
        var stack: [XMLTree] = []
        var root: XMLTree?
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes, _):
                stack.append(XMLTree(name: name, attributes: attributes, line: reader.line))
            case .end:
                let done = stack.removeLast()
                if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(.element(done)) }
            case .text(let t):
                if !stack.isEmpty { stack[stack.count - 1].children.append(.text(t)) }
            }
        }
        guard let root else { throw InputError(file: file, "expected an XML document, found no root element") }
        return root
    }
}
