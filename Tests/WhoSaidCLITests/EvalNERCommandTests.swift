import Foundation
import Testing

/// `whosaid eval ner` must give the figures of the reference scorer
/// (`score.py ner`) on `whosaid annotate` output for the same texts.
@Suite struct EvalNERCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let scorer = shared.appendingPathComponent("tools/score.py")
    static let valid = shared.appendingPathComponent("data/conll2003/valid.txt")
    static let binary = packageRoot.appendingPathComponent(".build/debug/whosaid")
    static let isRunnable = [scorer, valid, binary].allSatisfy { FileManager.default.fileExists(atPath: $0.path) }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], stdin: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        if let stdin { process.standardInput = try FileHandle(forReadingFrom: stdin) }
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(executable) \(arguments.joined(separator: " "))")
        return String(decoding: data, as: UTF8.self)
    }

    static func figures(_ json: String) throws -> [String: [String: Double]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
        var figures: [String: [String: Double]] = [:]
        let perType = object["per_type"] as? [String: [String: Double]] ?? [:]
        for (type, values) in perType { figures[type] = values }
        figures["overall"] = object["overall"] as? [String: Double]
        return figures
    }

    @Test(.enabled(if: isRunnable, "needs ../shared (score.py, CoNLL valid) and a debug build of whosaid"))
    func evalNERAgreesWithScorePy() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-eval-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let texts = directory.appendingPathComponent("txt")
        let predictions = directory.appendingPathComponent("pred")
        try FileManager.default.createDirectory(at: predictions, withIntermediateDirectories: true)
        // The first 5 documents of the dev set (read at test time, never stored in the repository).
        let corpus = try String(contentsOf: Self.valid, encoding: .utf8)
        let documents = corpus.components(separatedBy: "-DOCSTART-").dropFirst().prefix(5)
        let slice = directory.appendingPathComponent("slice.conll")
        try documents.map { "-DOCSTART-" + $0 }.joined().write(to: slice, atomically: true, encoding: .utf8)

        try Self.run("/usr/bin/env", ["python3", Self.scorer.path, "conll-to-text", slice.path, texts.path])
        for file in try FileManager.default.contentsOfDirectory(atPath: texts.path).sorted() where file.hasSuffix(".txt") {
            let name = String(file.dropLast(4))
            let json = try Self.run(Self.binary.path, ["annotate", "--id", name], stdin: texts.appendingPathComponent(file))
            try json.write(to: predictions.appendingPathComponent(name + ".json"), atomically: true, encoding: .utf8)
        }
        let reference = try Self.figures(Self.run("/usr/bin/env", ["python3", Self.scorer.path, "ner", slice.path, predictions.path, "--json"]))
        let ours = try Self.figures(Self.run(Self.binary.path, ["eval", "ner", slice.path, "--json"]))
        #expect(reference.count == 5)
        #expect(ours == reference)
    }
}
