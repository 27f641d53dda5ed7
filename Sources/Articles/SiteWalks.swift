import Foundation

/// What one command has learnt of the multilingual sites it reads: each site's walk, each article's versions
/// and locales, each folder's language folders. A command that reads a whole site asks ``SiteLayout`` about
/// every article it holds (which article is this file, where are its translations, where does the target go);
/// without this record each question walked the whole site again, quadratic in the site's articles (sixteenth
/// session: 150 articles in three languages took 5 min 22 s to import as a site, 5 min 13 s as folders).
///
/// A record lives for one command (``SiteLayout/walkingOnce(_:)``), never longer: a library user's next
/// command sees the files as they are then. Safe to share between threads (one lock).
public final class SiteWalks: @unchecked Sendable {
    private let lock = NSLock()
    var roots: [String: [SiteLayout.LanguageRoot]] = [:]
    var content: [String: Result<SiteLayout.ContentWalk, any Error>] = [:]
    var members: [String: Result<SiteLayout.Member, any Error>] = [:]
    var fileNames: [String: Result<[SiteLayout.Member], any Error>] = [:]
    private var walked = 0

    /// An empty record.
    public init() {}

    /// How many times a site's files were listed while this record was in use: one per site by content
    /// directory, one per folder of `<name>.<locale>` files, however many articles the command read.
    public var sitesWalked: Int {
        lock.lock(); defer { lock.unlock() }
        return walked
    }

    func countWalk() {
        lock.lock(); walked += 1; lock.unlock()
    }

    /// The value kept in `table` under `key`, or `make()`'s, kept there. `make` runs outside the lock (it may
    /// ask for other entries); two threads asking at once may both run it, and the first kept wins.
    func remembered<Value>(_ table: ReferenceWritableKeyPath<SiteWalks, [String: Value]>, _ key: String,
                           _ make: () -> Value) -> Value {
        lock.lock()
        if let found = self[keyPath: table][key] { lock.unlock(); return found }
        lock.unlock()
        let made = make()
        lock.lock(); defer { lock.unlock() }
        if let found = self[keyPath: table][key] { return found }
        self[keyPath: table][key] = made
        return made
    }
}

extension SiteLayout {
    /// The record of site walks of the command running on this task or thread, if any.
    @TaskLocal public static var walks: SiteWalks?

    /// Runs `body` with one record of site walks (``SiteWalks``): within it each site is walked once, however
    /// many of its articles `body` reads. Inside another `walkingOnce`, the outer record is used.
    /// - Parameter record: the record to use when none is in use yet (a test passes its own to count walks).
    /// - Returns: what `body` returns; rethrows what it throws.
    public static func walkingOnce<T>(_ record: SiteWalks = SiteWalks(), _ body: () throws -> T) rethrows -> T {
        if walks != nil { return try body() }
        return try $walks.withValue(record, operation: body)
    }
}
