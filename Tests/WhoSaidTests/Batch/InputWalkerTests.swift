import Foundation
import Testing
@testable import WhoSaid

@Suite struct InputWalkerTests {
    @Test func walksInSortedOrderWithIdsRelativeToTheRoot() throws {
        let tree = try TemporaryTree()
        for name in ["b/2.txt", "a.txt", "b/1.txt", "c/d/e.txt"] { try tree.write(name, "x") }
        let entries = InputWalker().walk([tree.root.path, tree.path("a.txt")])
        #expect(entries.map(\.id) == ["a.txt", "b/1.txt", "b/2.txt", "c/d/e.txt", "a.txt"])
        #expect(entries.first == .file(path: tree.path("a.txt"), id: "a.txt", byteCount: 1, isJSONLines: false))
    }

    @Test func hiddenNamesAreSkippedAndCountedOnce() throws {
        let tree = try TemporaryTree()
        try tree.write(".git/config.txt", "x")
        try tree.write(".draft.txt", "x")
        try tree.write("story.txt", "x")
        #expect(InputWalker().walk([tree.root.path]) == [
            .skipped(id: ".draft.txt", reason: "hidden"),
            .skipped(id: ".git", reason: "hidden"),
            .file(path: tree.path("story.txt"), id: "story.txt", byteCount: 1, isJSONLines: false),
        ])
    }

    @Test func includeAndExcludeMatchTheRelativePath() throws {
        let tree = try TemporaryTree()
        for name in ["2015/a.txt", "2015/drafts/b.txt", "2016/c.md", "d.jsonl"] { try tree.write(name, "x") }
        #expect(InputWalker().walk([tree.root.path]).map(\.id) == ["2015/a.txt", "2015/drafts/b.txt"])
        let walker = InputWalker(include: ["*.txt", "*.md"], exclude: ["*/drafts/*"])
        #expect(walker.walk([tree.root.path]).map(\.id) == ["2015/a.txt", "2016/c.md"])
        let records = InputWalker(include: ["*.jsonl"]).walk([tree.root.path])
        #expect(records == [.file(path: tree.path("d.jsonl"), id: "d.jsonl", byteCount: 1, isJSONLines: true)])
    }

    @Test func symlinkLoopsEndAndLinkedDirectoriesAreWalkedOnce() throws {
        let tree = try TemporaryTree()
        try tree.write("a/story.txt", "x")
        try tree.symlink("a/loop", to: "..")
        try tree.symlink("b", to: "a")
        try tree.symlink("dangling.txt", to: "nowhere")
        let entries = InputWalker().walk([tree.root.path])
        #expect(entries.map(\.id) == ["a/loop", "a/story.txt", "b", "dangling.txt"])
        #expect(entries.filter { if case .file = $0 { true } else { false } }.count == 1)
        guard case let .skipped(_, reason) = entries[3] else { Issue.record("a dangling link is skipped"); return }
        #expect(reason.hasPrefix("broken symlink"))
    }

    @Test func missingRootsAndUnreadableDirectoriesAreFailures() throws {
        let tree = try TemporaryTree()
        try tree.write("locked/story.txt", "x")
        #expect(InputWalker().walk([tree.path("missing")]) == [.failed(id: tree.path("missing"), message: "No such file or directory")])
        // Root reads any directory whatever its mode; the CLI tests cover that case by dropping privileges.
        guard geteuid() != 0 else { return }
        chmod(tree.path("locked"), 0)
        defer { chmod(tree.path("locked"), 0o755) }
        #expect(InputWalker().walk([tree.root.path]) == [.failed(id: "locked", message: "cannot read directory: Permission denied")])
    }

    @Test func binaryFilesAreRecognised() {
        #expect(InputFile.binaryKind([0x89, 0x50, 0x4E, 0x47, 0x0D]) == "PNG image")
        #expect(InputFile.binaryKind(Array("%PDF-1.7".utf8)) == "PDF document")
        #expect(InputFile.binaryKind([0x50, 0x4B, 0x03, 0x04]) == "ZIP archive")
        #expect(InputFile.binaryKind([0x1F, 0x8B, 0x08]) == "gzip data")
        #expect(InputFile.binaryKind(Array("text\0more".utf8)) == "NUL bytes")
        #expect(InputFile.binaryKind(Array("Plain text, “quoted”.".utf8)) == nil)
    }
}

extension WalkEntry {
    var id: String {
        switch self {
        case let .file(_, id, _, _), let .skipped(id, _), let .failed(id, _): id
        }
    }
}
