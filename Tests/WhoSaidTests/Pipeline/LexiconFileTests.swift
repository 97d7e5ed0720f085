import Foundation
import Testing
@testable import WhoSaid

@Suite struct LexiconFileTests {
    @Test func rowsSkipCommentsAndBlankLinesAndKeepLineNumbers() throws {
        let file = LexiconFile(name: "titles.tsv", text: "# header\n\nSen.\ttitle\r\nU.S.\tprefix\n")
        let rows = try file.rows(columns: ["abbreviation", "kind"])
        #expect(rows.map(\.fields) == [["Sen.", "title"], ["U.S.", "prefix"]])
        #expect(rows.map(\.line) == [3, 4])
    }

    @Test func wrongColumnCountNamesFileLineAndColumns() {
        let file = LexiconFile(name: "abbreviations.tsv", text: "# h\nMr.\ttitle\nDr.\n")
        #expect(throws: WhoSaidError.configuration(
            file: "abbreviations.tsv", line: 3,
            message: "expected 2 tab-separated columns (abbreviation, kind), found 1")) {
            try file.rows(columns: ["abbreviation", "kind"])
        }
    }

    @Test func duplicateEntryNamesBothLines() {
        let file = LexiconFile(name: "a.tsv", text: "Mr.\ttitle\nMr.\tother\n")
        #expect(throws: WhoSaidError.configuration(file: "a.tsv", line: 2, message: "duplicate entry 'Mr.' (first on line 1)")) {
            try file.uniqueRows(columns: ["abbreviation", "kind"])
        }
    }

    @Test func badAbbreviationKindIsReported() {
        let file = LexiconFile(name: "a.tsv", text: "Mr.\tname\n")
        #expect(throws: WhoSaidError.configuration(file: "a.tsv", line: 1, message: "kind must be title, prefix or other, found 'name'")) {
            try Abbreviations(file)
        }
    }

    @Test func lexiconDirectoryOverridesTheEmbeddedFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-lexicons-\(UUID())")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("segmentation"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "Xyz.\ttitle\n".write(to: directory.appendingPathComponent("segmentation/abbreviations.tsv"), atomically: true, encoding: .utf8)
        let store = ResourceStore(lexiconDirectories: [directory.path])
        #expect(try store.lexicon("segmentation/abbreviations.tsv").text == "Xyz.\ttitle\n")
        // Files the directory lacks still come from the embedded set.
        #expect(try store.lexicon("segmentation/sentence-openers.txt").name == "Lexicons/segmentation/sentence-openers.txt")
    }

    /// Regression (DefinitionFuzzer, LeakSanitizer): an empty lexicon file read from a directory.
    @Test func emptyLexiconFileInADirectoryLoadsAsEmpty() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-empty-\(UUID())")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("segmentation"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(FileManager.default.createFile(atPath: directory.appendingPathComponent("segmentation/sentence-openers.txt").path, contents: Data()))
        let store = ResourceStore(lexiconDirectories: [directory.path])
        #expect(try store.lexicon("segmentation/sentence-openers.txt").text == "")
        #expect(throws: WhoSaidError.self) { try store.lexicon("segmentation") }  // a directory is not a lexicon
    }
}
