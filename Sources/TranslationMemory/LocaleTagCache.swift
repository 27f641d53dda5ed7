import Foundation
import TaalgrensCore

/// Parsed language tags by their stored text (a memory holds few distinct locales), and a number for
/// each distinct list of a unit's locales, for the index backends of every store. One per search; not
/// thread-safe.
package final class LocaleTagCache {
    private var single: [String: LanguageTag] = [:]
    private var lists: [String: (tags: [LanguageTag], id: Int)] = [:]

    package init() {}

    /// The tag stored as `text`, or `nil` when it is malformed.
    package func tag(_ text: String) -> LanguageTag? {
        if let t = single[text] { return t }
        let t = LanguageTag(text)
        single[text] = t
        return t
    }

    /// The tags of a space-separated list (malformed ones left out), and a number for the list.
    package func tags(_ text: String) -> (tags: [LanguageTag], id: Int) {
        if let l = lists[text] { return l }
        let l = (text.split(separator: " ").compactMap { tag(String($0)) }, lists.count)
        lists[text] = l
        return l
    }
}
