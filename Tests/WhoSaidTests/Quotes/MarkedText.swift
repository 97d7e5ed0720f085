import Testing
import WhoSaid

/// A fixture whose expected spans are marked inline: `⟦…⟧` around a quote's
/// text, `⟨…⟩` around a speaker. The markers are stripped; spans are code-point
/// offsets into the stripped text.
struct MarkedText {
    var text = ""
    var quotes: [Span] = []
    var speakers: [Span] = []

    init(_ marked: String) {
        var offset = 0
        var quoteStart = 0
        var speakerStart = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": quoteStart = offset
            case "⟧": quotes.append(Span(start: quoteStart, end: offset))
            case "⟨": speakerStart = offset
            case "⟩": speakers.append(Span(start: speakerStart, end: offset))
            default:
                text.unicodeScalars.append(scalar)
                offset += 1
            }
        }
    }

    static let pipeline: Pipeline = try! Pipeline(named: "news")

    func annotate() -> Document { try! Self.pipeline.annotate(text) }
}

/// Checks that annotating `marked` yields exactly its marked quotes (of the types
/// `types`), each with the marked speaker: quote `i` with speaker `speakerOf[i]`
/// (by default the i-th speaker, or the last one when there are fewer; nil: no speaker).
func expectQuotes(
    _ marked: String, types: Set<QuoteType> = [.direct, .partial], rule: String? = nil, speakerOf: [Int?]? = nil,
    exclusive: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let fixture = MarkedText(marked)
    let document = fixture.annotate()
    let found = document.quotes.filter { types.contains($0.type) }
    if exclusive {
        #expect(found.map(\.span) == fixture.quotes, "quotes: \(found.map(\.text))", sourceLocation: sourceLocation)
    }
    for (index, span) in fixture.quotes.enumerated() {
        guard let quote = found.first(where: { $0.span == span }) else {
            Issue.record("quote \(span) not found among \(found.map(\.text))", sourceLocation: sourceLocation)
            continue
        }
        let speakerIndex = speakerOf.map { $0[index] } ?? (fixture.speakers.isEmpty ? nil : min(index, fixture.speakers.count - 1))
        let expected = speakerIndex.map { fixture.speakers[$0] }
        #expect(quote.speaker?.span == expected, "speaker of '\(quote.text)': \(quote.speaker?.text ?? "none") by \(quote.rule ?? "no rule")",
                sourceLocation: sourceLocation)
        if let rule, expected != nil { #expect(quote.rule == rule, sourceLocation: sourceLocation) }
    }
}
