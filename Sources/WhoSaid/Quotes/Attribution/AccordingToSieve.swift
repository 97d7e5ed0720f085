/// `according to X, "Q"` · `"Q," according to X.` A source phrase in the quotation's sentence.
struct AccordingToSieve: AttributionSieve {
    let rule = "according-to"
    let provesSpeech = true

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let range = context.narrative(before: index).lowerBound..<context.narrative(after: index).upperBound
        for cue in context.cues(in: range) where cue.sense.position == .beforeSource {
            if let speaker = context.speaker(of: cue) {
                return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.85)
            }
        }
        return nil
    }
}
