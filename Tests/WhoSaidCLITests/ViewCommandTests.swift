import Foundation
import Testing

@Suite struct ViewCommandTests {
    private func annotatedFile(_ text: String) throws -> URL {
        let article = FileManager.default.temporaryDirectory.appendingPathComponent("view-\(UUID()).jsonl")
        let record = try JSONSerialization.data(withJSONObject: ["id": "a1", "text": text])
        let annotated = try CLI.run(["annotate", "--format", "jsonl", "--with-text"], stdin: record + Data("\n".utf8))
        try annotated.stdout.write(to: article, atomically: true, encoding: .utf8)
        return article
    }

    @Test func quotesReadsExistingOutputAndWritesCSV() throws {
        let file = try annotatedFile("The mayor spoke.")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["quotes", file.path, "--format", "csv"], stdin: "")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("document,speaker,type,quote,cue\r\n"))
    }

    @Test func entitiesOnRawTextRunsThePipeline() throws {
        let result = try CLI.run(["entities", "--format", "tsv"], stdin: "The mayor spoke.")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("entity\ttype\tmentions\taliases\tquotes\tdocuments\n"))
    }

    @Test func showWritesASelfContainedPageAndEscapesTheArticle() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("show-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = directory.appendingPathComponent("story.txt")
        try "The page said <script>alert(1)</script> & more.".write(to: article, atomically: true, encoding: .utf8)
        let page = directory.appendingPathComponent("story.html")
        let result = try CLI.run(["show", article.path, "--html", page.path], stdin: "")
        #expect(result.status == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        // The article's text with the highlighting markup taken out: every character escaped, nothing lost.
        let body = try #require(html.range(of: "<article>").flatMap { start in
            html.range(of: "</article>").map { String(html[start.upperBound..<$0.lowerBound]) }
        })
        let text = body.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        #expect(text == "The page said &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.")
        #expect(!html.contains("<script"))
    }

    @Test func badInputIsReportedWithExitOne() throws {
        let result = try CLI.run(["quotes", "/nonexistent/file.json"], stdin: "")
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/file.json"))
    }
}
