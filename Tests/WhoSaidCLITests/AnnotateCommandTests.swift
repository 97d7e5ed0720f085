import Foundation
import Testing

@Suite struct AnnotateCommandTests {
    private func object(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func stdinBecomesOneJSONObjectWithSentenceOffsets() throws {
        let result = try CLI.run(["annotate"], stdin: #"Mr. Smith met Sen. Jones in Washington. "I disagree," he said."# + "\n")
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 1)
        let document = try object(result.stdout)
        #expect(document["schema"] as? String == "whosaid/1")
        #expect(document["id"] as? String == "stdin")
        let sentences = try #require(document["sentences"] as? [[String: Int]])
        #expect(sentences == [["start": 0, "end": 39], ["start": 40, "end": 62]])
    }

    @Test func idPrettyTokensAndTextOptions() throws {
        let result = try CLI.run(["annotate", "--id", "story-1", "--pretty", "--with-tokens", "--with-text"], stdin: "Hello there.")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n  \"id\": \"story-1\""))
        let document = try object(result.stdout)
        #expect(document["text"] as? String == "Hello there.")
        #expect((document["tokens"] as? [Any])?.count == 3)
    }

    @Test func jsonLinesGiveExactlyOneLinePerInputLineIncludingBadRecords() throws {
        let input = """
            {"id": "a", "text": "First story. It has two sentences."}
            {"id": "b", "text": 42}
            this is not json
            {"id": "c", "text": "Third.", "source": {"feed": "wire"}}

            """
        let result = try CLI.run(["annotate", "--format", "jsonl"], stdin: input)
        #expect(result.status == 1)  // some input failed
        let lines = result.stdoutLines
        #expect(lines.count == 4)
        #expect((try object(lines[0])["sentences"] as? [Any])?.count == 2)
        #expect(try object(lines[1])["error"] as? String == "record has no string field 'text'")
        #expect(try object(lines[1])["id"] as? String == "b")
        #expect(try object(lines[2])["error"] != nil)
        #expect(try object(lines[3])["id"] as? String == "c")
        #expect(try object(lines[3])["meta"] as? [String: [String: String]] == ["source": ["feed": "wire"]])
        #expect(result.stderr.contains("line 3: error: line 3: invalid JSON"))
    }

    @Test func invalidUTF8WarnsOnceAndStrictFails() throws {
        let bytes = Data("Caf".utf8) + Data([0xE9]) + Data(" au lait.".utf8)
        let lenient = try CLI.run(["annotate"], stdin: bytes)
        #expect(lenient.status == 0)
        #expect(lenient.stderr == "whosaid: stdin: warning: invalid UTF-8: 1 sequence replaced by U+FFFD\n")
        #expect((try object(lenient.stdout)["warnings"] as? [String])?.count == 1)
        let strict = try CLI.run(["annotate", "--strict"], stdin: bytes)
        #expect(strict.status == 1)
        #expect(try object(strict.stdout)["error"] as? String == "invalid UTF-8: 1 sequence replaced by U+FFFD")
    }

    @Test func emptyInputIsAValidEmptyDocument() throws {
        let result = try CLI.run(["annotate"], stdin: "")
        #expect(result.status == 0)
        #expect(try object(result.stdout)["sentences"] as? [Any] != nil)
    }

    @Test func oversizedInputIsAnErrorRecord() throws {
        let result = try CLI.run(["annotate", "--max-bytes", "10"], stdin: "This text is longer than ten bytes.")
        #expect(result.status == 1)
        #expect(try object(result.stdout)["error"] as? String == "input of 35 bytes is over the limit of 10 bytes (--max-bytes)")
    }

    @Test func usageAndConfigurationErrorsExitWithTwo() throws {
        let badOption = try CLI.run(["annotate", "--no-such-option"], stdin: "")
        #expect(badOption.status == 2)
        #expect(badOption.stderr.contains("Unknown option '--no-such-option'"))
        let badPipeline = try CLI.run(["annotate", "--pipeline", "no-such-pipeline"], stdin: "x")
        #expect(badPipeline.status == 2)
        #expect(badPipeline.stderr.contains("pipeline 'no-such-pipeline' not found"))
        #expect(try CLI.run(["annotate", "--format", "jsonl", "--pretty"], stdin: "").status == 2)
    }

    @Test func pipelineFileErrorsNameTheFileAndLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).pipeline")
        try "[paragraphs]\n[tokens]\nlocal = en\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["annotate", "--pipeline", file.path], stdin: "x")
        #expect(result.status == 2)
        #expect(result.stderr == "whosaid: error: \(file.path):3: stage 'tokens' has no option 'local' (it reads: abbreviations, locale)\n")
    }

    @Test func runsFromAnyDirectoryWithEmbeddedPipelineAndLexicons() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("copy-\(UUID())")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let copy = elsewhere.appendingPathComponent("whosaid")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["annotate"]
        process.currentDirectoryURL = elsewhere
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("Sen. Jones spoke. He left.".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect((try object(String(decoding: data, as: UTF8.self))["sentences"] as? [Any])?.count == 2)
    }

    @Test func versionAndHelpDescribeTheTool() throws {
        let version = try CLI.run(["--version"], stdin: "")
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("whosaid "))
        let help = try CLI.run(["--help"], stdin: "")
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("annotate"))
    }

    @Test func sampleArticleFromTheReadmeAnnotates() throws {
        let article = try Data(contentsOf: CLI.repositoryRoot.appendingPathComponent("Examples/newsroom-article.txt"))
        let result = try CLI.run(["annotate", "--id", "newsroom-article"], stdin: article)
        #expect(result.status == 0)
        #expect((try object(result.stdout)["sentences"] as? [Any])?.isEmpty == false)
    }
}
