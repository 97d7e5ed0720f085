/// `Greene added that the Fed wants out. "Q"` · `X says in a statement.¶"Q"`: a quotation
/// that opens its sentence with no cue around it, after a sentence whose report gives the
/// speaker: the sentence before it in its paragraph, or the last sentence of the paragraph
/// before when the quotation opens its own. A sentence that holds a quotation is left to
/// `continuation`, which follows that quotation's speaker.
struct PreviousSentenceCueSieve: AttributionSieve {
    let rule = "previous-sentence-cue"
    let provesSpeech = false

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let quotation = context.quotations[index]
        let opening = quotation.openingMark.lowerBound
        let sentenceIndex = context.sentenceOfToken[opening]
        guard !quotation.continuesPreviousParagraph, sentenceIndex > 0,
            context.sentences[sentenceIndex].tokens.lowerBound == opening,
            context.cues(in: context.narrative(after: index)).isEmpty
        else { return nil }
        let previous = context.sentences[sentenceIndex - 1]
        guard previous.paragraph + 1 >= quotation.paragraph,
            previous.tokens.count <= QuoteContext.window * 2,
            !previous.tokens.contains(where: { context.quotationOfToken[$0] >= 0 }),
            let (cue, speaker) = context.reportingCue(among: context.cues(in: previous.tokens))
        else { return nil }
        return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.8)
    }
}
