import Articles
import Bundles
import Foundation
import Interchange
import TaalgrensCore
import Terminology
import TranslationMemory

/// The result of `taalgrens check` in the shape of `cli-json.md`.
public struct CheckReport: Codable, Sendable {
    /// The counts of `cli-json.md`'s `summary`.
    public struct Summary: Codable, Sendable {
        /// Findings of severity `error`.
        public var errors: Int
        /// Findings of severity `warning`.
        public var warnings: Int
        /// Findings of severity `info`.
        public var info: Int
        /// How many units were checked.
        public var units: Int
    }
    /// The findings in the order of `docs/cli.md` (unit, then position), each with its rule id.
    public var findings: [Finding]
    /// Their counts by severity and the number of units checked.
    public var summary: Summary
    /// How many files (or folders) were checked: with more than one, the text and the HTML name each
    /// finding's file (``Finding/file``), since bundles number their segments alike. Not in the JSON, whose
    /// findings carry `file` whenever they come from a file.
    public var filesChecked = 0

    enum CodingKeys: String, CodingKey { case findings, summary }

    init(findings: [Finding], units: Int, filesChecked: Int = 0) {
        self.findings = findings
        self.filesChecked = filesChecked
        summary = Summary(errors: findings.filter { $0.severity == .error }.count,
                          warnings: findings.filter { $0.severity == .warning }.count,
                          info: findings.filter { $0.severity == .info }.count,
                          units: units)
    }

    /// One line per finding (`error missing-term fr-BE t042: message → suggestion`, after `<file>: ` when
    /// several files were checked, ``filesChecked``), then the summary; with `colour`, severities are
    /// coloured for a terminal.
    public func text(colour: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var out = ""
        for f in findings {
            let severity: String
            switch f.severity {
            case .error: severity = paint("error", "1;31")
            case .warning: severity = paint("warning", "33")
            case .info: severity = paint("info", "36")
            }
            // A TMX unit's finding starts with its file and line, as an editor jumps to it (its id may be a
            // fingerprint found nowhere in the file); other findings name their file when several were checked.
            if let file = f.file, let line = f.line { out += "\(DisplayPath.relative(file)):\(line): " }
            else if filesChecked > 1, let file = f.file { out += "\(DisplayPath.relative(file)): " }
            out += "\(severity) \(f.rule) \(f.locale) \(f.unit): \(f.message)"
            if let suggestion = f.suggestion { out += " → \(suggestion)" }
            out += "\n"
        }
        out += "\(counted(summary.units, "unit")) checked: \(counted(summary.errors, "error")), \(counted(summary.warnings, "warning")), \(counted(summary.info, "note"))\n"
        return out
    }

    /// A self-contained HTML page listing the findings, for a person to read in a browser: a summary line,
    /// then one row per finding (severity, rule and term entry, locale, unit, the text it points at with
    /// its UTF-16 offsets, message, suggestion). Text cells carry the `lang` of their language, so the
    /// browser hyphenates and screen readers pronounce them right; rule and unit ids never wrap at their
    /// hyphens. All text is escaped; the page has no script and loads nothing.
    public var html: String {
        func escape(_ s: String) -> String { MarkupEscaping.attribute(s) }
        var rows = ""
        for f in findings {
            let textLocale = escape((f.textLocale ?? f.locale).identifier)
            rows += "<tr class=\"\(f.severity.rawValue)\"><td>\(f.severity.rawValue)</td>"
            rows += "<td><code>\(escape(f.rule))</code>"
            if let termId = f.termId { rows += "<br><span class=\"term\">term entry <code>\(escape(termId))</code></span>" }
            rows += "</td><td>\(escape(f.locale.identifier))</td><td><code>\(escape(f.unit))</code>"
            if filesChecked > 1, let file = f.file { rows += "<br><span class=\"term\">\(escape(DisplayPath.relative(file)))</span>" }
            rows += "</td>"
            rows += "<td lang=\"\(textLocale)\">\(escape(f.text))"
            if f.end > f.start {
                rows += "<br><span class=\"offsets\" title=\"UTF-16 offsets in the plain text of the \(textLocale) variant\">at \(f.start)–\(f.end)</span>"
            }
            rows += "</td><td>\(escape(f.message))</td><td lang=\"\(escape(f.locale.identifier))\">\(escape(f.suggestion ?? ""))</td></tr>\n"
        }
        let table = findings.isEmpty ? "<p>No findings.</p>" : """
        <table><thead><tr><th>Severity</th><th>Rule</th><th>Locale</th><th>Unit</th><th>Text</th><th>Message</th><th>Suggestion</th></tr></thead>
        <tbody>
        \(rows)</tbody></table>
        """
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Taalgrens check report</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>
        body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.4rem .6rem;text-align:left;vertical-align:top}
        th{background:#f3f3f3}tr.error td:first-child{color:#b00020;font-weight:bold}tr.warning td:first-child{color:#a15c00}
        tr.info td:first-child{color:#00639b}.summary{font-size:1.1rem;margin:1rem 0}
        td code{white-space:nowrap}.term,.offsets{color:#666;font-size:.85rem}
        </style></head><body>
        <h1>Term and QA check</h1>
        <p class="summary">\(counted(summary.units, "unit")) checked: <strong>\(counted(summary.errors, "error"))</strong>, \(counted(summary.warnings, "warning")), \(counted(summary.info, "note")).</p>
        \(table)
        </body></html>

        """
    }
}

extension Workspace {
    /// `taalgrens check`: term and QA checks on article folders, TMX or XLIFF files, or the memory.
    /// - Parameters:
    ///   - paths: article folders, returned bundle folders (their `article.xlf`, ``bundleXLIFFs(in:)``), `.tmx`
    ///     or `.xlf` files; empty checks the memory. Files the system keeps beside documents (`Thumbs.db`, …)
    ///     are skipped with a note (``droppingSystemFiles(_:)``).
    ///   - termbases: termbases added to `Glossary/`. One that does not name its languages takes
    ///     ``glossaryLanguages``, else the one language pair of what is checked (``checkedPair(_:)``).
    ///   - includeDefaultTermbase: false leaves `Glossary/` out.
    ///   - memory: the memory to check when `paths` is empty (`nil` or empty: the default location).
    ///   - source: the source version of article folders (`--source`); `nil`: `en`, else the first version in
    ///     alphabetical order, said in a note (``defaultSource(of:targets:)``). TMX and XLIFF files say
    ///     their own.
    ///   - progress: called on the calling thread while a TMX file or the memory is read (every
    ///     ``CheckProgress/interval`` units) and while the rules run (``TermChecker/check(_:progress:)``),
    ///     for a progress line on a terminal; `nil` for none.
    /// - Throws: ``InputError`` for bad paths, files or termbases.
    public func check(paths: [URL], termbases: [URL] = [], includeDefaultTermbase: Bool = true, memory: String?,
                      source: LanguageTag? = nil, progress: ((CheckProgress) -> Void)? = nil) throws -> CheckReport {
        try job {
            // Each path is checked from its own source locale (a TMX header's srclang, an XLIFF's srcLang, an
            // article's source), not the last path's; the memory and paths that do not say are checked from en.
            var groups: [(units: [CheckUnit], source: LanguageTag)] = []
            var filesChecked = 0
            if paths.isEmpty {
                let option = memory?.isEmpty == true ? nil : memory
                let store = try openMemory(option)
                var units: [CheckUnit] = []
                try store.forEachUnit(filter: UnitFilter()) { unit in
                    units.append(CheckUnit(unit))
                    if let progress, units.count % CheckProgress.interval == 0 {
                        progress(CheckProgress(path: MemoryLocation.display(option), phase: .reading, done: units.count, total: nil))
                    }
                }
                groups = [(units, "en")]
            } else {
                // A returned bundle folder stands for its article.xlf, as in `import`; system files are skipped.
                let urls = droppingSystemFiles(paths).flatMap(Workspace.bundleXLIFFs(in:))
                guard !urls.isEmpty else {
                    throw InputError(file: "check", "expected an article folder, a bundle folder, a .tmx or an XLIFF file besides the system files skipped")
                }
                filesChecked = urls.count
                // Paths of one source locale are checked together, so rules across units (consistency) see them all.
                for url in urls {
                    let (checked, source) = try checkUnits(at: url, source: source, progress: progress)
                    let units = checked.map { unit -> CheckUnit in
                        var unit = unit
                        unit.file = url.path
                        return unit
                    }
                    if let index = groups.firstIndex(where: { $0.source == (source ?? "en") }) {
                        groups[index].units += units
                    } else {
                        groups.append((units, source ?? "en"))
                    }
                }
            }
            // A glossary that does not name its languages (OmegaT's glossary.txt, a source,target CSV) takes them
            // from --termbase-languages, else from what is checked when that is one pair.
            var workspace = self
            if workspace.glossaryLanguages == nil { workspace.glossaryLanguages = Self.checkedPair(groups) }
            let termbase = try workspace.termbase(extra: termbases, includeDefault: includeDefaultTermbase)
            let terminology = try TerminologyData.load(from: data)
            var findings: [Finding] = []
            // One count over the groups, so the line runs from 0 to every unit once.
            let total = groups.reduce(0) { $0 + $1.units.count }
            var before = 0
            for group in groups {
                let reporter = progress.map { report in
                    { (done: Int, _: Int) in report(CheckProgress(path: nil, phase: .checking, done: before + done, total: total)) }
                }
                findings += TermChecker(termbase: termbase, sourceLocale: group.source, data: terminology).check(group.units, progress: reporter)
                before += group.units.count
            }
            return CheckReport(findings: findings, units: groups.reduce(0) { $0 + $1.units.count }, filesChecked: filesChecked)
        }
    }

    /// The one language pair of what is checked: one source locale and one other locale among the units'
    /// variants; `nil` for several pairs or none.
    static func checkedPair(_ groups: [(units: [CheckUnit], source: LanguageTag)]) -> GlossaryLanguages? {
        guard groups.count == 1, let group = groups.first else { return nil }
        var targets: Set<LanguageTag> = []
        for unit in group.units { targets.formUnion(unit.variants.keys.filter { $0 != group.source }) }
        guard targets.count == 1, let target = targets.first else { return nil }
        return GlossaryLanguages(source: group.source, target: target)
    }

    /// The units to check in one path, and its source locale when the path says; `progress` hears of a
    /// TMX file's reading every ``CheckProgress/interval`` units; `chosenSource` is an article folder's
    /// source version (`--source`).
    func checkUnits(at url: URL, source chosenSource: LanguageTag? = nil,
                    progress: ((CheckProgress) -> Void)? = nil) throws -> ([CheckUnit], LanguageTag?) {
        switch try InputPath(url, verb: "check") {
        case .articleFolder(let folder):
            // A new article with only its source version (before it is sent out): its source is checked on
            // its own — a deprecated or superseded term, doubled spaces, text in another language.
            let files = try ArticleFolder(folder).versions
            if files.count == 1 {
                let source = try sourceVersion(of: folder, source: nil)
                let locale = source.article.locale
                let units = source.allSegments.map { segment in
                    var unit = CheckUnit(id: "\(source.article.id):\(segment.block):\(segment.position)", variants: [locale: segment.content])
                    if let file = files[locale] {
                        let line = segment.block < source.article.blocks.count ? source.article.blocks[segment.block].line : nil
                        unit.variantLocations[locale] = CheckUnit.SourceLocation(file: file.path, line: line)
                    }
                    return unit
                }
                return (units, locale)
            }
            if let chosenSource { try checkKnown([chosenSource], option: "--source") }
            let result = try align(folder: folder, source: chosenSource ?? defaultSource(of: folder, targets: []))
            let locator = VariantLocator(result, files: files)
            // Each source–target pair once, at its finest (not again inside its bead's unit).
            let units = result.alignment.translationUnits(articleID: result.articleID, pairingEveryLocale: false).map { unit -> CheckUnit in
                let id = "\(result.articleID):\(unit.origin?.block ?? 0):\(unit.origin?.position ?? 0)"
                var checkUnit = CheckUnit(id: id, variants: CheckUnit(unit).variants)
                for variant in unit.variants {
                    if let location = locator.location(of: variant) { checkUnit.variantLocations[variant.locale] = location }
                }
                return checkUnit
            }
            return (units, result.alignment.source)
        case .tmx(let file):
            let reader = try TMXReader(contentsOf: file)
            var units: [CheckUnit] = []
            while let unit = try reader.next() {
                var checkUnit = CheckUnit(unit)
                checkUnit.line = reader.unitLine
                units.append(checkUnit)
                if let progress, units.count % CheckProgress.interval == 0 {
                    progress(CheckProgress(path: file.path, phase: .reading, done: units.count, total: nil))
                }
            }
            return (units, reader.header.flatMap { LanguageTag($0.sourceLanguage) })
        case .xliff(let file):
            let data = try Workspace.readXLIFF(file)
            var details = XLIFFReadDetails()
            let document = try XLIFFReader.read(data, file: file.path, details: &details)
            // Two sentences a translator joined into the first segment's target (the second's left empty) are
            // checked as one, against both sources, as `import` stores them (``BundleXLIFF/joinedWithNext(_:)``;
            // tenth trial, finding 3: checked apart, the second sentence's numbers were "added" in the first
            // and the second "untranslated", six errors that hid the one real change).
            let flat = document.units.flatMap { unit in unit.segments.map { (unit: unit, segment: $0) } }
            let joins = BundleXLIFF.joinedWithNext(flat)
            var units: [CheckUnit] = []
            for (index, (unit, segment)) in flat.enumerated() where !joins.contains(index - 1) {
                var source = segment.source
                if joins.contains(index) { source = source + RichText(plain: " ") + flat[index + 1].segment.source }
                var variants: [LanguageTag: RichText] = [document.sourceLocale: source]
                if let target = segment.target { variants[document.targetLocale] = target }
                var checkUnit = CheckUnit(id: BundleXLIFF.localID(unit: unit.id, segment: segment.id), variants: variants)
                // The segment's line, so a finding reads file:line: as a TMX unit's does (fourteenth trial, finding 5).
                checkUnit.line = details.segment(unit: unit.id, segment: segment.id)?.line
                units.append(checkUnit)
            }
            return (units, document.sourceLocale)
        }
    }
}

/// Finds where an aligned variant of an article folder was read: its version's file and the line of the
/// block its first segment is in. A variant is the text of one or more consecutive segments of its
/// locale (``Alignment/ArticleAlignment/translationUnits(articleID:pairingEveryLocale:)``), and it records
/// the plain text of the segment before it (``Variant/previous``): its first segment is the one whose text
/// starts the variant's and whose predecessor is that text (the first such when a text repeats).
struct VariantLocator {
    private let segments: [LanguageTag: [Segment]]
    /// Per locale, the segments' indices by the plain text of the segment before each (`nil` for the first).
    private let byPrevious: [LanguageTag: [String?: [Int]]]
    private let lines: [LanguageTag: [Int?]]
    private let files: [LanguageTag: URL]

    /// A locator over an alignment's segments.
    /// - Complexity: O(s) in the number of segments of every locale.
    init(_ result: AlignResult, files: [LanguageTag: URL]) {
        segments = result.alignment.segments
        byPrevious = result.alignment.segments.mapValues { all in
            var index: [String?: [Int]] = [:]
            for k in all.indices { index[k > 0 ? all[k - 1].content.plainText : nil, default: []].append(k) }
            return index
        }
        lines = result.blockLines
        self.files = files
    }

    /// The variant's file and line, or `nil` when its locale has no file.
    /// - Complexity: O(c) for the c segments that follow a segment with the variant's previous text
    ///   (usually one); O(s) over the locale's segments when none starts the variant.
    func location(of variant: Variant) -> CheckUnit.SourceLocation? {
        guard let file = files[variant.locale], let all = segments[variant.locale] else { return nil }
        let text = variant.content.plainText
        let candidates = byPrevious[variant.locale]?[variant.previous] ?? []
        let index = candidates.first { text.hasPrefix(all[$0].content.plainText) }
            ?? all.indices.first { text.hasPrefix(all[$0].content.plainText) }
        guard let index else { return CheckUnit.SourceLocation(file: file.path, line: nil) }
        let block = all[index].block
        let blockLines = lines[variant.locale] ?? []
        return CheckUnit.SourceLocation(file: file.path, line: block < blockLines.count ? blockLines[block] : nil)
    }
}
