import Foundation
import Testing
@testable import WhoSaid

@Suite struct OutputDirectoryTests {
    private func relative(_ id: String, replacingExtension: Bool = false) -> String? {
        try? OutputDirectory.relativePath(forID: id, replacingExtension: replacingExtension).get()
    }

    @Test func idsMapToPathsInsideTheRoot() {
        #expect(relative("a/b/story.txt", replacingExtension: true) == "a/b/story.json")
        #expect(relative("a/b/story.txt") == "a/b/story.txt.json")
        #expect(relative("noextension", replacingExtension: true) == "noextension.json")
        #expect(relative("2015/x-1") == "2015/x-1.json")
    }

    @Test func idsThatCouldLeaveTheRootAreRefused() {
        for id in ["", "/etc/passwd", "../up", "a/../../up", "a/./b", "a//b", "a/", "nul\0byte", ".."] {
            #expect(relative(id) == nil, "\(id) must be refused")
        }
    }

    @Test func writesAtomicallyAndLeavesNoTemporaryFile() throws {
        let tree = try TemporaryTree()
        let directory = try OutputDirectory(tree.path("out"))
        try directory.write(Array("{}".utf8), to: "a/b/doc.json", id: "doc")
        #expect(try String(contentsOfFile: tree.path("out/a/b/doc.json"), encoding: .utf8) == "{}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path("out/a/b")) == ["doc.json"])
    }

    @Test func aSecondInputForTheSameFileFails() throws {
        let tree = try TemporaryTree()
        let directory = try OutputDirectory(tree.path("out"))
        try directory.write(Array("1".utf8), to: "doc.json", id: "first")
        #expect(throws: WhoSaidError.self) { try directory.write(Array("2".utf8), to: "doc.json", id: "second") }
        #expect(try String(contentsOfFile: tree.path("out/doc.json"), encoding: .utf8) == "1\n")
    }

    @Test func symlinksLeadingOutOfTheRootAreRefusedAndInsideAllowed() throws {
        let tree = try TemporaryTree()
        try FileManager.default.createDirectory(atPath: tree.path("outside"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: tree.path("out/real"), withIntermediateDirectories: true)
        try tree.symlink("out/escape", to: tree.path("outside"))
        try tree.symlink("out/alias", to: "real")
        let directory = try OutputDirectory(tree.path("out"))
        #expect(throws: WhoSaidError.self) { try directory.write(Array("{}".utf8), to: "escape/doc.json", id: "d") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path("outside")).isEmpty)
        try directory.write(Array("{}".utf8), to: "alias/doc.json", id: "e")
        #expect(FileManager.default.fileExists(atPath: tree.path("out/real/doc.json")))
    }

    @Test func aSymlinkAtTheFinalPathIsReplacedNotWrittenThrough() throws {
        let tree = try TemporaryTree()
        try tree.write("victim.txt", "keep")
        try FileManager.default.createDirectory(atPath: tree.path("out"), withIntermediateDirectories: true)
        try tree.symlink("out/doc.json", to: tree.path("victim.txt"))
        try OutputDirectory(tree.path("out")).write(Array("{}".utf8), to: "doc.json", id: "d")
        #expect(try String(contentsOfFile: tree.path("victim.txt"), encoding: .utf8) == "keep")
        #expect(try String(contentsOfFile: tree.path("out/doc.json"), encoding: .utf8) == "{}\n")
    }

    @Test func temporaryFilesOfDeadRunsAreRemovedAndOthersKept() throws {
        let tree = try TemporaryTree()
        var deadPID: pid_t = 4_000_000
        while kill(deadPID, 0) == 0 || errno != ESRCH { deadPID -= 1 }
        let livePID = getppid()
        try tree.write("out/a/.doc.json.tmp-\(deadPID)", "half")
        try tree.write("out/a/.doc.json.tmp-\(livePID)", "another run's")
        try tree.write("out/a/.notes.tmp-x", "not ours")
        try OutputDirectory(tree.path("out")).write(Array("{}".utf8), to: "a/doc.json", id: "doc")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path("out/a")).sorted() ==
                [".doc.json.tmp-\(livePID)", ".notes.tmp-x", "doc.json"])
    }
}
