import TaalgrensCore

/// Decides how each inline code of a unit is written in XLIFF: as a paired element wrapping its content
/// (`<pc>` in 2.x, `<g>` in 1.2), a placeholder (`<ph/>`, `<x/>`), or a start and an end marker
/// (`<sc/>`/`<ec/>`, `<bx/>`/`<ex/>`).
///
/// The rules follow XLIFF 2.1 section 4.2.2 (inline elements) and the constraints on `isolated`:
/// - an opening and its closing in the same segment, properly nested with the other pairs there, become
///   one paired element;
/// - a pair that crosses another pair in the same segment, or whose two ends sit in different segments
///   of the unit (a link spanning two sentences), becomes a start and an end marker, not isolated;
/// - an opening or closing whose partner is not in the unit at all becomes an isolated marker
///   (`isolated="yes"`), the only case where the standard asks for it. In a target this includes a
///   partner that would sit in a segment that has no target.
///
/// Pairing: an opening pairs with the first later closing of the same id in the unit.
/// - Complexity: O(n) in the number of elements of the unit's texts, plus O(d) per closing for a
///   nesting depth d.
struct InlineLayout {
    enum Form: Hashable {
        /// The opening of a paired element; `closeAt` is the element index of its closing.
        case pairedOpen(closeAt: Int)
        case pairedClose
        case placeholder
        case start(isolated: Bool)
        case end(isolated: Bool)
    }

    /// `forms[s][e]`: the form of element `e` of segment `s`, for code elements only.
    private(set) var forms: [[Int: Form]]

    /// - Parameter texts: the unit's texts in segment order; `nil` for a segment without this side
    ///   (a segment with no target).
    init(_ texts: [RichText?]) {
        forms = Array(repeating: [:], count: texts.count)
        // Pair openings with closings across the whole unit.
        struct Position: Hashable { var segment: Int; var element: Int }
        var openByID: [String: [Position]] = [:]
        var partner: [Position: Position] = [:]
        for (s, text) in texts.enumerated() {
            guard let text else { continue }
            for (e, element) in text.elements.enumerated() {
                guard case .code(let code) = element else { continue }
                let here = Position(segment: s, element: e)
                switch code.kind {
                case .standalone:
                    forms[s][e] = .placeholder
                case .opening:
                    openByID[code.id, default: []].append(here)
                case .closing:
                    if var queue = openByID[code.id], !queue.isEmpty {
                        let open = queue.removeFirst()
                        openByID[code.id] = queue
                        partner[open] = here
                        partner[here] = open
                    }
                }
            }
        }
        // Classify each segment's codes.
        for (s, text) in texts.enumerated() {
            guard let text else { continue }
            var stack: [Int] = []  // element indices of paired-candidate openings
            for (e, element) in text.elements.enumerated() {
                guard case .code(let code) = element, code.kind != .standalone else { continue }
                let here = Position(segment: s, element: e)
                guard let other = partner[here] else {
                    forms[s][e] = code.kind == .opening ? .start(isolated: true) : .end(isolated: true)
                    continue
                }
                if other.segment != s {
                    forms[s][e] = code.kind == .opening ? .start(isolated: false) : .end(isolated: false)
                    continue
                }
                if code.kind == .opening {
                    stack.append(e)
                    forms[s][e] = .pairedOpen(closeAt: other.element)
                    continue
                }
                // A closing whose opening is in this segment.
                if stack.last == other.element {
                    stack.removeLast()
                    forms[s][e] = .pairedClose
                } else {
                    // It crosses a pair opened after it: both ends become markers.
                    stack.removeAll { $0 == other.element }
                    forms[s][other.element] = .start(isolated: false)
                    forms[s][e] = .end(isolated: false)
                }
            }
        }
    }
}
