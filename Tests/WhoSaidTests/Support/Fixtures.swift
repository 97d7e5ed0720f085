import Foundation
import WhoSaid

/// Paths of the repository and of the read-only `../shared` material beside it.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// Tests that need `../shared` are disabled when it is absent (a user's clone has none).
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("seed").path) }

    static func text(_ relativePath: String, in base: URL = root) throws -> String {
        try String(contentsOf: base.appendingPathComponent(relativePath), encoding: .utf8)
    }
}

/// The default pipeline, built once for all tests.
let newsPipeline: Pipeline = {
    do {
        return try Pipeline(named: "news", resources: ResourceStore())
    } catch {
        fatalError("the embedded news pipeline does not load: \(error)")
    }
}()

extension Document {
    /// The text of each sentence, for readable assertions.
    var sentenceTexts: [String] { sentences.map { text[$0.span] } }
    var tokenTexts: [String] { tokens.map(\.text) }
}
