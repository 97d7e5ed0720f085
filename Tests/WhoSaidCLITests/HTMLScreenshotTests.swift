import Foundation
import Testing

/// Renders the sample article's HTML view in headless Chromium, when it is installed.
@Suite struct HTMLScreenshotTests {
    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium)"))
    func sampleArticleRendersToAScreenshot() throws {
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-\(UUID()).png")
        defer { try? FileManager.default.removeItem(at: png) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["scripts/render-html.sh", "Examples/newsroom-article.txt", png.path, "1000", "900"]
        process.currentDirectoryURL = CLI.repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["WHOSAID": CLI.binary.path]) { $1 }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let data = try Data(contentsOf: png)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))  // PNG signature
        #expect(data.count > 10_000)
    }
}
