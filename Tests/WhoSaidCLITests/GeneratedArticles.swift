import Foundation

/// Small invented news articles, written into scratch trees for the batch tests.
enum GeneratedArticles {
    private static let speakers = ["Maria Lopez", "John Carter", "Aiko Tanaka", "Peter Novak", "Grace Mensah", "Omar Haddad"]
    private static let bodies = ["the city council", "the Transport Ministry", "Northfield University", "the harbour authority"]
    private static let topics = ["the bridge repairs", "the new tram line", "the school budget", "the flood defences", "the housing plan"]

    /// Article `index`: a few paragraphs with direct and indirect quotes, about `paragraphs` × 400 bytes.
    static func text(_ index: Int, paragraphs: Int = 4) -> String {
        (0..<paragraphs).map { part in
            let speaker = speakers[(index + part) % speakers.count]
            let other = speakers[(index + part + 3) % speakers.count]
            let body = bodies[(index * 3 + part) % bodies.count]
            let topic = topics[(index + part * 2) % topics.count]
            return """
                \(speaker), who speaks for \(body), said on Tuesday that work on \(topic) would start in \
                week \(index % 52 + 1). "We have waited long enough for this," \(speaker.split(separator: " ")[1]) told \
                reporters. \(other) disagreed. "The figures for item \(index)-\(part) do not add up," \(other) said, \
                adding that residents had not been asked. Officials declined to comment on the cost.
                """
        }.joined(separator: "\n\n") + "\n"
    }

    /// Writes `count` articles as `section-K/story-N.txt` below `root` and returns their relative paths.
    @discardableResult
    static func writeTree(count: Int, at root: URL, paragraphs: Int = 4) throws -> [String] {
        try (0..<count).map { index in
            let relative = "section-\(index % 7)/story-\(index).txt"
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text(index, paragraphs: paragraphs).utf8).write(to: url)
            return relative
        }
    }
}

/// A scratch directory for one test, removed on deinit.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-cli-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Relative paths of the non-hidden files below `relative`, sorted.
    func files(in relative: String) -> [String] {
        let base = url.appendingPathComponent(relative).resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { path in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory)
                return exists && !isDirectory.boolValue && !path.split(separator: "/").contains { $0.hasPrefix(".") }
            }
            .sorted()
    }

    func contents(_ relative: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(relative)) }
}
