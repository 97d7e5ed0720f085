/// `"Q" —X` and `"Q" -- X, chief executive`: the byline after a dash.
struct QuoteDashSpeakerSieve: AttributionSieve {
    let rule = "quote-dash-speaker"
    let provesSpeech = true

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let after = context.narrative(after: index)
        var start = after.lowerBound
        while start < after.upperBound, context.isDash(start) { start += 1 }
        guard start > after.lowerBound, start < after.upperBound, context.phrases.isCapitalized(start),
            let speaker = context.phrases.phrase(after: start, limit: after.upperBound)
        else { return nil }
        return Attribution(speaker: speaker, cue: nil, rule: rule, confidence: 0.85)
    }
}
