/// A paragraph that introduces the next one's quotation: `From X:`,
/// `X said in a statement:` or `X issued the following statement:` followed by a
/// paragraph opening with the quotation. The speaker is the cue's, else the lead-in's subject.
struct LeadInParagraphSieve: AttributionSieve {
    let rule = "lead-in-paragraph"
    let provesSpeech = true

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let quotation = context.quotations[index]
        let opening = quotation.openingMark.lowerBound
        guard !quotation.continuesPreviousParagraph, opening > 0, quotation.paragraph > 0,
            context.sentence(of: opening).lowerBound == opening, context.tokens[opening - 1].text == ":",
            context.sentences[context.sentenceOfToken[opening - 1]].paragraph == quotation.paragraph - 1
        else { return nil }
        let leadIn = context.sentence(of: opening - 1)
        let start = max(leadIn.lowerBound, opening - QuoteContext.window)
        if let cue = context.cues(in: start..<opening).last, let speaker = context.speaker(of: cue) {
            return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.85)
        }
        // `From X:` and `X issued the following statement:`
        guard let speaker = context.phrases.leadInSubject(of: start..<(opening - 1), before: opening - 1) else { return nil }
        return Attribution(speaker: speaker, cue: nil, rule: rule, confidence: 0.75)
    }
}
