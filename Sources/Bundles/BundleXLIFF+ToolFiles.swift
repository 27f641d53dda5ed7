import Foundation
import Interchange
import TaalgrensCore

extension BundleXLIFF {
    /// Segment metadata set on the first of two bundle segments whose sentences a CAT tool's file translated
    /// in one segment (the tool joined them): ``joinedWithNext(_:)`` then joins them without measuring.
    static let toolJoinKey = "tool-joined-with-next"

    /// What mapping a CAT tool's file onto the bundle's `article.xlf` it was made from gave
    /// (``mappingToolFile(_:details:onto:)``).
    public struct ToolFileMapping: Sendable {
        /// The bundle's document with the tool's targets, states, notes and tool metadata on the segments they
        /// translate, and the tool's segments that map onto none appended as units of their own (with a
        /// target only). Its target locale is the tool file's, for the importer to check against the bundle's.
        public var document: XLIFFDocument
        /// The tool file's lines and state wordings, recorded under the bundle's unit and segment ids.
        public var details: XLIFFReadDetails
        /// Tool segments mapped onto bundle segments (a split counts its pieces, a join once).
        public var mapped: Int
        /// Tool segments in the file.
        public var toolSegments: Int
        /// Tool segments without a target that map onto no bundle segment: not imported (counted as skipped).
        public var skipped: Int
        /// What the mapping did that a reader should know, one line each, starting with the tool file's line
        /// when there is one: splits, joins, segments that map onto nothing and why, bundle segments the file
        /// does not have.
        public var reasons: [String]
    }

    /// Whether an XLIFF `original` names a bundle's `article.xlf` (a Windows or POSIX path or a bare name,
    /// compared in lower case): what Trados Studio, memoQ and Phrase record of the file they were made from.
    public static func namesBundleFile(_ original: String?) -> Bool {
        guard let original else { return false }
        let last = original.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? original
        return last.lowercased() == "article.xlf"
    }

    /// The key a segment's source is compared by when a tool's file is mapped onto its bundle: the plain text
    /// in NFC without white space (any Unicode white space, the soft hyphen U+00AD and the zero-width space
    /// U+200B), so that a tool's trimming, its no-break spaces and the space it puts between the pieces of a
    /// split segment do not matter. Inline codes are left out (tools renumber and rename them).
    static func mappingKey(_ text: RichText) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.plainText.precomposedStringWithCanonicalMapping.unicodeScalars
        where !scalar.properties.isWhitespace && scalar != "\u{AD}" && scalar != "\u{200B}" {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// One step of the mapping: `tool` segments (positions in the tool file's flat order) translate `bundle`
    /// segments (positions in the bundle's), or one side is empty (a segment of the other side maps onto
    /// nothing).
    struct MappingStep: Equatable {
        var tool: Range<Int>
        var bundle: Range<Int>
    }

    /// The longest run of segments that one segment of the other side may stand for (a split or a join).
    static let mappingRun = 4
    /// The largest tool × bundle segment product aligned by ``alignSegments(tool:bundle:hints:)``'s
    /// dynamic programme (16 MB of work space); larger files are mapped in order, one to one.
    static let mappingCells = 4_000_000

    /// Aligns the tool file's segments with the bundle's by their source keys (``mappingKey(_:)``), in order:
    /// a minimum-cost monotone alignment (an edit distance over segments, as in Wagner and Fischer 1974, "The
    /// string-to-string correction problem") where a segment mapped one to one costs 0, a run of up to
    /// ``mappingRun`` segments of one side whose keys together are one segment's key of the other (a split or
    /// a join) costs 1, and a segment left unmapped costs 2. A tool segment that records the id of another
    /// bundle segment than the one it would map onto (`hints`) costs 1 more, so repeated sentences ("Yes.")
    /// follow the ids where the tool kept them.
    /// - Parameters:
    ///   - tool: the tool file's source keys in document order; `bundle`: the bundle's.
    ///   - hints: for each tool segment, the bundle position whose id the tool recorded, or `nil`.
    /// - Returns: the steps in order, covering both sides.
    /// - Complexity: O(t · b · ``mappingRun``) time and O(t · b) space; above ``mappingCells`` cells, O(t log b)
    ///   one-to-one matching in order.
    static func alignSegments(tool: [String], bundle: [String], hints: [Int?]) -> [MappingStep] {
        let n = tool.count, m = bundle.count
        guard n > 0, m > 0 else {
            return (0..<n).map { MappingStep(tool: $0..<$0 + 1, bundle: 0..<0) } + (0..<m).map { MappingStep(tool: 0..<0, bundle: $0..<$0 + 1) }
        }
        if n * m > mappingCells { return alignInOrder(tool: tool, bundle: bundle) }
        let width = m + 1
        // cost[i * width + j]: the least cost of aligning tool[i...] with bundle[j...]; choice: the step taken.
        var cost = [Int32](repeating: 0, count: (n + 1) * width)
        var choice = [UInt8](repeating: 0, count: (n + 1) * width)
        func runKey(_ keys: [String], _ start: Int, _ length: Int) -> String? {
            guard start + length <= keys.count else { return nil }
            let pieces = keys[start..<start + length]
            return pieces.contains(where: \.isEmpty) ? nil : pieces.joined()
        }
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: m, through: 0, by: -1) {
                if i == n && j == m { continue }
                var best = Int32.max, step: UInt8 = 0
                if i < n { best = cost[(i + 1) * width + j] + 2; step = 1 }  // tool segment unmapped
                if j < m, cost[i * width + j + 1] + 2 < best { best = cost[i * width + j + 1] + 2; step = 2 }  // bundle segment unmapped
                guard i < n, j < m else { cost[i * width + j] = best; choice[i * width + j] = step; continue }
                if tool[i] == bundle[j] {
                    let c = cost[(i + 1) * width + j + 1] + (hints[i].map { $0 == j ? 0 : 1 } ?? 0)
                    if c < best { best = c; step = 3 }
                }
                for length in 2...mappingRun {
                    if let key = runKey(tool, i, length), key == bundle[j], !bundle[j].isEmpty {
                        let c = cost[(i + length) * width + j + 1] + 1
                        if c < best { best = c; step = UInt8(8 + length) }  // split: tool[i..<i+length] → bundle[j]
                    }
                    if let key = runKey(bundle, j, length), key == tool[i], !tool[i].isEmpty {
                        let c = cost[(i + 1) * width + j + length] + 1
                        if c < best { best = c; step = UInt8(16 + length) }  // join: tool[i] → bundle[j..<j+length]
                    }
                }
                cost[i * width + j] = best
                choice[i * width + j] = step
            }
        }
        var steps: [MappingStep] = []
        var i = 0, j = 0
        while i < n || j < m {
            let step = choice[i * width + j]
            switch step {
            case 1: steps.append(MappingStep(tool: i..<i + 1, bundle: j..<j)); i += 1
            case 2: steps.append(MappingStep(tool: i..<i, bundle: j..<j + 1)); j += 1
            case 3: steps.append(MappingStep(tool: i..<i + 1, bundle: j..<j + 1)); i += 1; j += 1
            case 10...(8 + UInt8(mappingRun)):
                let length = Int(step) - 8
                steps.append(MappingStep(tool: i..<i + length, bundle: j..<j + 1)); i += length; j += 1
            default:
                let length = Int(step) - 16
                steps.append(MappingStep(tool: i..<i + 1, bundle: j..<j + length)); i += 1; j += length
            }
        }
        return steps
    }

    /// One-to-one mapping in order for files too large for the dynamic programme: each tool segment maps
    /// onto the first bundle segment after the last mapped one with the same key, else onto nothing.
    /// - Complexity: O(t log b + b).
    static func alignInOrder(tool: [String], bundle: [String]) -> [MappingStep] {
        var positions: [String: [Int]] = [:]
        for (j, key) in bundle.enumerated() { positions[key, default: []].append(j) }
        var steps: [MappingStep] = []
        var next = 0
        for (i, key) in tool.enumerated() {
            let list = positions[key] ?? []
            var low = 0, high = list.count
            while low < high { let mid = (low + high) / 2; if list[mid] < next { low = mid + 1 } else { high = mid } }
            guard low < list.count else { steps.append(MappingStep(tool: i..<i + 1, bundle: next..<next)); continue }
            let j = list[low]
            for skipped in next..<j { steps.append(MappingStep(tool: i..<i, bundle: skipped..<skipped + 1)) }
            steps.append(MappingStep(tool: i..<i + 1, bundle: j..<j + 1))
            next = j + 1
        }
        for skipped in next..<bundle.count { steps.append(MappingStep(tool: tool.count..<tool.count, bundle: skipped..<skipped + 1)) }
        return steps
    }

    /// The target with its inline codes renamed from the tool's to the bundle's: the tool's source codes and
    /// the bundle's source codes are paired in order when both have the same kinds in the same order (a tool
    /// renumbers codes, Trados Studio's `<g id="3">` for the bundle's `<g id="1">`, but keeps their order
    /// in the source), and each target code takes the bundle code it pairs with (its id, type and attributes,
    /// such as a link's address), keeping its own kind. Without such a pairing the target is returned as it
    /// is (codes that keep the bundle's ids still complete from the source, ``completingCodes(of:from:)``).
    /// - Complexity: O(codes of the three texts).
    static func renamingCodes(of target: RichText, toolSource: [InlineCode], bundleSource: [InlineCode]) -> RichText {
        guard toolSource.count == bundleSource.count, !toolSource.isEmpty,
              zip(toolSource, bundleSource).allSatisfy({ $0.kind == $1.kind }) else { return target }
        var pairs: [String: InlineCode] = [:]
        for (tool, bundle) in zip(toolSource, bundleSource) { pairs[tool.id + "\u{1F}" + tool.kind.rawValue] = bundle }
        return RichText(target.elements.map { element in
            guard case .code(let code) = element, let bundle = pairs[code.id + "\u{1F}" + code.kind.rawValue] else { return element }
            return .code(InlineCode(id: bundle.id, kind: code.kind, type: bundle.type, attributes: bundle.attributes))
        })
    }

    /// Maps a CAT tool's file made from a bundle's `article.xlf` (Trados Studio's `article.xlf.sdlxliff`,
    /// memoQ's `article.xlf.mqxliff`, Phrase's `article.xlf.mxliff`) back onto that bundle's segments, so the
    /// returned translation is imported exactly as a returned `article.xlf` is: the same article, places,
    /// pre-translation records, locale and stale-source rules (`docs/interchange.md`, "A CAT tool's file
    /// made from a bundle").
    ///
    /// The tools keep the bundle's source segments in its order but give them ids of their own, so segments
    /// are paired by their source text in order (``alignSegments(tool:bundle:hints:)`` over
    /// ``mappingKey(_:)``), using the bundle ids a tool recorded (a unit's `resname`, any metadata value
    /// equal to a bundle segment id) where it did. A mapped bundle segment takes the tool segment's target
    /// (codes renamed to the bundle's, ``renamingCodes(of:toolSource:bundleSource:)``), state, approval,
    /// target language and tool metadata (editor, dates, locks, state qualifier; the bundle's own keys win),
    /// and the tool unit's notes. A tool segment split into pieces gives the bundle segment the pieces'
    /// targets joined (its state the lowest of theirs, initial when a piece has no target); a tool segment
    /// holding two bundle segments gives its target to the first and joins them (``toolJoinKey``). A tool
    /// segment with a target that maps onto nothing (a source edited in the tool, a join of more than two
    /// segments, another segmentation) is appended as a unit of its own: stored under its source text in the
    /// article's scope, as a returned `article.xlf` segment whose source the article does not have; one
    /// without a target is counted as skipped. The bundle's segments the file lacks are named in one line
    /// and left out (they hold no target or the export's untouched pre-translation).
    /// - Parameters:
    ///   - tool: the tool's file as ``XLIFFReader`` read it; `toolDetails`: its details.
    ///   - bundle: the bundle's `article.xlf` beside it (``article(of:)`` not `nil`). The lines shown in
    ///     messages are the tool file's.
    /// - Returns: the mapping, or `nil` when no tool segment maps onto a bundle segment (another article's file).
    /// - Complexity: that of ``alignSegments(tool:bundle:hints:)`` plus O(total text length).
    public static func mappingToolFile(_ tool: XLIFFDocument, details toolDetails: XLIFFReadDetails,
                                       onto bundle: XLIFFDocument) -> ToolFileMapping? {
        let toolFlat = tool.units.flatMap { unit in unit.segments.map { (unit, $0) } }
        var bundleFlat: [(unit: Int, segment: Int)] = []
        var bundlePosition: [String: Int] = [:]
        for (u, unit) in bundle.units.enumerated() {
            for (s, segment) in unit.segments.enumerated() {
                // A tool may keep the bundle's segment id or its 1.2 trans-unit id (`b2_b2.s1`) as a name.
                for id in [segment.id, unit.id + "_" + segment.id] { bundlePosition[id] = bundlePosition[id] ?? bundleFlat.count }
                bundleFlat.append((u, s))
            }
        }
        func bundleSegment(_ position: Int) -> XLIFFSegment { bundle.units[bundleFlat[position].unit].segments[bundleFlat[position].segment] }
        let hints: [Int?] = toolFlat.map { unit, segment in
            let recorded = [unit.name, unit.id, segment.id].compactMap { $0 } + unit.metadata.values + segment.metadata.values
            return recorded.lazy.compactMap { bundlePosition[$0] }.first
        }
        let steps = alignSegments(tool: toolFlat.map { mappingKey($0.1.source) },
                                  bundle: bundleFlat.indices.map { mappingKey(bundleSegment($0).source) }, hints: hints)
        let mapped = steps.filter { !$0.tool.isEmpty && !$0.bundle.isEmpty }.reduce(0) { $0 + $1.tool.count }
        guard mapped > 0 else { return nil }

        var document = bundle
        document.targetLocale = tool.targetLocale
        document.notes = bundle.notes + tool.notes.filter { !bundle.notes.contains($0) }
        // Lines and state wordings are the tool file's: the bundle's own are not shown.
        var details = XLIFFReadDetails()
        var unmapped: Set<String> = []  // bundle segments the file does not have, by unit and segment id
        var reasons: [String] = []
        var skipped = 0
        var extras: [Int: [XLIFFUnit]] = [:]  // after the bundle unit at the key
        var lastUnit = -1
        var missing: [String] = []
        func line(_ unit: XLIFFUnit, _ segment: XLIFFSegment) -> String {
            toolDetails.segment(unit: unit.id, segment: segment.id).map { "line \($0.line): " } ?? ""
        }
        func short(_ text: String) -> String { text.count > 60 ? String(text.prefix(57)) + "…" : text }
        func describe(_ unit: XLIFFUnit, _ segment: XLIFFSegment) -> String {
            unit.segments.count == 1 ? "unit \(unit.id)" : "unit \(unit.id) segment \(segment.id)"
        }
        /// Puts the tool's translation of `pieces` on the bundle segment at `position`.
        func take(_ pieces: [(XLIFFUnit, XLIFFSegment)], at position: Int) {
            let (u, s) = bundleFlat[position]
            var segment = document.units[u].segments[s]
            let bundleCodes = segment.source.codes
            var target: RichText?
            var toolCodes: [InlineCode] = []
            var state = XLIFFState.final
            for (_, piece) in pieces {
                toolCodes += piece.source.codes
                guard let text = piece.target, !isBlank(text) else { state = .initial; continue }
                target = target.map { joined($0, text) } ?? text
                state = min(state, piece.state)
            }
            segment.target = target.map { renamingCodes(of: $0, toolSource: toolCodes, bundleSource: bundleCodes) }
            segment.state = target == nil ? .initial : state
            let (firstUnit, first) = pieces[0]
            segment.confirmed = pieces.count == 1 && first.confirmed
            segment.foreignTargetLanguage = pieces.lazy.compactMap(\.1.foreignTargetLanguage).first
            segment.metadata = first.metadata.merging(segment.metadata) { _, own in own }
            document.units[u].segments[s] = segment
            for (unit, _) in pieces {
                for note in unit.notes where !document.units[u].notes.contains(note) { document.units[u].notes.append(note) }
            }
            if let recorded = toolDetails.segment(unit: firstUnit.id, segment: first.id) {
                details.record(unit: document.units[u].id, segment: segment.id, recorded)
            }
            for note in toolDetails.notes where pieces.contains(where: { $0.0.id == note.unit && (note.segment == nil || note.segment == $0.1.id) }) {
                var moved = note
                moved.unit = document.units[u].id
                moved.segment = note.segment == nil ? nil : segment.id
                details.notes.append(moved)
            }
            lastUnit = u
        }
        for step in steps {
            let pieces = step.tool.map { toolFlat[$0] }
            switch (step.tool.count, step.bundle.count) {
            case (0, _):
                let segment = bundleSegment(step.bundle.lowerBound)
                missing.append(segment.id)
                lastUnit = bundleFlat[step.bundle.lowerBound].unit
                unmapped.insert(bundle.units[lastUnit].id + "\u{1F}" + segment.id)
            case (_, 0):
                let (unit, segment) = pieces[0]
                guard let target = segment.target, !isBlank(target) else {
                    if !SegmentDecision.nothingToTranslate(segment.source) {
                        skipped += 1
                        reasons.append("\(line(unit, segment))\(describe(unit, segment)): no target, and its source “\(short(segment.source.plainText))” "
                                       + "is no segment of the bundle's article.xlf: not imported")
                    }
                    continue
                }
                reasons.append("\(line(unit, segment))\(describe(unit, segment)): its source “\(short(segment.source.plainText))” is no segment "
                               + "of the bundle's article.xlf (edited in the tool, or segmented otherwise): stored under its source text "
                               + "in the article's scope, as a returned article.xlf's sentence the article does not have")
                var own = unit
                own.id = document.units.contains(where: { $0.id == unit.id }) ? "\(unit.id)~tool" : unit.id
                own.segments = [segment]
                extras[lastUnit, default: []].append(own)
                if let recorded = toolDetails.segment(unit: unit.id, segment: segment.id) {
                    details.record(unit: own.id, segment: segment.id, recorded)
                }
            case (1, 1):
                take(pieces, at: step.bundle.lowerBound)
            case (_, 1):
                take(pieces, at: step.bundle.lowerBound)
                let ids = pieces.map { describe($0.0, $0.1) }.joined(separator: ", ")
                reasons.append("\(line(pieces[0].0, pieces[0].1))\(ids): split in the tool from the bundle's segment \(bundleSegment(step.bundle.lowerBound).id): "
                               + "their targets are stored together, as the sentence the bundle exported")
            default:
                take(pieces, at: step.bundle.lowerBound)
                let (u, s) = bundleFlat[step.bundle.lowerBound]
                for position in step.bundle.dropFirst() {
                    let (v, t) = bundleFlat[position]
                    document.units[v].segments[t].target = nil
                    document.units[v].segments[t].state = .initial
                }
                if step.bundle.count == 2 && document.units[u].segments[s].target != nil {
                    // The importer's join says so in its own note (one target for both sentences).
                    document.units[u].segments[s].metadata[toolJoinKey] = "yes"
                } else if step.bundle.count > 2 {
                    let ids = step.bundle.map { bundleSegment($0).id }.joined(separator: ", ")
                    reasons.append("\(line(pieces[0].0, pieces[0].1))\(describe(pieces[0].0, pieces[0].1)): the bundle's segments \(ids) joined in "
                                   + "the tool: its target is stored with the first, the others have none")
                }
            }
        }
        if !missing.isEmpty {
            let named = missing.prefix(5).joined(separator: ", ") + (missing.count > 5 ? " and \(missing.count - 5) more" : "")
            reasons.append("the bundle's segment\(missing.count == 1 ? "" : "s") \(named) \(missing.count == 1 ? "has" : "have") no segment in this file "
                           + "(locked or left out by the tool?): left as the bundle wrote \(missing.count == 1 ? "it" : "them")")
        }
        // The bundle's segments the file does not have are named above and left out: they are as the bundle
        // wrote them (no target, or the export's untouched pre-translation).
        var units: [XLIFFUnit] = extras[-1] ?? []
        for (u, var unit) in document.units.enumerated() {
            unit.segments.removeAll { unmapped.contains(unit.id + "\u{1F}" + $0.id) }
            if !unit.segments.isEmpty { units.append(unit) }
            units += extras[u] ?? []
        }
        document.units = units
        return ToolFileMapping(document: document, details: details, mapped: mapped, toolSegments: toolFlat.count,
                               skipped: skipped, reasons: reasons)
    }
}
