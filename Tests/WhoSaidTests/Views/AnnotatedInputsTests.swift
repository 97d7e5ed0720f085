import Foundation
import Testing
@testable import WhoSaid

@Suite struct AnnotatedInputsTests {
    private func read(_ files: [String: String]) throws -> (ids: [String], problems: [String]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("views-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, content) in files {
            try content.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        var inputs = AnnotatedInputs(paths: [directory.path]) { () throws(WhoSaidError) in newsPipeline }
        var ids: [String] = []
        var problems: [String] = []
        try inputs.forEach({ ids.append($0.id) }, problem: { problems.append($0) })
        return (ids, problems)
    }

    @Test func decodedOutputKeepsEntitiesAndQuotes() throws {
        let document = try AnnotatedDocument(json: try JSONValue.parse(Array(ViewFixtures.json.utf8)), source: "fixture")
        #expect(document.entities == ViewFixtures.document.entities)
        #expect(document.quotes == ViewFixtures.document.quotes)
        #expect(document.text == ViewFixtures.text)
    }

    @Test func directoriesMixJSONJSONLinesAndRawText() throws {
        let result = try read([
            "a.json": ViewFixtures.json,
            "b.jsonl": ViewFixtures.json.replacingAll("\"council\"", with: "\"b1\"") + "\n\n"
                + ViewFixtures.json.replacingAll("\"council\"", with: "\"b2\"") + "\n",
            "c.txt": "The mayor spoke.",
            "notes.md": "ignored",
        ])
        #expect(result.ids == ["council", "b1", "b2", "c"])
        #expect(result.problems.isEmpty)
    }

    @Test func badFilesAreReportedAndTheOthersStillRead() throws {
        let result = try read(["a.json": "{\"schema\": \"other\"}", "b.jsonl": "{broken\n", "c.txt": "Fine."])
        #expect(result.ids == ["c"])
        #expect(result.problems.count == 2)
        #expect(result.problems[0].contains("not whosaid/1 output"))
        #expect(result.problems[1].contains("b.jsonl:1"))
    }
}
