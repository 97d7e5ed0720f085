import Foundation
import Testing

@Suite struct BatchCommandTests {
    private func object(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    /// The summary line's counts: (annotated, failed, skipped).
    private func counts(_ stderr: String) throws -> (Int, Int, Int) {
        let line = try #require(stderr.split(separator: "\n").last { $0.contains(" annotated, ") })
        let numbers = line.split(separator: " ").compactMap { Int($0) }
        return (numbers[0], numbers[1], numbers[2])
    }

    @Test func jobsOneAndFourGiveByteIdenticalJSONLinesInTreeOrder() throws {
        let scratch = try ScratchDirectory()
        let paths = try GeneratedArticles.writeTree(count: 40, at: scratch.url.appendingPathComponent("in"), paragraphs: 1)
        try Data("hidden".utf8).write(to: scratch.url.appendingPathComponent("in/.draft.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 1]).write(to: scratch.url.appendingPathComponent("in/photo.txt"))
        let one = try CLI.run(["annotate", scratch.path("in"), "--jobs", "1"])
        let four = try CLI.run(["annotate", scratch.path("in"), "--jobs", "4"])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdout == four.stdout)
        #expect(try one.stdoutLines.map { try object($0)["id"] as? String } == paths.sorted())
        #expect(one.stderr.hasPrefix("40 annotated, 0 failed, 2 skipped in "))
        #expect(one.stderr.hasSuffix(" MB/s)\n"))
        let verbose = try CLI.run(["annotate", scratch.path("in"), "--verbose", "--quiet"])
        #expect(verbose.stderr == "whosaid: .draft.txt: skipped: hidden\nwhosaid: photo.txt: skipped: binary (PNG image)\n")
    }

    @Test func outDirectoryMirrorsTheTreeAndResumeSkipsWhatIsUpToDate() throws {
        let scratch = try ScratchDirectory()
        let paths = try GeneratedArticles.writeTree(count: 12, at: scratch.url.appendingPathComponent("in"), paragraphs: 1)
        let first = try CLI.run(["annotate", scratch.path("in"), "--out", scratch.path("out")])
        #expect(first.status == 0)
        #expect(first.stdout.isEmpty)
        #expect(scratch.files(in: "out") == paths.map { $0.replacingOccurrences(of: ".txt", with: ".json") }.sorted())
        let document = try object(String(decoding: try scratch.contents("out/section-2/story-9.json"), as: UTF8.self))
        #expect(document["id"] as? String == "section-2/story-9.txt")

        let again = try CLI.run(["annotate", scratch.path("in"), "--out", scratch.path("out"), "--resume"])
        #expect(try counts(again.stderr) == (0, 0, 12))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)],
                                              ofItemAtPath: scratch.path("in/section-0/story-7.txt"))
        let changed = try CLI.run(["annotate", scratch.path("in"), "--out", scratch.path("out"), "--resume", "--verbose"])
        #expect(try counts(changed.stderr) == (1, 0, 11))
        #expect(changed.stderr.contains("whosaid: section-1/story-1.txt: skipped: up to date\n"))
    }

    @Test func oversizedAndUnreadableDocumentsAreErrorRecordsAndExitOne() throws {
        let scratch = try ScratchDirectory()
        try GeneratedArticles.writeTree(count: 3, at: scratch.url.appendingPathComponent("in"), paragraphs: 1)
        try Data(String(repeating: "Long text. ", count: 100).utf8).write(to: scratch.url.appendingPathComponent("in/big.txt"))
        let result = try CLI.run(["annotate", scratch.path("in"), "--max-bytes", "800"])
        #expect(result.status == 1)
        let lines = try result.stdoutLines.map(object)
        #expect(lines.count == 4)
        #expect(lines[0]["id"] as? String == "big.txt")
        #expect(lines[0]["error"] as? String == "input of 1100 bytes is over the limit of 800 bytes (--max-bytes)")
        #expect(try counts(result.stderr) == (3, 1, 0))

        let toDirectory = try CLI.run(["annotate", scratch.path("in"), "--max-bytes", "800", "--out", scratch.path("out")])
        #expect(toDirectory.status == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out/big.json")))
        #expect(toDirectory.stderr.contains("whosaid: big.txt: error: input of 1100 bytes"))

        let missing = try CLI.run(["annotate", scratch.path("in/section-0"), scratch.path("nowhere")])
        #expect(missing.status == 1)
        #expect(try object(missing.stdoutLines.last ?? "")["error"] as? String == "No such file or directory")
    }

    @Test func unreadableDirectoriesAreReportedAndTheRestAnnotated() throws {
        let scratch = try ScratchDirectory()
        try GeneratedArticles.writeTree(count: 8, at: scratch.url.appendingPathComponent("in"), paragraphs: 1)
        chmod(scratch.path("in/section-3"), 0)
        defer { chmod(scratch.path("in/section-3"), 0o755) }
        chmod(scratch.url.path, 0o755)
        var arguments = ["annotate", scratch.path("in")]
        var wrapper: URL?
        if geteuid() == 0 {
            // Root reads any directory whatever its mode: run as nobody, when nobody can run the binary here.
            let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
            let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path]
            guard FileManager.default.isExecutableFile(atPath: setpriv.path),
                  try CLI.run(asNobody + ["--version"], executable: setpriv).status == 0 else { return }
            arguments = asNobody + arguments
            wrapper = setpriv
        }
        let result = try CLI.run(arguments, executable: wrapper)
        #expect(result.status == 1)
        #expect(result.stderr.contains("whosaid: section-3: error: cannot read directory: Permission denied"))
        #expect(try counts(result.stderr) == (7, 1, 0))
    }

    @Test func recordIdsAndSymlinksCannotLeadOutOfTheOutputDirectory() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: scratch.path("out"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.path("outside"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("out/link"), withDestinationPath: scratch.path("outside"))
        let records = [#"{"id":"../escape","text":"A."}"#, #"{"id":"\#(scratch.path("absolute"))","text":"B."}"#,
                       #"{"id":"link/x","text":"C."}"#, #"{"id":"","text":"D."}"#, #"{"id":"fine/one","text":"E."}"#]
        let result = try CLI.run(["annotate", "--input", "jsonl", "--out", scratch.path("out")],
                                 stdin: records.joined(separator: "\n") + "\n")
        #expect(result.status == 1)
        #expect(try counts(result.stderr) == (1, 4, 0))
        #expect(scratch.files(in: "out") == ["fine/one.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("outside")).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("escape.json")))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("absolute.json")))
        #expect(result.stderr.contains("whosaid: ../escape: error: id cannot name an output file: it contains a '..' component"))
        #expect(result.stderr.contains("is a symlink to \(scratch.url.resolvingSymlinksInPath().path)/outside, outside"))
    }

    @Test func aJSONLinesFileReplacesTheOldOneOnlyWhenTheRunEnds() throws {
        let scratch = try ScratchDirectory()
        try Data("old\n".utf8).write(to: scratch.url.appendingPathComponent("out.jsonl"))
        // Killed while waiting for input: the previous file stays as it was.
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["annotate", "--format", "jsonl", "--out", scratch.path("out.jsonl"), "--jobs", "2"]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(#"{"id":"a","text":"Partial run."}"#.utf8 + [10]))
        usleep(300_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try scratch.contents("out.jsonl") == Data("old\n".utf8))

        let result = try CLI.run(["annotate", "--format", "jsonl", "--out", scratch.path("out.jsonl")],
                                 stdin: #"{"id":"b","text":"Whole run."}"# + "\n")
        #expect(result.status == 0)
        #expect(try object(String(decoding: try scratch.contents("out.jsonl"), as: UTF8.self))["id"] as? String == "b")
        #expect(scratch.files(in: ".") == ["out.jsonl"])
    }

    @Test(arguments: [1, 2])
    func eachLineIsAnsweredBeforeTheNextArrives(jobs: Int) throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["annotate", "--format", "jsonl", "--jobs", String(jobs), "--quiet"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        let reader = output.fileHandleForReading
        for id in ["first", "second"] {
            input.fileHandleForWriting.write(Data(#"{"id":"\#(id)","text":"Hello there."}"#.utf8 + [10]))
            let answered = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var line = Data()
            Thread {
                while line.last != 10, case let chunk = reader.availableData, !chunk.isEmpty { line += chunk }
                answered.signal()
            }.start()
            // Generous: the answer must come before the next line, however slow the (sanitized, loaded) machine.
            #expect(answered.wait(timeout: .now() + 120) == .success, "no answer to \(id) while the next line is pending")
            #expect(try object(String(decoding: line, as: UTF8.self))["id"] as? String == id)
        }
    }

    @Test func batchOptionsThatCannotWorkTogetherAreUsageErrors() throws {
        let scratch = try ScratchDirectory()
        try GeneratedArticles.writeTree(count: 2, at: scratch.url.appendingPathComponent("in"), paragraphs: 1)
        for arguments in [["--pretty"], ["--resume"], ["--resume", "--format", "jsonl", "--out", scratch.path("x")],
                          ["--jobs", "0"], ["-", "--verbose"]] {
            let result = try CLI.run(["annotate", scratch.path("in")] + arguments)
            #expect(result.status == 2, "\(arguments)")
        }
        let pretty = try CLI.run(["annotate", scratch.path("in"), "--pretty", "--out", scratch.path("out"), "--quiet"])
        #expect(pretty.status == 0)
        #expect(try scratch.contents("out/section-1/story-1.json").starts(with: Data("{\n  \"schema\"".utf8)))
    }

    @Test func aKilledRunResumesToByteIdenticalOutputsAndAccountsForEveryInput() throws {
        let scratch = try ScratchDirectory()
        let total = 300
        try GeneratedArticles.writeTree(count: total, at: scratch.url.appendingPathComponent("in"), paragraphs: 6)
        let reference = try CLI.run(["annotate", scratch.path("in"), "--out", scratch.path("reference"), "--jobs", "2"])
        #expect(reference.status == 0)
        #expect(try counts(reference.stderr) == (total, 0, 0))

        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["annotate", scratch.path("in"), "--out", scratch.path("out"), "--jobs", "2", "--quiet"]
        try process.run()
        while process.isRunning && scratch.files(in: "out").count < total / 5 { usleep(2000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let survivors = scratch.files(in: "out")
        try #require(process.terminationReason == .uncaughtSignal, "the run ended before it could be killed")
        #expect(survivors.count < total)
        for path in survivors {  // whatever was there at the kill is whole
            #expect(try scratch.contents("out/" + path) == scratch.contents("reference/" + path), "\(path)")
        }

        let resumed = try CLI.run(["annotate", scratch.path("in"), "--out", scratch.path("out"), "--jobs", "2", "--resume"])
        #expect(resumed.status == 0)
        #expect(try counts(resumed.stderr) == (total - survivors.count, 0, survivors.count))
        let outputs = scratch.files(in: "out")
        #expect(outputs == scratch.files(in: "reference"))
        let leftovers = FileManager.default.enumerator(atPath: scratch.path("out"))?.compactMap { $0 as? String }
        #expect(leftovers?.filter { $0.contains(".tmp-") } == [], "the resumed run removes the killed run's temporary files")
        #expect(outputs.count == total)
        for path in outputs {
            #expect(try scratch.contents("out/" + path) == scratch.contents("reference/" + path), "\(path)")
        }
    }
}
