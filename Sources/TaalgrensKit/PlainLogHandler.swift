import Foundation
import Logging

/// The command line's log handler: one line per message on standard error, in the shape of the tool's other
/// messages (`note: file:3: …`, `debug: …`), without swift-log's timestamp, level column and label, which
/// made a termbase note read as `2026-11-30T07:12:09+0000 warning taalgrens: [TaalgrensKit] note: …`. A message
/// that already starts with `note:`, `warning:` or `error:` is printed as it is; any other gets its level
/// as a prefix. Metadata is not printed (the jobs log none).
struct PlainLogHandler: LogHandler {
    var logLevel: Logger.Level = .notice
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let text = event.message.description
        let line = ["note:", "warning:", "error:"].contains(where: text.hasPrefix) ? text : "\(event.level.rawValue): \(text)"
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }
}
