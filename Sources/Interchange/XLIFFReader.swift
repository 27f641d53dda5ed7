import Foundation
import TaalgrensCore
import XMLSupport

/// Reads XLIFF 2.0/2.1/2.2 and XLIFF 1.2 documents into an ``XLIFFDocument``, whichever tool wrote them.
///
/// - **XLIFF 2.x** (namespace `urn:oasis:names:tc:xliff:document:2.0`, or `…:document:2.2` for XLIFF 2.2): every `<unit>` of every `<file>`
///   (inside `<group>`s too) with its `<segment>`s (`<ignorable>`s are left out), states, Translation
///   Candidates (`<mtc:match>`, attached to the segment its `ref` names) and Metadata (`<mda:metadata>`).
///   Inline `<pc>`, `<ph/>`, `<sc/>`/`<ec/>` become ``InlineCode``s with their native text from
///   `<originalData>`; `<cp/>` becomes its character; `<mrk>` keeps its content.
/// - **XLIFF 1.2** (and 1.1, 1.0): see ``XLIFF12Reader`` for the layouts of Taalgrens, OmegaT and Okapi.
/// - **Wordfast Pro's TXML** (a `<txml>` root): read as the XLIFF it stands for (``TXMLReader``).
/// - **White space:** content under `xml:space="preserve"` is kept as is; other content is normalised
///   (runs of white space become one space, the ends are trimmed), as XML's default handling allows.
///
/// What ``XLIFFWriter`` wrote comes back equal, in both versions, except what the version cannot carry
/// (XLIFF 1.2 drops characters XML cannot hold; see `docs/interchange.md`).
///
/// Safety: parsed by ``XMLTree`` over ``XMLReader``: no DTD, no entity, no network.
public enum XLIFFReader {
    /// Parses an XLIFF document.
    /// - Parameters:
    ///   - data: the document bytes (UTF-8 or UTF-16).
    ///   - file: the name used in error messages.
    /// - Throws: ``InputError`` (file, line, message) for malformed XML, an entity reference, a root that
    ///   is not `<xliff>`, an unsupported version, a missing source or target language, a source and target
    ///   language that are the same tag, a unit without
    ///   segments or a state outside the standard's list.
    /// - Complexity: O(n) time and memory in the document size.
    public static func read(_ data: Data, file: String) throws -> XLIFFDocument {
        var details = XLIFFReadDetails()
        return try read(data, file: file, details: &details)
    }

    /// The error text for a document whose source and target language are one and the same tag: a
    /// translation memory keeps a translation beside its source in another language, so such a file has
    /// nothing to import. Tools write this for their own source language (Xcode exports the development
    /// language as an `en` → `en` `.xliff`).
    static func sameLanguageMessage(_ language: LanguageTag) -> String {
        "the source and the target language are both \(language): expected a translation into another language "
            + "(a tool's export of its own source language, such as Xcode's development-language .xliff, has nothing to import)"
    }

    /// Parses an XLIFF document and says what it noticed besides the document (``XLIFFReadDetails``): the
    /// line and the file's own state wording of every segment, the units left out because they carry
    /// `translate="no"` (on the unit or inherited from a `<group>` or `<file>`), and the segments whose
    /// target drops paired inline codes of the source.
    /// - Parameters:
    ///   - data: the document bytes (UTF-8 or UTF-16).
    ///   - file: the name used in error messages.
    ///   - details: filled with the details (replaced, not appended to).
    /// - Throws: as ``read(_:file:)``.
    /// - Complexity: O(n) time and memory in the document size.
    public static func read(_ data: Data, file: String, details: inout XLIFFReadDetails) throws -> XLIFFDocument {
        let box = XLIFFReadDetailsBox()
        defer { details = box.value }
        let root = NamespacedElement(try XMLTree.parse(data, file: file))
        if root.localName == "txml" && root.namespace == nil {
            return try TXMLReader(file: file, details: box).read(root)  // Wordfast Pro's bilingual file
        }
        guard root.localName == "xliff" else {
            throw InputError(file: file, line: root.line, column: nil, "expected an XLIFF document with an <xliff> root element, found <\(root.localName)>")
        }
        let version = root.attribute("version") ?? ""
        switch root.namespace {
        case XLIFF2Namespace.core:
            guard version.hasPrefix("2.") else {
                throw InputError(file: file, line: root.line, column: nil, "version '\(version)' does not match the XLIFF 2 namespace (expected 2.0, 2.1 or 2.2)")
            }
            return try XLIFF2Reader(file: file, details: box).read(root)
        case XLIFF12Namespace.core, "urn:oasis:names:tc:xliff:document:1.1", nil:
            guard ["1.2", "1.1", "1.0"].contains(version) || (version.isEmpty && root.namespace != nil) else {
                throw InputError(file: file, line: root.line, column: nil, "unsupported XLIFF version '\(version)' (expected 2.2, 2.1, 2.0 or 1.2)")
            }
            return try XLIFF12Reader(file: file, namespace: root.namespace, details: box).read(root)
        case let other?:
            throw InputError(file: file, line: root.line, column: nil,
                             "unsupported XLIFF namespace \(other) (expected XLIFF 2.0/2.1/2.2 or 1.2)")
        }
    }
}
