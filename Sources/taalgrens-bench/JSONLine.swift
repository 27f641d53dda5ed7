import Foundation

/// One benchmark result: a JSON object whose keys keep the order they were added in, printed as one line
/// on standard output (`cli-json.md`, "Benchmarks": one object per line, and nothing else on stdout).
struct JSONLine {
    /// A JSON value. Doubles carry the number of decimals they are printed with.
    indirect enum Value {
        case int(Int)
        case double(Double, decimals: Int)
        case string(String)
        case bool(Bool)
        case null
        case object(JSONLine)
        case array([Value])
    }

    private(set) var fields: [(key: String, value: Value)] = []

    init() {}

    /// Adds (or replaces) a field.
    mutating func set(_ key: String, _ value: Value) {
        if let i = fields.firstIndex(where: { $0.key == key }) { fields[i].value = value } else { fields.append((key, value)) }
    }

    mutating func set(_ key: String, _ value: Int) { set(key, .int(value)) }
    mutating func set(_ key: String, _ value: String) { set(key, .string(value)) }
    mutating func set(_ key: String, _ value: Bool) { set(key, .bool(value)) }
    /// A measured figure, printed with `decimals` decimals (non-finite values print as `null`).
    mutating func set(_ key: String, _ value: Double, decimals: Int) { set(key, .double(value, decimals: decimals)) }
    /// An optional figure: `null` when absent.
    mutating func set(_ key: String, _ value: Double?, decimals: Int) { set(key, value.map { .double($0, decimals: decimals) } ?? .null) }

    /// The compact JSON text of the object.
    var text: String {
        "{" + fields.map { JSONLine.quote($0.key) + ":" + JSONLine.render($0.value) }.joined(separator: ",") + "}"
    }

    /// Prints the object as one line on standard output and flushes it, so that a long run shows
    /// each line as soon as it is measured.
    func emit() {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func render(_ value: Value) -> String {
        switch value {
        case .int(let i): return String(i)
        case .double(let d, let decimals):
            guard d.isFinite else { return "null" }
            let scale = pow(10, Double(decimals))
            let rounded = (d * scale).rounded(.toNearestOrAwayFromZero) / scale
            if decimals == 0 { return String(Int(rounded)) }
            var s = String(format: "%.\(decimals)f", rounded)
            // Trailing zeros carry no information in JSON numbers.
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
            return s
        case .string(let s): return quote(s)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .object(let o): return o.text
        case .array(let a): return "[" + a.map(render).joined(separator: ",") + "]"
        }
    }

    /// A JSON string literal (RFC 8259, section 7).
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Writes a progress or diagnostic message on standard error (standard output carries JSON only).
func note(_ message: String) {
    FileHandle.standardError.write(Data(("taalgrens-bench: " + message + "\n").utf8))
}
