// swift-tools-version: 6.1
import PackageDescription

// libxml2's headers, for the types of `CLibXML2`. Not through the system library's `pkgConfig`:
// SwiftPM would then also link libxml2, which the executable opens only when it parses HTML
// (`LibXML2Library`), so that a run on text starts without it and the ICU libraries behind it.
let libxml2Headers: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]

let package = Package(
    name: "Regiokaart",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "regiokaart", targets: ["regiokaart"]),
        .library(name: "RegiokaartCore", targets: ["RegiokaartCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .target(
            name: "RegiokaartCore",
            dependencies: [
                "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: libxml2Headers
        ),
        .systemLibrary(
            name: "CLibXML2",
            providers: [.apt(["libxml2-dev"])]
        ),
        .executableTarget(
            name: "regiokaart",
            dependencies: [
                "RegiokaartCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "RegiokaartCoreTests",
            dependencies: ["RegiokaartCore", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Fixtures")],
            swiftSettings: libxml2Headers
        ),
    ]
)

// The libFuzzer target (issue 5): declared only when REGIOKAART_FUZZ=1, so that the normal
// `swift build` / `swift test` never see it. Built by scripts/fuzz.sh with its own scratch path.
if Context.environment["REGIOKAART_FUZZ"] == "1" {
    package.targets.append(.executableTarget(name: "RegiokaartFuzz", dependencies: ["RegiokaartCore"],
                                             path: "Fuzz/RegiokaartFuzz", swiftSettings: libxml2Headers))
}
