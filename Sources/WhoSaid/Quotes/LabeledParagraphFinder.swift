/// Finds paragraphs that open with a speaker label and a colon and go on without
/// quotation marks: headlines (`Moss: Bridge will reopen in May`) and interview
/// transcripts (`Q: Why did you run?`, `TAPPER: And you support him?`). The label is
/// the speaker, the colon the cue, the rest of the paragraph the report.
struct LabeledParagraphFinder: Sendable {
    /// The longest label, in words (`Former Gov. Ada Moss`).
    static let maximumLabelWords = 4
    /// A report has at least this many words (`Moss: Not yet` is a slogan, not a report).
    static let minimumWords = 4

    func find(in context: QuoteContext) -> [IndirectQuote] {
        var found: [IndirectQuote] = []
        for (index, sentence) in context.sentences.enumerated()
        where index == 0 || context.sentences[index - 1].paragraph != sentence.paragraph {
            guard let colon = labelEnd(in: sentence.tokens, context: context) else { continue }
            var end = sentence.tokens.upperBound
            for next in context.sentences[(index + 1)...] {
                guard next.paragraph == sentence.paragraph else { break }
                end = next.tokens.upperBound
            }
            while end > colon + 1, context.tokens[end - 1].kind == .punctuation { end -= 1 }
            let content = colon + 1..<end
            guard content.count > 0, context.tokens[content.lowerBound].kind != .quotationMark,
                context.wordCount(content) >= Self.minimumWords,
                !content.contains(where: { context.quotationOfToken[$0] >= 0 })
            else { continue }
            found.append(IndirectQuote(
                content: content,
                attribution: Attribution(speaker: sentence.tokens.lowerBound..<colon, cue: colon..<colon + 1,
                                         rule: "speaker-label-paragraph", confidence: 0.6)))
        }
        return found
    }

    /// The colon after a label of capitalized words (abbreviation periods and `'s` allowed) opening a paragraph.
    private func labelEnd(in sentence: Range<Int>, context: QuoteContext) -> Int? {
        var words = 0
        var index = sentence.lowerBound
        while index < sentence.upperBound, words <= Self.maximumLabelWords {
            let token = context.tokens[index]
            if token.text == ":" { return words > 0 ? index : nil }
            if context.phrases.isCapitalized(index) {
                words += 1
            } else if token.text != "." && !context.phrases.isPossessive(index) {
                return nil
            }
            index += 1
        }
        return nil
    }
}
