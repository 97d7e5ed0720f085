/// `"Q1," X said. "Q2."`: a quotation with no cue of its own continues the
/// speaker of the quotation before it when it opens a sentence, the earlier one is
/// in the same or the previous paragraph, and no cue
/// stands between them outside the sentence of the earlier quotation's cue.
struct ContinuationSieve: AttributionSieve {
    let rule = "continuation"
    let provesSpeech = false

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        guard index > 0, let previous = decided[index - 1] else { return nil }
        let quotation = context.quotations[index]
        let earlier = context.quotations[index - 1]
        let opening = quotation.openingMark.lowerBound
        // A floating quotation opens its sentence; one inside narrative (`The deal faces "…"`) is not a continuation.
        guard context.sentence(of: opening).lowerBound == opening,
            earlier.paragraph == quotation.paragraph || earlier.paragraph + 1 == quotation.paragraph
        else { return nil }
        let between = context.end(of: earlier)..<opening
        let cueSentence = previous.cue.map { context.sentenceOfToken[$0.lowerBound] }
        guard between.count <= QuoteContext.window,
            context.cues(in: between).allSatisfy({ context.sentenceOfToken[$0.tokens.lowerBound] == cueSentence })
        else { return nil }
        return Attribution(speaker: previous.speaker, cue: previous.cue, rule: rule, confidence: 0.7)
    }
}
