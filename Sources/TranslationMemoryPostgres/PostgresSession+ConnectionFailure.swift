import Foundation
import PostgresNIO
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PostgresSession {
    /// A plain sentence for a connection that could not be opened: what failed and, when there is one,
    /// what to do, in the words of the user's setup (host and port, role, database) rather than the
    /// driver's types (`NIOConnectionError`, `SingleConnectionFailure`, errno numbers).
    ///
    /// Covered: a refused connection (no server listening), an unknown host, a timeout, an unreachable
    /// network, a missing Unix socket, a refused login (wrong or missing password, unknown role, no
    /// `pg_hba.conf` entry: SQLSTATE class 28), a missing database (3D000), a server that is starting or
    /// full (57P03, 53300) and a server without TLS under `sslmode=require`. Anything else keeps the
    /// driver's own description after "cannot connect to HOST:PORT". The caller scrubs the password.
    /// - Parameters:
    ///   - error: what postgres-nio threw while connecting or logging in.
    ///   - location: the memory's location (host, port, role, database, timeout).
    static func connectionFailure(_ error: any Error, location: PostgresLocation) -> String {
        let target = location.socketFolder.map { "the server socket in \($0) (port \(location.port))" }
            ?? "\(location.host ?? "localhost"):\(location.port)"
        let login = "cannot log in to \(target) as \(location.user)"
        let psql = error as? PSQLError
        if let state = sqlState(error) {
            let message = psql?.serverInfo?[.message] ?? "server error"
            switch state {
            case "28P01":
                return "\(login): password authentication failed (the password comes from the URL, PGPASSWORD or ~/.pgpass)"
            case "3D000":
                return "cannot connect to \(target): the database \(location.database) does not exist (create it, or name another in the URL)"
            case "57P03":
                return "cannot connect to \(target): the server is starting up or shutting down; try again in a moment"
            case "53300":
                return "cannot connect to \(target): the server has no free connection slot (\(message))"
            default:
                if state.hasPrefix("28") { return "\(login): \(message)" }
                return "cannot connect to \(target): \(describe(error))"
            }
        }
        if let psql {
            if psql.code == .authMechanismRequiresPassword {
                return "\(login): the server asks for a password and none was given (put it in the URL, PGPASSWORD or ~/.pgpass)"
            }
            if psql.code == .sslUnsupported {
                return "cannot connect to \(target): the server does not offer TLS, which sslmode=\(location.sslMode) requires"
            }
        }
        if let reason = networkReason(psql?.underlying ?? error, timeout: location.connectTimeout) {
            return "cannot connect to \(target): \(reason)"
        }
        return "cannot connect to \(target): \(describe(error))"
    }

    /// Why the network part of a connection failed, or `nil` for an error that is not a network one.
    private static func networkReason(_ error: any Error, timeout: Int) -> String? {
        switch error {
        case let error as NIOConnectionError:
            // Every address of the host failed: the first failure speaks for all (they are alike in practice).
            if let failure = error.connectionErrors.first { return networkReason(failure.error, timeout: timeout) ?? "\(failure.error)" }
            if error.dnsAError != nil || error.dnsAAAAError != nil { return "unknown host \(error.host) (the name does not resolve)" }
            return nil
        case let error as SocketAddressError.UnknownHost:
            return "unknown host \(error.host) (the name does not resolve)"
        case let error as IOError:
            return errnoReason(error.errnoCode)
        case let error as ChannelError:
            if case .connectTimeout = error { return "no answer within \(timeout) s (connect_timeout); is the host right and the port open?" }
            return nil
        default:
            return nil
        }
    }

    /// A sentence for a socket `errno`.
    private static func errnoReason(_ code: CInt) -> String {
        switch code {
        case ECONNREFUSED: "connection refused — is the server running?"
        case ENOENT: "no server socket there — is the server running?"
        case ETIMEDOUT: "the connection timed out; is the host right and the port open?"
        case EHOSTUNREACH, ENETUNREACH: "the host cannot be reached (no route to it)"
        case EACCES, EPERM: "permission denied by the system"
        case ECONNRESET: "the server closed the connection"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
