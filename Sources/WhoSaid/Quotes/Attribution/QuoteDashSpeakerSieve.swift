/// `"Q" —X` and `"Q" -- X, chief executive`: the byline after a dash, in the quotation's sentence or, when
/// the quotation ends its paragraph, as the next paragraph (`"Q."` then `- X, Philadelphia.` in roundups).
struct QuoteDashSpeakerSieve: AttributionSieve {
    let rule = "quote-dash-speaker"
    let provesSpeech = true

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let narrative = context.narrative(after: index)
        let after = narrative.isEmpty ? bylineParagraph(after: index, in: context) : narrative
        var start = after.lowerBound
        while start < after.upperBound, context.isDash(start) { start += 1 }
        guard start > after.lowerBound, start < after.upperBound, context.phrases.isCapitalized(start),
            let speaker = context.phrases.phrase(after: start, limit: after.upperBound)
        else { return nil }
        // A byline paragraph holds the name and perhaps its place or role, not a new sentence about it.
        if narrative.isEmpty, speaker.upperBound < after.upperBound, context.tokens[speaker.upperBound].text != ",",
            context.tokens[speaker.upperBound].text != "."
        {
            return nil
        }
        return Attribution(speaker: speaker, cue: nil, rule: rule, confidence: 0.85)
    }

    /// The first sentence of the paragraph after a quotation that ends its own, if that sentence opens with a dash.
    private func bylineParagraph(after index: Int, in context: QuoteContext) -> Range<Int> {
        let start = context.end(of: context.quotations[index])
        guard start < context.tokens.count, context.isDash(start), !context.sentences.isEmpty else { return start..<start }
        let sentence = context.sentences[context.sentenceOfToken[start]]
        guard sentence.tokens.lowerBound == start, sentence.paragraph == context.quotations[index].paragraph + 1 else {
            return start..<start
        }
        return start..<min(sentence.tokens.upperBound, start + QuoteContext.window)
    }
}
