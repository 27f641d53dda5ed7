import Foundation
import TaalgrensCore

/// The store-independent half of ``TMStore/importTranslations(_:article:source:target:origin:)``: which
/// incoming bilingual units update which of an article's stored units, and how (`docs/memory.md`,
/// "Importing translations"). Every store runs its own transaction around it.
package enum TranslationMerge {
    /// Checks the incoming units: each has a `target` variant.
    /// - Throws: ``TMError/invalidUnit(_:)``.
    package static func validate(_ units: [TranslationUnit], target: LanguageTag) throws {
        for u in units where !u.variants.contains(where: { $0.locale == target }) {
            throw TMError.invalidUnit("unit \(u.id) has no \(target) variant to import")
        }
    }

    /// For each incoming unit, the index of the stored article unit it translates, or `nil`.
    ///
    /// Only units whose status can be exact take part (a draft that needs review never replaces an
    /// article's translation), and only by identical source text (``ArticleMatcher`` without its
    /// second, by-place step: a translation of another sentence must not land on this one).
    /// - Complexity: O(n + m) hashing in the numbers of incoming and stored units.
    package static func match(_ units: [TranslationUnit], stored: [TranslationUnit], source: LanguageTag, target: LanguageTag) -> [Int?] {
        let eligible = units.indices.filter { units[$0].status(for: target).canBeExact }
        let pairs = ArticleMatcher.match(incoming: eligible.map { units[$0] }, stored: stored, source: source, samePlace: false)
        var result = [Int?](repeating: nil, count: units.count)
        for (k, i) in eligible.enumerated() { result[i] = pairs[k] }
        return result
    }

    /// What importing `units` (translations into `target`) does to an article's `stored` units, decided
    /// the same way by every store: each incoming unit is matched (``match(_:stored:source:target:)``) and merged
    /// (``apply(_:target:to:now:)``).
    /// - Returns: the stored units to rewrite (by the store's key) with their merged content, the incoming
    ///   units that matched nothing (imported as interchange units), and how many matched without a change.
    package static func plan(_ units: [TranslationUnit], stored: [(pk: Int64, unit: TranslationUnit)], target: LanguageTag,
                             source: LanguageTag, now: Date) -> (updates: [(pk: Int64, unit: TranslationUnit)], rest: [TranslationUnit], unchanged: Int) {
        var updates: [(pk: Int64, unit: TranslationUnit)] = []
        var rest: [TranslationUnit] = []
        var unchanged = 0
        for (i, match) in self.match(units, stored: stored.map(\.unit), source: source, target: target).enumerated() {
            guard let k = match else { rest.append(units[i]); continue }
            guard let merged = apply(units[i], target: target, to: stored[k].unit, now: now) else {
                unchanged += 1
                continue
            }
            updates.append((stored[k].pk, merged))
        }
        return (updates, rest, unchanged)
    }

    /// The stored unit with the incoming unit's `target` variant set, or `nil` when nothing changes.
    ///
    /// The variant takes the incoming content and sentence starts; a stored variant keeps its context
    /// (previous and next segment in the article), a new one takes the incoming context. The status is the
    /// target variant's own (`docs/memory.md`, "Review status"): a changed target takes the incoming
    /// target's status; an identical one keeps the stored target's status, raised to `reviewed` when the
    /// incoming target is reviewed. The unit's own status, id, origin, confidence, properties, notes and
    /// other variants (with their statuses) stay; `changed` becomes `now`.
    package static func apply(_ incoming: TranslationUnit, target: LanguageTag, to stored: TranslationUnit, now: Date) -> TranslationUnit? {
        guard let new = incoming.variants.first(where: { $0.locale == target }) else { return nil }
        let old = stored.variants.first { $0.locale == target }
        let sameText = old.map { sameTranslation($0.content, new.content) } ?? false
        let incomingStatus = VariantStatus.stored(new, of: incoming)
        let storedStatus = old.map { VariantStatus.stored($0, of: stored) }
        let status: UnitStatus
        if sameText, let storedStatus {
            status = incomingStatus == .reviewed ? .reviewed : storedStatus
        } else {
            status = incomingStatus
        }
        if sameText && status == storedStatus { return nil }
        var unit = stored
        let content = sameText ? (old?.content ?? new.content) : localized(new.content, stored: old?.content)
        let variant = Variant(locale: target, content: content, sentenceStarts: sameText ? (old?.sentenceStarts ?? []) : new.sentenceStarts,
                              previous: old?.previous ?? new.previous, next: old?.next ?? new.next,
                              status: status == stored.status ? nil : status)
        unit.variants = (stored.variants.filter { $0.locale != target } + [variant]).sorted { $0.locale < $1.locale }
        unit.changed = now
        return unit
    }

    /// Whether two translations are the same for the memory: the same plain text, and the same inline codes
    /// (kind and type) at the same UTF-16 offsets. Code ids and attributes may differ: a bundle renumbers
    /// a match's codes to the source's ids and gives them the source's attributes (its links), so an
    /// untouched pre-translated target differs from the stored variant only there.
    package static func sameTranslation(_ a: RichText, _ b: RichText) -> Bool {
        guard a.plainText == b.plainText else { return false }
        let x = a.positionedCodes, y = b.positionedCodes
        return x.count == y.count && zip(x, y).allSatisfy { $0.offset == $1.offset && $0.code.kind == $1.code.kind && $0.code.type == $1.code.type }
    }

    /// The incoming target with the stored variant's inline codes put back where they correspond (the same
    /// number of codes with the same kinds and types, in order), so the variant keeps its own code ids and
    /// attributes (the links of the target-language article); otherwise the incoming codes as they are.
    package static func localized(_ incoming: RichText, stored: RichText?) -> RichText {
        guard let stored else { return incoming }
        let theirs = stored.codes, ours = incoming.codes
        guard theirs.count == ours.count, !ours.isEmpty,
              zip(theirs, ours).allSatisfy({ $0.kind == $1.kind && $0.type == $1.type }) else { return incoming }
        var k = 0
        return RichText(incoming.elements.map { element in
            guard case .code = element else { return element }
            defer { k += 1 }
            return .code(theirs[k])
        })
    }

    /// Checks that no local id repeats within one interchange import.
    /// - Throws: ``TMError/conflict(_:)`` naming the id and the scope.
    package static func checkUniqueIDs(_ units: [TranslationUnit], origin: String) throws {
        var seen: Set<String> = []
        for u in units where !seen.insert(u.id).inserted {
            throw TMError.conflict("unit id \(u.id) occurs twice in \(origin)")
        }
    }
}
