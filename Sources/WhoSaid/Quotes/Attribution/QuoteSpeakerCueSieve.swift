/// `"Q," X said.` · `"Q," X, the chief executive of Y, said.` · `"Q," he added.`
/// The speaker phrase follows the closing mark and is the subject of the cue after it.
struct QuoteSpeakerCueSieve: AttributionSieve {
    let rule = "quote-speaker-cue"
    let provesSpeech = true

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let after = context.narrative(after: index)
        let start = context.firstNarrativeToken(in: after)
        guard start < after.upperBound, context.tokens[start].kind == .word else { return nil }
        for cue in context.cues(in: start..<after.upperBound) where cue.sense.position == .verb && !cue.isParticiple {
            guard let speaker = context.phrases.speaker(of: cue, sentence: start..<after.upperBound),
                context.phrases.opens(speaker, at: start)
            else { return nil }
            return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.95)
        }
        return nil
    }
}
