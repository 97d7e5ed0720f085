import Foundation
import Testing

/// Runs the built `whosaid` binary the way a user does.
@Suite struct AnnotateEntitiesTests {
    static let binary: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/whosaid")
    }()

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func annotateWritesLinkedEntities() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["annotate", "--id", "cli"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("CEO Marc Benioff spoke. Benioff said no.\n".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(json["entities"] as? [[String: Any]])
        let benioff = try #require(entities.first { $0["name"] as? String == "Marc Benioff" })
        #expect(benioff["type"] as? String == "PERSON")
        #expect(benioff["gender"] as? String == "male")
        #expect((benioff["mentions"] as? [[String: Any]])?.count == 2)
    }
}
