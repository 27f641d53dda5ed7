import TaalgrensCore

/// A time of day read from text ("17:45", "17.45 uur", "17u45", "17 h 45", "5.45 p.m."), with the shape it
/// was written in, so that a new value can be written the way a stored target writes its time.
///
/// The value is on the 24-hour clock: "5.45 p.m." and "17.45 uur" are both 17:45. Which forms each locale
/// writes is data (`Locales/<locale>/times.json`, `docs/matching.md`, "Times").
public struct TimeValue: Hashable, Sendable {
    /// How a time was written.
    public struct Form: Hashable, Sendable {
        /// Digits of the hour as written: 2 for "09:30", 1 for "9:30".
        public var hourDigits: Int
        /// The text between the hour and the minutes as written (":", ".", "u", " h "), `nil` when no
        /// minutes were written ("17 uur", "5 pm", "16 h").
        public var separator: String?
        /// The text after the hour or the minutes as written, with its leading space: " uur", " p.m.",
        /// "pm", " h", "u", or "" (nothing: "17:45", "17h45").
        public var suffix: String
        /// Whether the time was written on the 12-hour clock (with an a.m./p.m. marker in ``suffix``).
        public var twelveHour: Bool

        /// A written shape; see the properties.
        public init(hourDigits: Int, separator: String?, suffix: String, twelveHour: Bool) {
            self.hourDigits = hourDigits
            self.separator = separator
            self.suffix = suffix
            self.twelveHour = twelveHour
        }
    }

    /// 0–23.
    public var hour: Int
    /// 0–59.
    public var minute: Int
    /// How the time was written.
    public var form: Form

    /// A time of day on the 24-hour clock (`hour` 0–23, `minute` 0–59) written in `form`.
    public init(hour: Int, minute: Int, form: Form) {
        self.hour = hour
        self.minute = minute
        self.form = form
    }

    /// The value as "HH:MM" on the 24-hour clock ("17:45", "09:05"): equal for two times exactly when they
    /// are the same time of day, whatever their written forms.
    public var canonical: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Writes this time in the shape of `original`, a time already written in `locale`.
    ///
    /// The hour keeps the original's padding (a leading zero where it wrote one: "08:00" → "09:15", "10:30" → "9:15") and clock: on a 12-hour original the hour is converted and the
    /// a.m./p.m. marker follows the value, in the original's spelling and case ("a.m." ↔ "p.m.", "AM" ↔
    /// "PM", from the locale's `times.json` lists). Minutes are written when the original writes minutes or
    /// this value has some; an original without minutes gets them after its hour letter when it ends in one
    /// ("16 h" → "17 h 20", "16u" → "17u20"), else after the locale's `minuteSeparator` ("16 uur" →
    /// "17.20 uur" in nl-BE). Where the locale writes minutes after an hour marker (`minutesAfterMarker`,
    /// fr-BE), an original written with the marker keeps it, minutes going after it and left out at :00
    /// ("8 heures" → "9 heures 30", "20 heures 30" → "21 heures"), and the marker agrees with the new hour
    /// ("1 heure" → "2 heures", `markerPlurals`). Without `original`, "HH:MM".
    /// - Parameters:
    ///   - locale: the target locale, whose `Locales/<locale>/times.json` lists its markers.
    ///   - original: the time this value replaces in the target.
    /// - Returns: the text to put in the target.
    public func written(for locale: LanguageTag, like original: TimeValue?) -> String {
        guard let form = original?.form else { return canonical }
        let forms = LocaleConventions.for(locale).times
        var hourText: String
        var suffix = form.suffix
        if form.twelveHour {
            let h12 = hour % 12 == 0 ? 12 : hour % 12
            hourText = String(h12)
            suffix = forms.dayPeriodSuffix(suffix, afternoon: hour >= 12)
        } else {
            hourText = String(hour)
        }
        // A leading zero only where the original wrote one ("08:00" → "09:15"), not for a two-digit hour
        // ("10 heures" → "1 heure", "10:30" → "9:15").
        if let original, form.hourDigits == 2, hourText.count == 1 {
            let writtenHour = form.twelveHour ? (original.hour % 12 == 0 ? 12 : original.hour % 12) : original.hour
            if writtenHour < 10 { hourText = "0" + hourText }
        }
        if forms.minutesAfterMarker, !form.twelveHour, let (leading, marker, trailing) = forms.hourMarker(in: form.separator ?? form.suffix) {
            // "8 heures", "20 heures 30": the marker stays, minutes after it, none at :00.
            var text = hourText + leading + forms.marker(marker, agreeingWith: hour)
            if minute != 0 {
                text += (trailing.isEmpty ? (leading.isEmpty ? " " : leading) : trailing) + (minute < 10 ? "0" : "") + String(minute)
            }
            return text + (form.separator == nil ? "" : form.suffix)
        }
        var separator = form.separator
        if separator == nil && minute != 0 {
            if let letter = forms.hourSeparatorSuffix(suffix) {
                // "16 h" → "17 h 20": the hour letter joins hour and minutes, with its spacing mirrored.
                separator = letter
                suffix = ""
            } else {
                separator = forms.minuteSeparator
            }
        }
        guard let separator else { return hourText + suffix }
        return hourText + separator + (minute < 10 ? "0" : "") + String(minute) + suffix
    }
}
