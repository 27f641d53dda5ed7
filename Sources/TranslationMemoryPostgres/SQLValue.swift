import PostgresNIO

/// A value bound to a `$n` parameter of a statement. The few types the store binds, so that every
/// statement is built from values, never from text pasted into SQL.
enum SQLValue: Sendable {
    case text(String)
    case int(Int64)
    case double(Double)
    case texts([String])
    case ints([Int64])
    case null

    static func text(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
    static func int(_ value: Int?) -> SQLValue { value.map { .int(Int64($0)) } ?? .null }
    static func double(_ value: Double?) -> SQLValue { value.map { .double($0) } ?? .null }

    /// Appends the value to `bindings` with its PostgreSQL type (`text`, `int8`, `float8`, `text[]`, `int8[]`).
    func append(to bindings: inout PostgresBindings) {
        switch self {
        case .text(let s): bindings.append(s)
        case .int(let i): bindings.append(i)
        case .double(let d): bindings.append(d)
        case .texts(let a): bindings.append(a)
        case .ints(let a): bindings.append(a)
        case .null: bindings.appendNull()
        }
    }
}
