/// A count with its noun in the right number, for text output: `1 unit`, `2 units`, `0 errors`.
/// - Parameters:
///   - count: how many.
///   - singular: the noun for one (`unit`).
///   - plural: the noun for any other count; `nil` adds `s` to `singular`.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
