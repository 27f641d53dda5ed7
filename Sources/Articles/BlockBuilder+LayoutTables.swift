// Tables that lay a page out rather than hold data (session 12): a newsletter exported from Mailchimp,
// Campaign Monitor or an e-mail editor is a nest of tables (`<table role="presentation">`,
// `class="mcnTextContentContainer"`) whose cells hold the headings and paragraphs of the mail; a word
// processor's one-cell table is a box around a paragraph. Read as data tables, every paragraph became a
// `tableCell` block and the title a cell (`docs/articles.md`, "Layout tables").
extension BlockBuilder {
    /// Whether `table` lays the page out: its `role` is `presentation` or `none` (WAI-ARIA 1.2); or it has
    /// none of a data table's marks (a `<caption>`, `<th>`, `<thead>`, `<tfoot>`, `<colgroup>`, a
    /// `summary`, a cell's `headers`, `scope` or `abbr`) and one of a layout's: a table inside one of its
    /// cells, a heading inside one of its cells, or a single column (no row of its own with two cells).
    /// The marks are those browsers use to tell the two apart (Firefox's and Chrome's layout-table
    /// heuristics), less the ones that need rendering (borders, sizes).
    /// - Complexity: O(n) in the number of nodes inside `table`.
    static func isLayoutTable(_ table: HTMLNode) -> Bool {
        if let role = table.attributes["role"]?.lowercased(), role == "presentation" || role == "none" { return true }
        if table.attributes["summary"] != nil { return false }
        var rows: [HTMLNode] = []
        for child in table.children where child.kind == .element {
            switch child.name {
            case "caption", "thead", "tfoot", "colgroup", "col": return false
            case "tr": rows.append(child)
            case "tbody": rows += child.children.filter { $0.kind == .element && $0.name == "tr" }
            default: break
            }
        }
        var widest = 0
        var nested = false
        for row in rows {
            let cells = row.children.filter { $0.kind == .element && ($0.name == "td" || $0.name == "th") }
            widest = max(widest, cells.count)
            for cell in cells {
                if cell.name == "th" || cell.attributes["headers"] != nil || cell.attributes["scope"] != nil || cell.attributes["abbr"] != nil {
                    return false
                }
                if cell.firstElement(named: "table") != nil || ["h1", "h2", "h3", "h4", "h5", "h6"].contains(where: { cell.firstElement(named: $0) != nil }) {
                    nested = true
                }
            }
        }
        return !rows.isEmpty && (nested || widest <= 1)
    }
}
