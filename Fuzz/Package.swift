// swift-tools-version: 6.0
// Fuzz targets for whosaid, built with libFuzzer and AddressSanitizer by
// `scripts/fuzz.sh` (never part of the main build or `swift test`).
import PackageDescription

let package = Package(
    name: "whosaid-fuzz",
    dependencies: [.package(name: "whosaid", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "PipelineFuzzer", dependencies: ["FuzzDriver", .product(name: "WhoSaid", package: "whosaid")]),
        .executableTarget(name: "DefinitionFuzzer", dependencies: ["FuzzDriver", .product(name: "WhoSaid", package: "whosaid")]),
    ],
    swiftLanguageModes: [.v6]
)
