import Foundation
import TaalgrensCore
import Yams

/// The structure of a YAML front matter, kept so that a rendered article writes it back as the source had it
/// (TRIAL9 finding 3): lists stay lists (block or flow style), maps stay maps, key order and scalar styles
/// stay, a date-time keeps its time, and no key is added that the source did not have.
///
/// ``MarkdownReader`` keeps the front matter, re-emitted by Yams from its composed node tree (one canonical
/// text, so that a rendered article reads back to the same metadata), under the reserved metadata key
/// ``FrontMatterYAML/structureKey``; the flat metadata keys stay as before (a list of scalars as its items
/// joined by ", "). ``MarkdownRenderer`` starts from that tree and puts in what changed:
/// - a top-level scalar whose metadata value differs from the one read (the translated `summary`, the
///   target's `lang`), except `date`, whose flat value is the date part of a date-time: a date-time is
///   written as the source wrote it while the metadata keeps that date;
/// - `title`, from the title block;
/// - an item of a list of scalars from the metadata key `<key>.<n>` (1-based; ``translatableFields(of:keys:)``
///   names them so), the list keeping its style and length;
/// - a list or map value wholly from the reserved key ``FrontMatterYAML/targetStructureKey`` (the front
///   matter of the folder's own target version, set by the bundle renderer) when that has the key and no
///   item of it was translated;
/// - a metadata key the front matter did not have (a library caller's `lang`) after the source's keys;
///   never the derived ones (`dateTime`, `<list>.<n>`, the reserved keys); and, as the renderer always
///   did, the article's `id` after the title (so that it reads back as the same article; a source's
///   own `id` key moves there).
public enum FrontMatterYAML {
    /// The reserved metadata key that holds the YAML front matter's structure (YAML text, written by Yams);
    /// never written as a key of its own.
    public static let structureKey = "front-matter-yaml"
    /// The reserved metadata key that holds the front matter of the target version an article folder has
    /// (``structureKey`` of that version), for the bundle renderer; never written as a key of its own.
    public static let targetStructureKey = "front-matter-yaml-target"

    /// The front-matter values of `keys` that are text for readers, as the bundles translate them: a
    /// scalar value as itself under its key, each item of a list of scalars under `<key>.<n>` (1-based).
    ///
    /// Decision (`docs/articles.md`, "Front matter"): only string leaves of the keys a newsroom translates
    /// are offered (`keys`); nested maps (`authors: - name:, role:`) are names and roles the target version
    /// supplies itself, and URLs, dates, ids, slugs, booleans and numbers are never text. A list item that
    /// reads as a number, boolean, URL or path (`/img/a.jpg`) is left out.
    /// - Parameters:
    ///   - metadata: an article's metadata (with ``structureKey`` when it came from YAML front matter).
    ///   - keys: the top-level keys to look at, in order.
    /// - Returns: (field key, text) pairs, text trimmed, in the order of `keys` then of the items.
    /// - Complexity: O(n) in the front matter's length (it is composed once).
    public static func translatableFields(of metadata: [String: String], keys: [String]) -> [(key: String, text: String)] {
        let root = metadata[structureKey].flatMap(mapping(of:))
        var out: [(key: String, text: String)] = []
        var seen = Set<String>()
        for key in keys where seen.insert(key).inserted {
            if let node = root?[key], let sequence = node.sequence {
                for (offset, item) in sequence.enumerated() {
                    guard let text = item.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), isText(text) else { continue }
                    out.append(("\(key).\(offset + 1)", text))
                }
                continue
            }
            if let root, root[key]?.scalar == nil { continue }  // absent, or a map: not a field
            guard let text = metadata[key]?.trimmingCharacters(in: .whitespacesAndNewlines), isText(text) else { continue }
            out.append((key, text))
        }
        return out
    }

    /// Whether a front-matter string reads as text for readers: not empty and not a number, boolean, URL,
    /// path or e-mail address.
    static func isText(_ text: String) -> Bool {
        guard !text.isEmpty, text.contains(where: \.isLetter) else { return false }
        if ["true", "false", "yes", "no", "on", "off", "null"].contains(text.lowercased()) { return false }
        if text.hasPrefix("/") || text.hasPrefix("./") || text.hasPrefix("#") { return false }
        if text.contains("://") || text.hasPrefix("mailto:") { return false }
        if !text.contains(" "), text.contains("@") { return false }
        return true
    }

    /// The canonical text of a YAML front matter (Yams's emitter, every character as itself), or `nil`
    /// when it is not a mapping.
    /// - Parameter yaml: the text `node` was composed from.
    /// The `id` key is left out: it is the article's id (``Article/id``), which the renderer writes after
    /// the title.
    static func canonical(_ node: Node, yaml: String) -> String? {
        guard let mapping = node.mapping else { return nil }
        let kept = withFlowStyles(mapping, in: yaml).filter { $0.key.scalar?.string != "id" }
        return emit(.mapping(Node.Mapping(kept.map { ($0.key, $0.value) }, mapping.tag, mapping.style, mapping.mark)))
    }

    /// The front matter to write: the kept structure with what changed put in (see the type's
    /// documentation), as YAML text ending with a newline; `nil` when the metadata holds no structure.
    /// - Parameters:
    ///   - metadata: the article's metadata.
    ///   - title: the title block's text, when the article has one.
    ///   - id: the article id to write after the title (the structure holds no `id`; the renderer always
    ///     wrote it, so that the rendered article reads back as the same article), or `nil`.
    static func render(_ metadata: [String: String], title: String?, id: String?) -> String? {
        guard let root = metadata[structureKey].flatMap(mapping(of:)) else { return nil }
        let target = metadata[targetStructureKey].flatMap(mapping(of:))
        var pairs: [(Node, Node)] = []
        for (keyNode, value) in root {
            guard let key = keyNode.scalar?.string else { pairs.append((keyNode, value)); continue }
            pairs.append((keyNode, updated(value, key: key, metadata: metadata, title: title, target: target?[key])))
        }
        if let id, root["id"] == nil {
            let after = pairs.firstIndex { $0.0.scalar?.string == "title" }.map { $0 + 1 } ?? 0
            pairs.insert((Node("id"), Node(id)), at: after)
        }
        // A key a caller added to the metadata (not read from this front matter) is written after the source's.
        let present = Set(root.keys.compactMap(\.scalar?.string))
        for key in metadata.keys.sorted() where !present.contains(key) && !derived(key, root: root) {
            pairs.append((Node(key), Node(metadata[key]!)))
        }
        return emit(.mapping(Node.Mapping(pairs, root.tag, root.style, root.mark)))
    }

    /// Whether a metadata key is one the reader or the renderers derive, never a key of its own: the reserved
    /// keys, `dateTime` next to a date-time `date`, `<list>.<n>` items, ``MarkdownReader/titleHeadingKey``.
    private static func derived(_ key: String, root: Node.Mapping) -> Bool {
        if [structureKey, targetStructureKey, TOMLFrontMatter.structureKey, MarkdownReader.titleHeadingKey, MarkdownReader.dialectKey,
            "title", "id"].contains(key) { return true }
        if key == "dateTime", let date = root["date"]?.scalar?.string, MarkdownReader.isDateTime(date) { return true }
        if let dot = key.lastIndex(of: "."), Int(key[key.index(after: dot)...]) != nil, root[String(key[..<dot])]?.sequence != nil { return true }
        return false
    }

    private static func updated(_ value: Node, key: String, metadata: [String: String], title: String?, target: Node?) -> Node {
        switch value {
        case .scalar(let scalar):
            let new: String?
            if key == "title" {
                new = title
            } else if let flat = metadata[key], flat != scalar.string,
                      !(key == "date" && MarkdownReader.isDateTime(scalar.string) && scalar.string.hasPrefix(flat)) {
                new = flat
            } else {
                new = nil
            }
            guard let new, new != scalar.string else { return value }
            return .scalar(replaced(scalar, with: new))
        case .sequence(var sequence):
            var changed = false
            for index in sequence.indices {
                guard let text = metadata["\(key).\(index + 1)"], case .scalar(let item) = sequence[index],
                      text != item.string.trimmingCharacters(in: .whitespacesAndNewlines) else { continue }
                sequence[index] = .scalar(replaced(item, with: text))
                changed = true
            }
            if !changed, let target, target.sequence != nil { return target }
            return .sequence(sequence)
        default:
            if let target, target.scalar == nil { return target }
            return value
        }
    }

    /// `scalar` with new text, keeping its style unless the text would then read as another type (a plain
    /// `true` or `12`, which a translation may be): then double-quoted.
    private static func replaced(_ scalar: Node.Scalar, with text: String) -> Node.Scalar {
        var out = scalar
        out.string = text
        if scalar.style == .plain || scalar.style == .any, Resolver.default.resolveTag(of: Node(text)) != .str {
            out.style = .doubleQuoted
        }
        return out
    }

    private static func mapping(of yaml: String) -> Node.Mapping? {
        (try? Yams.compose(yaml: yaml, Resolver.basic))??.mapping.map { withFlowStyles($0, in: yaml) }
    }

    /// Yams 5's composer gives every list and map the style of its end event (always "any"), so a flow list
    /// `[advice, news]` would be written back as a block list. The style is read back from the text: a list
    /// or map whose start mark stands on `[` or `{` is flow style, any other block style.
    /// - Parameter yaml: the text `mapping` was composed from (marks are 1-based lines and Unicode scalar columns).
    static func withFlowStyles(_ mapping: Node.Mapping, in yaml: String) -> Node.Mapping {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        func opens(_ mark: Mark?, with bracket: Unicode.Scalar) -> Bool {
            guard let mark, lines.indices.contains(mark.line - 1), lines[mark.line - 1].indices.contains(mark.column - 1) else { return false }
            return lines[mark.line - 1][mark.column - 1] == bracket
        }
        func restyled(_ node: Node) -> Node {
            switch node {
            case .scalar, .alias:
                return node
            case .sequence(var sequence):
                for index in sequence.indices { sequence[index] = restyled(sequence[index]) }
                sequence.style = opens(sequence.mark, with: "[") ? .flow : .block
                return .sequence(sequence)
            case .mapping(let mapping):
                return .mapping(restyledMapping(mapping))
            }
        }
        func restyledMapping(_ mapping: Node.Mapping) -> Node.Mapping {
            var out = Node.Mapping(mapping.map { (restyled($0.key), restyled($0.value)) }, mapping.tag, mapping.style, mapping.mark)
            out.style = opens(mapping.mark, with: "{") ? .flow : .block
            return out
        }
        return restyledMapping(mapping)
    }

    /// YAML text of `node`, characters beyond U+FFFF written as themselves (``MarkdownRenderer`` shields them
    /// from libyaml).
    private static func emit(_ node: Node) -> String? {
        let shield = !holdsMarker(node)
        let prepared = shield ? shielded(node) : node
        guard let yaml = try? Yams.serialize(node: prepared, allowUnicode: true, lineBreak: .ln) else { return nil }
        return shield ? MarkdownWriter.restoringAstral(yaml) : yaml
    }

    private static func holdsMarker(_ node: Node) -> Bool {
        switch node {
        case .scalar(let scalar): scalar.string.contains(MarkdownWriter.astralOpen)
        case .sequence(let sequence): sequence.contains(where: holdsMarker)
        case .mapping(let mapping): mapping.contains { holdsMarker($0.key) || holdsMarker($0.value) }
        case .alias: false
        }
    }

    private static func shielded(_ node: Node) -> Node {
        switch node {
        case .scalar(var scalar):
            scalar.string = MarkdownWriter.shieldingAstral(scalar.string)
            return .scalar(scalar)
        case .sequence(var sequence):
            for index in sequence.indices { sequence[index] = shielded(sequence[index]) }
            return .sequence(sequence)
        case .mapping(let mapping):
            return .mapping(Node.Mapping(mapping.map { (shielded($0.key), shielded($0.value)) }, mapping.tag, mapping.style, mapping.mark))
        case .alias:
            return node
        }
    }
}
