/// `"Q1," X said. "Q2."`: a quotation with no cue of its own continues the
/// speaker of the quotation before it, when that one is in the same paragraph,
/// or in the previous paragraph and this one opens its paragraph, and no cue
/// stands between them outside the sentence of the earlier quotation's cue.
struct ContinuationSieve: AttributionSieve {
    let rule = "continuation"
    let provesSpeech = false

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        guard index > 0, let previous = decided[index - 1] else { return nil }
        let quotation = context.quotations[index]
        let earlier = context.quotations[index - 1]
        let opening = quotation.openingMark.lowerBound
        let opensParagraph = context.sentence(of: opening).lowerBound == opening
            && context.sentences[context.sentenceOfToken[opening]].paragraph == quotation.paragraph
        guard earlier.paragraph == quotation.paragraph || earlier.paragraph + 1 == quotation.paragraph && opensParagraph
        else { return nil }
        let between = context.end(of: earlier)..<opening
        let cueSentence = previous.cue.map { context.sentenceOfToken[$0.lowerBound] }
        guard between.count <= QuoteContext.window,
            context.cues(in: between).allSatisfy({ context.sentenceOfToken[$0.tokens.lowerBound] == cueSentence })
        else { return nil }
        return Attribution(speaker: previous.speaker, cue: previous.cue, rule: rule, confidence: 0.7)
    }
}
