import Foundation
import Testing
import WhoSaid

/// The quote checks of the shared seed article (`shared/seed/*.expected.json`),
/// run when the shared folder sits beside the package.
@Suite struct SeedArticleTests {
    static let seed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/seed/cnet-salesforce-cbp").standardized.path
    static let available = FileManager.default.fileExists(atPath: seed + ".txt")

    /// Curly quotes folded to straight ones, white space collapsed (as the reference checker does).
    func fold(_ text: String) -> String {
        let straight = text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        return straight.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(.enabled(if: available)) func quoteChecksPass() throws {
        let text = try String(contentsOfFile: Self.seed + ".txt", encoding: .utf8)
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.seed + ".expected.json")))
            as! [String: Any]
        let document = try Pipeline(named: "news").annotate(text)
        let names = Dictionary(document.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for check in expected["quotes"] as! [[String: Any]] {
            let contains = fold(check["contains"] as! String)
            let speakers = Set((check["speaker_any"] as! [String]).map(fold))
            let types = Set(check["type_any"] as! [String])
            let good = document.quotes.contains { quote in
                let said = [quote.speaker?.text, quote.speaker?.entity.flatMap { names[$0] }].compactMap { $0 }.map(fold)
                return fold(quote.text).contains(contains) && types.contains(quote.type.rawValue) && !speakers.isDisjoint(with: said)
            }
            #expect(good, "quote containing '\(contains)'")
        }
        for check in expected["not_quotes"] as! [[String: Any]] {
            let contains = fold(check["contains"] as! String)
            #expect(!document.quotes.contains { fold($0.text).contains(contains) && $0.speaker != nil }, "not a quote: '\(contains)'")
        }
    }
}
