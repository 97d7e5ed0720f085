import Foundation
import Testing
@testable import WhoSaid

/// The `entities` stage with the shipped lexicons, through the default pipeline.
@Suite struct DefaultPipelineEntityTests {
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared").standardizedFileURL
    static let seed = shared.appendingPathComponent("seed/cnet-salesforce-cbp")
    static var hasSeed: Bool { FileManager.default.fileExists(atPath: seed.path + ".txt") }

    @Test func newsPipelineFindsAndLinksEntities() throws {
        let document = try Pipeline(named: "news", resources: ResourceStore()).annotate("""
            WASHINGTON (AP) — Sen. Elizabeth Warren criticized Microsoft Corp. on Tuesday.
            Warren said the company's contract with Immigration and Customs Enforcement (ICE) must end.
            ICE did not respond, and a Microsoft spokeswoman declined to comment.
            """)
        let warren = try #require(document.entities.owning("Elizabeth Warren"))
        #expect(warren.type == .person)
        #expect(warren.gender == .female)
        #expect(warren.mentions.map(\.text) == ["Elizabeth Warren", "Warren"])
        #expect(document.entities.owning("Microsoft Corp.")?.mentions.map(\.text) == ["Microsoft Corp.", "Microsoft"])
        #expect(document.entities.owning("ICE")?.mentions.map(\.text) == ["Immigration and Customs Enforcement", "ICE", "ICE"])
        #expect(document.entities.owning("WASHINGTON")?.type == .location)
        #expect(document.entities.map(\.id) == document.entities.indices.map { "e\($0 + 1)" })
    }

    /// Every entity check of the seed expectations, as `score.py seed` applies them.
    @Test(.enabled(if: hasSeed, "needs ../shared/seed"))
    func seedArticleEntityChecksPass() throws {
        let text = try String(contentsOf: Self.seed.appendingPathExtension("txt"), encoding: .utf8)
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.seed.appendingPathExtension("expected.json")))
        let checks = try #require((expected as? [String: Any])?["entities"] as? [[String: Any]])
        let entities = try Pipeline(named: "news", resources: ResourceStore()).annotate(text).entities
        for check in checks {
            let names = Set(check["name_any"] as? [String] ?? [])
            let needed = Set(check["mentions_all"] as? [String] ?? [])
            let found = entities.contains { entity in
                entity.type.rawValue == check["type"] as? String && names.contains(entity.name)
                    && needed.isSubset(of: entity.mentions.map(\.text))
            }
            #expect(found, "no \(check["type"] ?? "?") entity named one of \(names.sorted()) with mentions \(needed.sorted())")
        }
    }
}
