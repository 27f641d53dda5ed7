import Foundation
import TaalgrensCore

/// A difference between an exported XLIFF document and the one a translator sent back, found by
/// ``XLIFFDocument/compare(returned:)``. Each names the unit and segment concerned, so that nothing is
/// imported silently.
public struct XLIFFDiscrepancy: Hashable, Sendable, CustomStringConvertible {
    /// What kind of difference was found.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// The returned file's source or target language is not the exported one.
        case languageChanged
        /// An exported unit is not in the returned file.
        case missingUnit
        /// The returned file has a unit that was not exported.
        case unexpectedUnit
        /// An exported segment is not in its returned unit (for example, segments were joined).
        case missingSegment
        /// A returned unit has a segment that was not exported (for example, a segment was split).
        case unexpectedSegment
        /// A segment's source text or source codes differ from the exported ones.
        case changedSource
        /// A target's inline codes do not match its source: a code is missing, added, repeated, or a
        /// paired code closes before it opens.
        case brokenInlineCodes
    }

    /// What kind of difference this is.
    public var kind: Kind
    /// The unit id, unless the discrepancy concerns the whole file.
    public var unit: String?
    /// The segment id, when one segment is concerned.
    public var segment: String?
    /// What differs, in words a translator understands.
    public var message: String

    /// A discrepancy; ``XLIFFDocument/compare(returned:)`` makes them.
    public init(kind: Kind, unit: String? = nil, segment: String? = nil, message: String) {
        self.kind = kind
        self.unit = unit
        self.segment = segment
        self.message = message
    }

    /// `unit/segment: message`.
    public var description: String {
        let place = [unit, segment].compactMap { $0 }.joined(separator: "/")
        return place.isEmpty ? message : "\(place): \(message)"
    }
}

extension XLIFFDocument {
    /// Compares a returned (translated) document with this exported one, unit by unit and segment by
    /// segment, in export order.
    ///
    /// Reported: a changed source or target language; a missing or unexpected unit or segment (matched
    /// by id); a changed source (plain text, or the sequence of code ids and kinds); and broken inline
    /// codes in a target: each target must hold the same codes as its source (id and kind, each once),
    /// and within a unit a paired code's closing must come after its opening. Segments without a target
    /// are not errors: they are simply untranslated. Units without segments are ignored (the writer
    /// leaves them out).
    ///
    /// - Returns: the discrepancies, empty when the returned document can be imported as it is.
    /// - Complexity: O(n) in the size of both documents.
    public func compare(returned: XLIFFDocument) -> [XLIFFDiscrepancy] {
        var out: [XLIFFDiscrepancy] = []
        if returned.sourceLocale != sourceLocale {
            out.append(XLIFFDiscrepancy(kind: .languageChanged, message: "the source language is \(returned.sourceLocale), expected \(sourceLocale)"))
        }
        if returned.targetLocale != targetLocale {
            out.append(XLIFFDiscrepancy(kind: .languageChanged, message: "the target language is \(returned.targetLocale), expected \(targetLocale)"))
        }
        let returnedUnits = Dictionary(returned.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let exportedIDs = Set(units.map(\.id))
        for unit in units where !unit.segments.isEmpty {
            guard let back = returnedUnits[unit.id] else {
                out.append(XLIFFDiscrepancy(kind: .missingUnit, unit: unit.id, message: "the unit is missing from the returned file"))
                continue
            }
            out += Self.compare(unit, back)
        }
        for unit in returned.units where !exportedIDs.contains(unit.id) {
            out.append(XLIFFDiscrepancy(kind: .unexpectedUnit, unit: unit.id, message: "the returned file has a unit that was not exported"))
        }
        return out
    }

    private struct CodeKey: Hashable, CustomStringConvertible {
        var id: String
        var kind: InlineCode.Kind
        var description: String {
            switch kind {
            case .opening: "start of \(id)"
            case .closing: "end of \(id)"
            case .standalone: id
            }
        }
    }

    private static func keys(_ text: RichText) -> [CodeKey] { text.codes.map { CodeKey(id: $0.id, kind: $0.kind) } }

    private static func compare(_ unit: XLIFFUnit, _ back: XLIFFUnit) -> [XLIFFDiscrepancy] {
        var out: [XLIFFDiscrepancy] = []
        let returnedSegments = Dictionary(back.segments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let exportedIDs = Set(unit.segments.map(\.id))
        for segment in unit.segments {
            guard let returned = returnedSegments[segment.id] else {
                out.append(XLIFFDiscrepancy(kind: .missingSegment, unit: unit.id, segment: segment.id,
                                            message: "the segment is missing from the returned unit"))
                continue
            }
            if returned.source.plainText != segment.source.plainText {
                out.append(XLIFFDiscrepancy(kind: .changedSource, unit: unit.id, segment: segment.id,
                                            message: "the source was changed: expected «\(segment.source.plainText)», found «\(returned.source.plainText)»"))
            } else if keys(returned.source) != keys(segment.source) {
                out.append(XLIFFDiscrepancy(kind: .changedSource, unit: unit.id, segment: segment.id,
                                            message: "the source's inline codes were changed: expected \(describe(keys(segment.source))), found \(describe(keys(returned.source)))"))
            }
            if let target = returned.target, let problem = codeProblem(source: segment.source, target: target) {
                out.append(XLIFFDiscrepancy(kind: .brokenInlineCodes, unit: unit.id, segment: segment.id, message: problem))
            }
        }
        for segment in back.segments where !exportedIDs.contains(segment.id) {
            out.append(XLIFFDiscrepancy(kind: .unexpectedSegment, unit: unit.id, segment: segment.id,
                                        message: "the returned unit has a segment that was not exported"))
        }
        // Order across the unit: a closing must follow its opening in the targets, in segment order.
        let targets: [(String, RichText)] = unit.segments.compactMap { segment in
            returnedSegments[segment.id]?.target.map { (segment.id, $0) }
        }
        let targetOpenings = Set(targets.flatMap { $0.1.codes.filter { $0.kind == .opening }.map(\.id) })
        var opened: Set<String> = []
        var reported: Set<String> = []
        for (segmentID, target) in targets {
            for code in target.codes {
                if code.kind == .opening { opened.insert(code.id) }
                guard code.kind == .closing, targetOpenings.contains(code.id), !opened.contains(code.id),
                      reported.insert(code.id).inserted else { continue }
                out.append(XLIFFDiscrepancy(kind: .brokenInlineCodes, unit: unit.id, segment: segmentID,
                                            message: "the inline code \(code.id) closes before it opens"))
            }
        }
        return out
    }

    /// Why a target's codes do not match its source's, or `nil` when they do (same codes, each once).
    private static func codeProblem(source: RichText, target: RichText) -> String? {
        var expected: [CodeKey: Int] = [:]
        for key in keys(source) { expected[key, default: 0] += 1 }
        var found: [CodeKey: Int] = [:]
        for key in keys(target) { found[key, default: 0] += 1 }
        guard expected != found else { return nil }
        var parts: [String] = []
        let missing = expected.keys.filter { (found[$0] ?? 0) < (expected[$0] ?? 0) }.sorted { $0.description < $1.description }
        let extra = found.keys.filter { (found[$0] ?? 0) > (expected[$0] ?? 0) }.sorted { $0.description < $1.description }
        if !missing.isEmpty { parts.append("missing \(missing.map(\.description).joined(separator: ", "))") }
        if !extra.isEmpty { parts.append("unexpected or repeated \(extra.map(\.description).joined(separator: ", "))") }
        return "the target's inline codes do not match the source: " + parts.joined(separator: "; ")
    }

    private static func describe(_ keys: [CodeKey]) -> String {
        keys.isEmpty ? "no codes" : keys.map(\.description).joined(separator: ", ")
    }
}
