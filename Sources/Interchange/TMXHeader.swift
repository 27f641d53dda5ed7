import Foundation
import TaalgrensCore

/// The `<header>` of a TMX 1.4b document (section 3.3 of the TMX 1.4b specification).
public struct TMXHeader: Hashable, Sendable {
    /// `creationtool`, for example `Taalgrens`.
    public var creationTool: String
    /// `creationtoolversion`.
    public var creationToolVersion: String
    /// `segtype`: `block`, `paragraph`, `sentence` or `phrase`.
    public var segmentType: String
    /// `o-tmf`: the format of the memory the file was exported from.
    public var originalFormat: String
    /// `adminlang`: the language of notes and properties.
    public var adminLanguage: String
    /// `srclang`: the source language, or `*all*` when any variant can be the source.
    public var sourceLanguage: String
    /// `datatype`, for example `html` or `plaintext`.
    public var dataType: String
    /// `creationdate`, when present and well-formed.
    public var creationDate: Date?
    /// `changedate`, when present and well-formed.
    public var changeDate: Date?
    /// `creationid`: who created the document (for example `NEWSROOM\anne`), when given. A header's
    /// creator is not a unit's: units keep their own `creationid`, and inherit only the tool.
    public var creationID: String?
    /// `changeid`: who last changed the document, when given.
    public var changeID: String?
    /// Header `<prop>`s by type (a repeated type keeps the last value).
    public var properties: [String: String]
    /// Header `<note>`s.
    public var notes: [String]

    /// A header; the defaults are what ``TMXWriter`` writes.
    public init(creationTool: String = "Taalgrens", creationToolVersion: String = TaalgrensVersion.current, segmentType: String = "sentence",
                originalFormat: String = "Taalgrens", adminLanguage: String = "en", sourceLanguage: String = "*all*",
                dataType: String = "html", creationDate: Date? = nil, changeDate: Date? = nil,
                properties: [String: String] = [:], notes: [String] = []) {
        self.creationTool = creationTool
        self.creationToolVersion = creationToolVersion
        self.segmentType = segmentType
        self.originalFormat = originalFormat
        self.adminLanguage = adminLanguage
        self.sourceLanguage = sourceLanguage
        self.dataType = dataType
        self.creationDate = creationDate
        self.changeDate = changeDate
        self.properties = properties
        self.notes = notes
    }
}
