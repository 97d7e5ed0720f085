import Foundation
import Testing

/// Runs the built `whosaid` binary the way a user does.
@Suite struct AnnotateEntitiesTests {
    @Test func annotateWritesLinkedEntities() throws {
        let result = try CLI.run(["annotate", "--id", "cli"], stdin: "CEO Marc Benioff spoke. Benioff said no.\n")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entities = try #require(json["entities"] as? [[String: Any]])
        let benioff = try #require(entities.first { $0["name"] as? String == "Marc Benioff" })
        #expect(benioff["type"] as? String == "PERSON")
        #expect(benioff["gender"] as? String == "male")
        #expect((benioff["mentions"] as? [[String: Any]])?.count == 2)
    }
}
