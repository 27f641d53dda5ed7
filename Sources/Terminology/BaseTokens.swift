import Foundation
import TaalgrensCore

/// The word tokens term recognition starts from: ICU word boundaries (letter and number words), with
/// URLs and e-mail addresses left out so that no term is found inside "www.childfocus.be".
enum BaseTokens {
    /// Letter and number words of `text` as UTF-16 ranges, in order.
    static func words(in text: String, units: [UInt16], locale: LanguageTag) -> [(start: Int, end: Int)] {
        let masked = Placeables.urlAndEmailRanges(in: text)
        guard let boundaries = try? ICU.wordBoundaries(in: text, locale: locale.icuLocale) else { return [] }
        var out: [(Int, Int)] = []
        var previous = 0
        for (offset, kind) in boundaries {
            defer { previous = offset }
            guard kind == .letter || kind == .number || kind == .kana || kind == .ideographic else { continue }
            if masked.contains(where: { $0.lowerBound < offset && previous < $0.upperBound }) { continue }
            out.append((previous, offset))
        }
        return out
    }
}
