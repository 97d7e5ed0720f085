import Foundation
import Testing

/// Runs `Examples/spark_annotate.py` (the PySpark example of docs/batch.md) in Spark local mode.
/// Needs `pyspark` (from PyPI) and a Java runtime; skipped when `import pyspark` fails.
@Suite struct SparkExampleTests {
    static let pysparkIsInstalled: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pyspark"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test(.enabled(if: pysparkIsInstalled, "pyspark is not installed (pip install pyspark)"), .timeLimit(.minutes(5)))
    func theSparkExampleAnnotatesEveryRecordInOrder() throws {
        let scratch = try ScratchDirectory()
        let ids = (0..<40).map { "story-\($0)" }
        let records = try ids.enumerated().map { index, id in
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "text": GeneratedArticles.text(index, paragraphs: 1), "feed": "wire"],
                                                        options: [.sortedKeys]), as: UTF8.self)
        }
        try Data((records.joined(separator: "\n") + "\n").utf8).write(to: scratch.url.appendingPathComponent("records.jsonl"))
        let result = try CLI.run(
            ["python3", CLI.repositoryRoot.appendingPathComponent("Examples/spark_annotate.py").path,
             scratch.path("records.jsonl"), scratch.path("annotated")],
            environment: ProcessInfo.processInfo.environment.merging(["WHOSAID": CLI.binary.path]) { $1 },
            executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(result.status == 0, "\(result.stderr)")
        let parts = scratch.files(in: "annotated").filter { $0.hasPrefix("part-") }
        let lines = try parts.flatMap { part in
            String(decoding: try scratch.contents("annotated/" + part), as: UTF8.self).split(separator: "\n").map(String.init)
        }
        let documents = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(documents.map { $0["id"] as? String } == ids)
        #expect(documents.allSatisfy { ($0["sentences"] as? [Any])?.isEmpty == false })
        #expect(documents.allSatisfy { ($0["meta"] as? [String: String]) == ["feed": "wire"] })
    }
}
