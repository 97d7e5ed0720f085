/// `"Q1," X said. "Q2."`: a quotation with no cue of its own continues the
/// speaker of the quotation before it when it opens a sentence and the earlier one is
/// in the same or the previous paragraph, or when its sentence has no cue and no subject
/// before it and the earlier one is in the same paragraph (`"Q1," X said. Now, "Q2."`); and no cue
/// stands between them outside the sentence of the earlier quotation's cue.
struct ContinuationSieve: AttributionSieve {
    let rule = "continuation"
    let provesSpeech = false

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        guard index > 0, let previous = decided[index - 1] else { return nil }
        let quotation = context.quotations[index]
        let earlier = context.quotations[index - 1]
        let opening = quotation.openingMark.lowerBound
        // A floating quotation opens its sentence; one inside narrative (`The deal faces "…"`) continues
        // only when its sentence, in the same paragraph, has no cue at all (`"Q1," X said. Now, "Q2."`).
        let opensSentence = context.sentence(of: opening).lowerBound == opening
        guard opensSentence && earlier.paragraph + 1 >= quotation.paragraph
            || earlier.paragraph == quotation.paragraph && context.cues(in: context.narrative(before: index)).isEmpty
            && context.cues(in: context.narrative(after: index)).isEmpty
            && context.phrases.subject(of: context.sentence(of: opening), before: opening) == nil
        else { return nil }
        let between = context.end(of: earlier)..<opening
        let cueSentence = previous.cue.map { context.sentenceOfToken[$0.lowerBound] }
        guard between.count <= QuoteContext.window,
            context.cues(in: between).allSatisfy({ context.sentenceOfToken[$0.tokens.lowerBound] == cueSentence })
        else { return nil }
        return Attribution(speaker: previous.speaker, cue: previous.cue, rule: rule, confidence: opensSentence ? 0.7 : 0.6)
    }
}
