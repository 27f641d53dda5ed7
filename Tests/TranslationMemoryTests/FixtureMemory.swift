import Foundation

/// The memory files under `Tests/Fixtures/memories/`, each written by an older build to test a migration.
enum FixtureMemory {
    /// Copies the fixture memory `name` (`v15-hours.tm`) into a fresh temporary folder, so that a test can
    /// migrate the copy and leave the fixture as it is.
    /// - Returns: the folder, which the caller removes, and the copy's path (`<folder>/old.tm`).
    /// - Throws: the file system's errors (a fixture that is missing).
    static func copy(_ name: String) throws -> (folder: URL, path: String) {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/memories/" + name)
        let folder = try MemoryIndexFreshnessTests.temporaryFolder()
        let path = folder.appendingPathComponent("old.tm").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        return (folder, path)
    }
}
