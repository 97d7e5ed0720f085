// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "whosaid",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "WhoSaid", targets: ["WhoSaid"]),
        .executable(name: "whosaid", targets: ["whosaid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Carries the pkg-config flags of the system ICU (Debian libicu-dev); only ICUShim uses it.
        .systemLibrary(
            name: "ICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"])]
        ),
        // A C surface free of ICU types, so Swift code never sees ICU headers
        // (they clash with Foundation's bundled ICU; see README "ICU").
        .target(name: "ICUShim", dependencies: ["ICU"]),
        // Cache prefetch hints for the tagger's batched weight lookups (Swift has no prefetch).
        .target(name: "MemoryHints"),
        // Turns Lexicons/ and Pipelines/ into Swift source at build time, so the binary carries them.
        .executableTarget(name: "EmbedResources"),
        .plugin(name: "EmbedResourcesPlugin", capability: .buildTool(), dependencies: ["EmbedResources"]),
        .target(
            name: "WhoSaid",
            dependencies: ["ICUShim", "MemoryHints"],
            exclude: ["Entities/README.md", "Quotes/README.md"],
            plugins: ["EmbedResourcesPlugin"]
        ),
        .executableTarget(
            name: "whosaid",
            dependencies: [
                "WhoSaid",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WhoSaidTests", dependencies: ["WhoSaid"]),
        .testTarget(name: "WhoSaidCLITests", dependencies: ["whosaid"]),
    ],
    swiftLanguageModes: [.v6]
)
