import Foundation
import PostgresNIO
import TranslationMemory

/// Where a PostgreSQL memory lives: a parsed `postgres://` (or `postgresql://`) URL.
///
/// The URL form follows libpq's connection URIs (PostgreSQL 15 documentation, §34.1.1 "Connection
/// Strings"): `postgres://[user[:password]@][host][:port][/database][?param=value&…]`. Parameters read
/// here: `sslmode` (`disable`, `prefer` (default), `require`, `verify-ca`, `verify-full`), `host` (a
/// folder holding the server's Unix socket, instead of a TCP host), `schema` (the schema that holds the
/// memory, default `taalgrens`: several memories can share one database) and `connect_timeout` (seconds).
/// Missing parts come from `PGUSER`, `PGHOST`, `PGPORT`, `PGDATABASE` and then the defaults (the
/// operating-system user, `localhost`, 5432, the user name).
///
/// **The password** is taken from the URL, else from `PGPASSWORD`, else from the password file
/// (`PGPASSFILE` or `~/.pgpass`, §34.16: lines `host:port:database:user:password`, `*` matches anything,
/// `\:` and `\\` escape; the file is ignored when group or others may read it, as libpq does). It is kept
/// only to open connections: ``redacted`` never shows it, and ``scrub(_:)`` removes it from any message
/// before the message leaves the module.
public struct PostgresLocation: Sendable, CustomStringConvertible {
    /// The role to connect as: from the URL, else `PGUSER`, else the operating-system user.
    public let user: String
    /// The TCP host, or `nil` when ``socketFolder`` is used.
    public let host: String?
    /// The folder holding the server's Unix socket (`.s.PGSQL.<port>`), when given with `?host=/…`.
    public let socketFolder: String?
    /// The server's TCP port (or the number in its socket file's name): from the URL, else `PGPORT`, else 5432.
    public let port: Int
    /// The database to connect to: from the URL's path, else `PGDATABASE`, else the user name (libpq's rule).
    public let database: String
    /// The schema that holds the memory's tables (created on first use).
    public let schema: String
    /// `disable`, `prefer`, `require`, `verify-ca` or `verify-full`.
    public let sslMode: String
    /// Seconds to wait for the server to accept a connection.
    public let connectTimeout: Int
    let password: String?

    /// The environment variables and home folder the location reads (tests pass their own).
    public struct Environment: Sendable {
        /// The environment variables to read (`PGUSER`, `PGPASSWORD`, `PGPASSFILE`, …).
        public var variables: [String: String]
        /// The home folder, where `~/.pgpass` is looked for.
        public var home: String
        /// The operating-system user, the last fallback for the role name.
        public var osUser: String

        /// Creates an environment from explicit values (tests pass their own instead of the process's).
        public init(variables: [String: String], home: String, osUser: String) {
            self.variables = variables
            self.home = home
            self.osUser = osUser
        }

        /// The process's environment, home folder and user name. The home folder is `$HOME` when set, else
        /// the user's entry in the password database, as libpq finds `~/.pgpass` (PostgreSQL documentation,
        /// "The Password File"). Foundation's `NSHomeDirectory()` alone would not do: on Linux it reads only
        /// the password database.
        public static var process: Environment {
            let info = ProcessInfo.processInfo
            let home = info.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            return Environment(variables: info.environment, home: home, osUser: info.userName)
        }
    }

    /// Parses a URL.
    /// - Parameters:
    ///   - url: `postgres://…` or `postgresql://…`.
    ///   - environment: where defaults and the password come from.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` for a URL that is not a PostgreSQL URL or has a
    ///   malformed port or parameter; the message shows the URL without its password.
    public init(url: String, environment: Environment = .process) throws {
        let shown = PostgresLocation.redact(url)
        func fail(_ reason: String) -> TMError { .cannotOpen(path: shown, reason: reason) }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql" else {
            throw fail("not a PostgreSQL URL (expected postgres://user@host:port/database)")
        }
        var parameters: [String: String] = [:]
        for item in components.queryItems ?? [] { parameters[item.name] = item.value ?? "" }
        let known: Set<String> = ["sslmode", "host", "schema", "connect_timeout", "user", "password", "dbname", "port"]
        if let unknown = parameters.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail("unknown parameter \(unknown) (known: \(known.sorted().joined(separator: ", ")))")
        }
        let env = environment.variables
        func nonEmpty(_ s: String?) -> String? { (s?.isEmpty ?? true) ? nil : s }
        user = nonEmpty(components.user) ?? nonEmpty(parameters["user"]) ?? nonEmpty(env["PGUSER"]) ?? environment.osUser
        let hostPart = nonEmpty(components.host) ?? nonEmpty(parameters["host"]) ?? nonEmpty(env["PGHOST"]) ?? "localhost"
        if hostPart.hasPrefix("/") {
            socketFolder = hostPart
            host = nil
        } else {
            socketFolder = nil
            host = hostPart.hasPrefix("[") && hostPart.hasSuffix("]") ? String(hostPart.dropFirst().dropLast()) : hostPart
        }
        if let p = components.port {
            port = p
        } else if let text = nonEmpty(parameters["port"]) ?? nonEmpty(env["PGPORT"]) {
            guard let p = Int(text), (1...65535).contains(p) else { throw fail("malformed port \(text)") }
            port = p
        } else {
            port = 5432
        }
        guard (1...65535).contains(port) else { throw fail("malformed port \(port)") }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = nonEmpty(path) ?? nonEmpty(parameters["dbname"]) ?? nonEmpty(env["PGDATABASE"]) ?? user
        schema = nonEmpty(parameters["schema"]) ?? "taalgrens"
        guard schema.count <= 63, !schema.contains("\u{0}") else { throw fail("malformed schema name") }
        sslMode = nonEmpty(parameters["sslmode"]) ?? nonEmpty(env["PGSSLMODE"]) ?? "prefer"
        guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(sslMode) else {
            throw fail("unknown sslmode \(sslMode) (disable, prefer, require, verify-ca or verify-full)")
        }
        if let text = nonEmpty(parameters["connect_timeout"]) ?? nonEmpty(env["PGCONNECT_TIMEOUT"]) {
            guard let t = Int(text), t > 0 else { throw fail("malformed connect_timeout \(text)") }
            connectTimeout = t
        } else {
            connectTimeout = 10
        }
        if let p = components.password ?? parameters["password"] {
            password = p
        } else if let p = env["PGPASSWORD"] {
            password = p
        } else {
            let file = nonEmpty(env["PGPASSFILE"]) ?? (environment.home as NSString).appendingPathComponent(".pgpass")
            password = PostgresLocation.passwordFromFile(file, host: host ?? "localhost", port: port, database: database, user: user)
        }
    }

    /// The URL without its password: `postgres://user@host:port/database?schema=…`.
    public var redacted: String {
        var s = "postgres://\(user)@"
        if let host { s += host.contains(":") ? "[\(host)]" : host }
        s += ":\(port)/\(database)"
        var query: [String] = []
        if let socketFolder { query.append("host=\(socketFolder)") }
        if schema != "taalgrens" { query.append("schema=\(schema)") }
        if !query.isEmpty { s += "?" + query.joined(separator: "&") }
        return s
    }

    /// The location without its password (``redacted``), safe for logs and messages.
    public var description: String { redacted }

    /// `message` with every occurrence of the password (as given and percent-encoded) replaced by `***`.
    public func scrub(_ message: String) -> String {
        guard let password, !password.isEmpty else { return message }
        var out = message.replacingOccurrences(of: password, with: "***")
        if let encoded = password.addingPercentEncoding(withAllowedCharacters: .urlPasswordAllowed), encoded != password {
            out = out.replacingOccurrences(of: encoded, with: "***")
        }
        return out
    }

    /// The `search_path` of every session: the memory's schema (quoted), then `public` for extensions.
    var searchPath: String { "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\", public" }

    /// The schema as a quoted SQL identifier.
    var quotedSchema: String { "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// The postgres-nio configuration for a new connection.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` when TLS cannot be set up.
    func configuration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socketFolder {
            let path = (socketFolder as NSString).appendingPathComponent(".s.PGSQL.\(port)")
            configuration = .init(unixSocketPath: path, username: user, password: password, database: database)
        } else {
            let tls: PostgresConnection.Configuration.TLS
            do {
                switch sslMode {
                case "disable":
                    tls = .disable
                case "verify-ca", "verify-full":
                    var c = TLSConfiguration.makeClientConfiguration()
                    c.certificateVerification = sslMode == "verify-full" ? .fullVerification : .noHostnameVerification
                    tls = .require(try NIOSSLContext(configuration: c))
                default:
                    // libpq's allow, prefer and require do not verify the server's certificate.
                    var c = TLSConfiguration.makeClientConfiguration()
                    c.certificateVerification = .none
                    let context = try NIOSSLContext(configuration: c)
                    tls = sslMode == "require" ? .require(context) : .prefer(context)
                }
            } catch {
                throw TMError.cannotOpen(path: redacted, reason: "cannot set up TLS: \(error)")
            }
            configuration = .init(host: host ?? "localhost", port: port, username: user, password: password, database: database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(Int64(connectTimeout))
        configuration.options.additionalStartupParameters = [("application_name", "taalgrens")]
        return configuration
    }

    /// The URL with its password (the part between `:` and `@` of the authority) removed, for messages
    /// about a URL that could not even be parsed.
    static func redact(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return url }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<schemeEnd.upperBound]) + userInfo[..<colon] + authority[at...] + rest[authorityEnd...]
    }

    /// The password of the first matching line of a password file, or `nil`.
    static func passwordFromFile(_ path: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let wanted = [host, String(port), database, user]
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            if line.hasPrefix("#") { continue }
            var fields: [String] = [""]
            var escaped = false
            for c in line {
                if escaped { fields[fields.count - 1].append(c); escaped = false }
                else if c == "\\" { escaped = true }
                else if c == ":" && fields.count < 5 { fields.append("") }
                else { fields[fields.count - 1].append(c) }
            }
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }
}
