import Foundation
import TaalgrensCore

/// What an XLIFF file from another tool says about one segment's translation, in the terms of a
/// ``TranslationUnit``: who and when (as TMX says it, so a TMX export writes it back as `creationid`,
/// `changeid`, `creationdate`, `changedate`), where the translation came from, and the notes.
public struct ToolMetadata: Hashable, Sendable {
    /// Unit properties: `tmx:creationid` and `tmx:changeid` (the translator and the last editor, written
    /// back by ``TMXWriter`` as `<tu>` attributes), `x-sdl-origin`, `x-sdl-origin-system`, `x-sdl-percent`,
    /// `x-sdl-text-match` (Trados Studio: `interactive`, `tm`, `mt`, …; the memory or engine; the match
    /// percentage), written back as `<prop>`s.
    public var properties: [String: String]
    /// The notes that apply to the segment: the document's, then its unit's (and groups'), in file order.
    public var notes: [String]
    /// When the translation was made, when the file says so; `nil` when unknown (never the import time).
    /// When the file gives only a change date, the creation date is that date (the translation existed
    /// by then), so it is never later than ``changed``.
    public var created: Date?
    /// When the translation was last changed, when the file says so; `nil` when unknown.
    public var changed: Date?

    /// Metadata; see the properties.
    public init(properties: [String: String] = [:], notes: [String] = [], created: Date? = nil, changed: Date? = nil) {
        self.properties = properties
        self.notes = notes
        self.created = created
        self.changed = changed
    }
}

extension XLIFFDocument {
    /// What the file records about `segment`'s translation (``ToolMetadata``), from the notes of the
    /// document and `unit` and from the tool attributes the reader kept in the segment's metadata:
    ///
    /// | file | metadata key | becomes |
    /// |---|---|---|
    /// | memoQ (MQXLIFF) | `mq:lastchangingusername` | `tmx:changeid` |
    /// | memoQ | `mq:lastchangedtimestamp` (ISO 8601) | ``ToolMetadata/changed`` |
    /// | Trados Studio (SDLXLIFF) | `sdl:created_by`, `sdl:modified_by` / `sdl:last_modified_by` | `tmx:creationid`, `tmx:changeid` |
    /// | Trados Studio | `sdl:created_on`, `sdl:modified_on` (`M/d/yyyy H:mm:ss`, UTC, or ISO 8601) | created, changed |
    /// | Trados Studio | `sdl:origin`, `sdl:origin-system`, `sdl:percent`, `sdl:text-match` | `x-sdl-…` properties |
    /// | Phrase (MXLIFF) | `m:created-by`, `m:modified-by` | `tmx:creationid`, `tmx:changeid` |
    /// | Phrase | `m:created-at`, `m:modified-at` (milliseconds since 1970, UTC) | created, changed |
    ///
    /// XLIFF itself has no dates: a unit from a file without these attributes has no dates (unknown).
    /// - Complexity: O(number of notes and metadata entries).
    public func toolMetadata(unit: XLIFFUnit, segment: XLIFFSegment) -> ToolMetadata {
        var out = ToolMetadata(notes: notes + unit.notes)
        let m = segment.metadata
        if let editor = m["mq:lastchangingusername"] ?? m["sdl:last_modified_by"] ?? m["sdl:modified_by"] ?? m["m:modified-by"] {
            out.properties["tmx:changeid"] = editor
        }
        if let creator = m["sdl:created_by"] ?? m["m:created-by"] { out.properties["tmx:creationid"] = creator }
        for name in ["origin", "origin-system", "percent", "text-match"] {
            if let value = m["sdl:" + name] { out.properties["x-sdl-" + name] = value }
        }
        out.changed = (m["mq:lastchangedtimestamp"] ?? m["sdl:modified_on"]).flatMap(ToolDate.parse)
            ?? m["m:modified-at"].flatMap(ToolDate.milliseconds)
        out.created = m["sdl:created_on"].flatMap(ToolDate.parse) ?? m["m:created-at"].flatMap(ToolDate.milliseconds) ?? out.changed
        return out
    }
}

extension XLIFFSegment {
    /// The metadata key under which the XLIFF 1.2 reader keeps a CAT tool's lock on the segment, in the
    /// file's words (`memoQ mq:locked="locked"`, `Trados Studio locked="true"`, `Phrase m:locked="true"`):
    /// the project keeps the segment as it stands (docs/interchange.md, "Locked segments").
    public static let toolLockKey = "tool-locked"
    /// The metadata key present (`yes`) when the lock made the tool's draft status (memoQ `Pretranslated`,
    /// Phrase `m:confirmed="0"`, Trados Studio without `conf`) translated.
    public static let lockLiftedKey = "tool-locked-lifted"
    /// The metadata key under which the readers keep an ITS mark saying the target is machine translation,
    /// in the file's words (``MachineTranslationMarks``: `its:mtConfidence="0.82" (ITS MT Confidence)`).
    public static let machineTranslationKey = "machine-translation"

    /// The tool's lock on the segment in the file's words (``toolLockKey``), or `nil` when not locked.
    public var toolLock: String? { metadata[Self.toolLockKey] }
}

/// The date formats CAT tools write in their XLIFF extensions.
enum ToolDate {
    /// Phrase's form: milliseconds since 1970-01-01T00:00:00Z as decimal digits (`1759420800000`);
    /// `nil` for anything else and for 0 (Phrase's "not known"). Source: developers.phrase.com, "MXLIFF
    /// structure" (`m:created-at`, `m:modified-at`).
    static func milliseconds(_ text: String) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.count <= 16, t.allSatisfy({ $0.isASCII && $0.isNumber }), let ms = Int64(t), ms > 0 else { return nil }
        return Date(timeIntervalSince1970: Double(ms) / 1000)
    }

    /// ISO 8601 (`2022-03-01T12:05:00Z`, with fractional seconds or an offset), TMX's
    /// `YYYYMMDDThhmmssZ`, or Trados Studio's `M/d/yyyy H:mm:ss` (UTC); `nil` for anything else.
    static func parse(_ text: String) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let date = TMXDate.parse(t) { return date }
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: t) { return date }
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = iso.date(from: t) { return date }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in ["M/d/yyyy H:mm:ss", "M/d/yyyy h:mm:ss a", "yyyy-MM-dd HH:mm:ss"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: t) { return date }
        }
        return nil
    }
}
