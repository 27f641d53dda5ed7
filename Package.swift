// swift-tools-version: 6.1
// Taalgrens: a translation-memory tool for news articles in en, nl-BE and fr-BE.
// Module map and the reasons behind it: docs/architecture.md.
import PackageDescription

let package = Package(
    name: "Taalgrens",
    platforms: [.macOS(.v15)],  // Synchronization.Mutex and Atomic (macOS 15); Linux has them with Swift 6
    products: [
        .executable(name: "taalgrens", targets: ["taalgrens"]),
        .executable(name: "taalgrens-bench", targets: ["taalgrens-bench"]),
        .library(name: "TaalgrensKit", targets: ["TaalgrensKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // C bridges. Each keeps the system headers inside its .c files and exposes a small API of its own.
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]),
        // libxml2's headers (under /usr/include/libxml2, from pkg-config) pull in the system ICU headers, which
        // clash with Foundation's own ICU when Swift imports both: only the two C bridges depend on CLibXML2,
        // and no Swift file imports it. A system-library target instead of unsafe flags keeps the TaalgrensKit
        // product usable as another package's dependency (SwiftPM refuses unsafe flags there).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CXML", dependencies: ["CLibXML2"]),
        .target(name: "CHTML", dependencies: ["CLibXML2"]),
        .target(name: "CStemmer", linkerSettings: [.linkedLibrary("dl")]),

        // Shared vocabulary: locales, inline codes, blocks, segments, translation units, errors, data lookup.
        .target(name: "TaalgrensCore", dependencies: ["CICU"]),
        // A safe streaming XML reader (no external entities, errors with line and column).
        .target(name: "XMLSupport", dependencies: ["CXML", "TaalgrensCore"]),
        // Word tokens, match keys and typed placeables (numbers, dates, URLs, e-mail addresses).
        .target(name: "Tokenization", dependencies: ["TaalgrensCore"]),
        // ICU sentence breaks plus SRX 2.0 rules from Locales/.
        .target(name: "Segmentation", dependencies: ["TaalgrensCore", "XMLSupport"]),
        // Article readers (Markdown, HTML, plain text) and renderers.
        .target(name: "Articles", dependencies: [
            "TaalgrensCore", "Segmentation", "CHTML",
            .product(name: "Ink", package: "Ink"), .product(name: "Yams", package: "Yams"),
        ]),
        // Block and sentence alignment: Gale & Church length cost plus anchors; beads; confidence.
        .target(name: "Alignment", dependencies: ["TaalgrensCore", "Tokenization"]),
        // The translation memory: store protocol, SQLite store, fuzzy index and scorer, concordance.
        .target(name: "TranslationMemory", dependencies: [
            "TaalgrensCore", "Tokenization", "XMLSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The same store contract on PostgreSQL, for teams: one shared memory for many processes.
        .target(name: "TranslationMemoryPostgres", dependencies: [
            "TaalgrensCore", "Tokenization", "TranslationMemory", .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        // TMX 1.4b and XLIFF 2.1 / 1.2 readers and writers.
        .target(name: "Interchange", dependencies: ["TaalgrensCore", "XMLSupport"]),
        // Termbase (TBX-Basic, TBX 2008, CSV), term recognition with stemming, term and QA checks.
        .target(name: "Terminology", dependencies: ["TaalgrensCore", "Tokenization", "XMLSupport", "CStemmer"]),
        // Localised article bundles: pre-translated XLIFF, rendered article, report, manifest, zip.
        .target(name: "Bundles", dependencies: [
            "TaalgrensCore", "Articles", "Segmentation", "TranslationMemory", "Interchange", "Terminology",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The jobs a user runs, one call each: import, align, query, check, export. The CLI is a thin shell over it.
        .target(name: "TaalgrensKit", dependencies: [
            "TaalgrensCore", "Articles", "Segmentation", "Alignment", "TranslationMemory", "TranslationMemoryPostgres",
            "Interchange", "Terminology", "Tokenization", "Bundles", .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "taalgrens", dependencies: [
            "TaalgrensKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "taalgrens-bench", dependencies: [
            "TaalgrensKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // What the test targets share: the repository, ../shared and the test tools (never a product).
        .target(name: "TaalgrensTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CoreTests", dependencies: ["TaalgrensTestSupport", "TaalgrensCore", "XMLSupport"]),
        .testTarget(name: "SegmentationTests", dependencies: ["TaalgrensTestSupport", "Segmentation", "TaalgrensCore"]),
        .testTarget(name: "ArticlesTests", dependencies: ["TaalgrensTestSupport", "Articles", "TaalgrensCore"]),
        .testTarget(name: "AlignmentTests", dependencies: ["Alignment", "TaalgrensCore"]),
        .testTarget(name: "TranslationMemoryTests", dependencies: ["TaalgrensTestSupport", "TranslationMemory", "Tokenization", "TaalgrensCore"]),
        .testTarget(name: "StoreContractTests", dependencies: ["TaalgrensTestSupport", "TranslationMemory", "TranslationMemoryPostgres", "TaalgrensCore"]),
        .testTarget(name: "InterchangeTests", dependencies: ["TaalgrensTestSupport", "Interchange", "TaalgrensCore"]),
        .testTarget(name: "TerminologyTests", dependencies: ["TaalgrensTestSupport", "Terminology", "TaalgrensCore"]),
        .testTarget(name: "TaalgrensKitTests", dependencies: ["TaalgrensTestSupport", "TaalgrensKit", "Bundles", "TaalgrensCore"]),
        .testTarget(name: "BundlesTests", dependencies: ["Bundles", "Interchange", "TaalgrensCore"]),
        .testTarget(name: "CLITests", dependencies: ["TaalgrensTestSupport", "TaalgrensCore", "Interchange", "taalgrens",
                                                    .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "InteropTests", dependencies: ["TaalgrensTestSupport", "TaalgrensCore", "Interchange", "TranslationMemory", "Bundles", "TaalgrensKit"]),
    ]
)
