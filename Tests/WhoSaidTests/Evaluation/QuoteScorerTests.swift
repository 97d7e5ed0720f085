import Testing
@testable import WhoSaid

/// The scorer on a hand-made brat fixture whose figures were worked out by hand
/// with the rules of `shared/tools/score.py quotes`.
@Suite struct QuoteScorerTests {
    let text = #""We won," Smith said. Jones said the plan failed badly."#

    /// Code-point span of the first occurrence of `piece`.
    func span(_ piece: String) -> Span {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(piece.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return Span(start: start, end: start + needle.count)
    }

    var annotation: String {
        func bound(_ id: String, _ type: String, _ piece: String) -> String {
            let s = span(piece)
            return "\(id)\t\(type) \(s.start) \(s.end)\t\(piece)"
        }
        return [
            bound("T1", "Content", #""We won,""#), bound("T2", "Source", "Smith"), bound("T3", "Cue", "said"),
            "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
            bound("T4", "Source", "Jones"), bound("T5", "Content", "the plan"), bound("T6", "Content", "failed badly"),
            "E2\tAttribution:T3 Content:T5 Content2:T6 Source:T4",
        ].joined(separator: "\n") + "\n"
    }

    func quote(_ id: String, _ type: QuoteType, _ piece: String, speaker: String) -> Quote {
        Quote(id: id, type: type, span: span(piece), text: piece,
              speaker: Quote.Speaker(span: span(speaker), text: speaker, entity: nil))
    }

    @Test func readsRolesAndNumberedFragments() throws {
        let attributions = try BratReader.attributions(in: annotation, file: "fixture.ann")
        #expect(attributions.count == 2)
        #expect(attributions[1].content == [span("the plan"), span("failed badly")])
        #expect(attributions[1].source == [span("Jones")])
    }

    @Test func figuresMatchTheReferenceRules() throws {
        var document = Document(id: "fixture", text: text)
        document.quotes = [
            quote("q1", .direct, "We won,", speaker: "Smith"),
            quote("q2", .indirect, "the plan failed badly", speaker: "Smith"),
            quote("q3", .partial, "plan", speaker: "Jones"),
        ]
        var scorer = QuoteScorer()
        scorer.add(document, gold: try BratReader.attributions(in: annotation, file: "fixture.ann"))
        #expect((scorer.direct.gold, scorer.direct.predicted, scorer.direct.matched) == (1, 2, 1))
        #expect((scorer.direct.correctSpeakers, scorer.direct.endToEnd) == (1, 1))
        #expect(scorer.direct.precision == 0.5 && scorer.direct.recall == 1)
        #expect((scorer.all.gold, scorer.all.predicted, scorer.all.matched) == (2, 3, 2))
        #expect((scorer.all.matchedWithSource, scorer.all.correctSpeakers, scorer.all.endToEnd) == (2, 1, 1))
        #expect(scorer.allErrors.map(\.kind) == [.speaker, .spurious])
    }

    @Test func quotationSegmentsFollowTheReferencePairing() {
        let gold = QuoteGold(text: "“a” \"b\" ''c'' ``d'' “e “f\ng")
        let texts = gold.quotationSegments().map { String(String.UnicodeScalarView(gold.text[$0.start..<$0.end])) }
        #expect(texts == ["a", "b", "c", "d", "e ", "f"])
    }
}
