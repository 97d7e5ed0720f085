/// `"Q," said X.` · `"Q," says the company's spokesman.` The cue comes right
/// after the closing mark, the speaker after the cue.
struct QuoteCueSpeakerSieve: AttributionSieve {
    let rule = "quote-cue-speaker"
    let provesSpeech = true

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let after = context.narrative(after: index)
        let start = context.firstNarrativeToken(in: after)
        guard start < after.upperBound, context.cueStartingAt[start] >= 0 else { return nil }
        let cue = context.cues[context.cueStartingAt[start]]
        // `"Q," referring to X` is not an inversion: a participle's subject is its clause's.
        guard cue.sense.position == .verb, !cue.isParticiple,
            let speaker = context.phrases.phrase(after: cue.tokens.upperBound, limit: after.upperBound)
        else { return nil }
        return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.95)
    }
}
