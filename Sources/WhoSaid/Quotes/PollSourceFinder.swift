/// Finds what a poll or survey is cited for by a sentence opening with `In …,`: the rest of the sentence
/// (`In a new Harbor Ledger poll, 60 percent of voters backed the levy`). The phrase after `in` is the
/// source and `in` the cue; `quotes/poll-nouns.tsv` lists the nouns that make the phrase a poll's.
/// A closing `… in the polls` is left alone: on PolNeAR train four in five such readings were wrong.
struct PollSourceFinder: Sendable {
    let pollNouns: Set<String>
    /// The longest poll phrase, in tokens (`a national Harbor Ledger/Salem University poll released Monday`).
    static let maximumSourceLength = 12

    func find(in context: QuoteContext) -> [Report] {
        var found: [Report] = []
        for sentence in context.sentences {
            let body = context.body(of: sentence.tokens)
            let cue = body.lowerBound
            guard cue < body.upperBound, context.words[cue] == "in",
                let comma = (cue + 1..<min(body.upperBound, cue + 2 + Self.maximumSourceLength)).first(where: {
                    context.tokens[$0].text == ","
                }),
                isPoll(cue + 1..<comma, context: context),
                context.wordCount(comma + 1..<body.upperBound) >= IndirectQuoteFinder.minimumWords
            else { continue }
            found.append(Report(
                content: comma + 1..<body.upperBound,
                attribution: Attribution(speaker: cue + 1..<comma, cue: cue..<cue + 1, rule: "poll-source", confidence: 0.7)))
        }
        return found
    }

    /// A phrase outside quotation marks holding a poll noun.
    private func isPoll(_ phrase: Range<Int>, context: QuoteContext) -> Bool {
        phrase.allSatisfy { context.quotationOfToken[$0] < 0 } && phrase.contains { pollNouns.contains(context.words[$0]) }
    }
}
