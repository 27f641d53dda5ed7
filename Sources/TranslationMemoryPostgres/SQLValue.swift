import PostgresNIO

/// A value bound to a `$n` parameter of a statement. The few types the store binds, so that every
/// statement is built from values, never from text pasted into SQL.
enum SQLValue: Sendable {
    case text(String)
    case int(Int64)
    case double(Double)
    case texts([String])
    case ints([Int64])
    case doubles([Double])
    /// Arrays that may hold NULLs, which postgres-nio cannot bind as arrays: bound as PostgreSQL's array
    /// text form (`{"a",NULL}`), so the statement casts the parameter: `($1::text)::text[]`,
    /// `($1::text)::int8[]`, `($1::text)::float8[]`.
    case optionalTexts([String?])
    case optionalInts([Int64?])
    case optionalDoubles([Double?])
    case null

    static func text(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
    static func int(_ value: Int?) -> SQLValue { value.map { .int(Int64($0)) } ?? .null }
    static func double(_ value: Double?) -> SQLValue { value.map { .double($0) } ?? .null }

    /// Appends the value to `bindings` with its PostgreSQL type (`text`, `int8`, `float8`, `text[]`, `int8[]`,
    /// `float8[]`; the optional arrays as `text`).
    func append(to bindings: inout PostgresBindings) {
        switch self {
        case .text(let s): bindings.append(s)
        case .int(let i): bindings.append(i)
        case .double(let d): bindings.append(d)
        case .texts(let a): bindings.append(a)
        case .ints(let a): bindings.append(a)
        case .doubles(let a): bindings.append(a)
        case .optionalTexts(let a): bindings.append(SQLValue.arrayLiteral(a.map { $0.map(SQLValue.quoted) }))
        case .optionalInts(let a): bindings.append(SQLValue.arrayLiteral(a.map { $0.map { String($0) } }))
        // Swift's `description` of a finite Double is the shortest text that reads back as the same value,
        // and PostgreSQL's float8 input rounds correctly: the value arrives bit for bit.
        case .optionalDoubles(let a): bindings.append(SQLValue.arrayLiteral(a.map { $0.map { $0.description } }))
        case .null: bindings.appendNull()
        }
    }
}

extension SQLValue {
    /// PostgreSQL's text form of a one-dimensional array (PostgreSQL documentation, §8.15.2 "Array Value Input"): elements separated
    /// by commas, `NULL` for a missing one. Elements must already be quoted where needed.
    static func arrayLiteral(_ elements: [String?]) -> String {
        var out = "{"
        for (i, e) in elements.enumerated() {
            if i > 0 { out += "," }
            out += e ?? "NULL"
        }
        return out + "}"
    }

    /// A text element of an array literal: double-quoted, with `"` and `\` escaped by a backslash, so
    /// that any text (commas, braces, spaces, the word NULL) reads back unchanged.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text.unicodeScalars {
            if c == "\"" || c == "\\" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(c)
        }
        return out + "\""
    }
}
