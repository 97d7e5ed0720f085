/// A partial quote inside reported speech: `X called it "a disaster"`,
/// `Salesforce announced a plan to "manage border activities."` The nearest cue
/// of the quotation's sentence gives the speaker: the first one before it (the
/// outermost report: `X acknowledged that she had claimed "…"` is X's), else the
/// first one after it.
/// Quoted modifiers (`the "zero tolerance" policy`) are left to other sieves.
struct SentenceCueSieve: AttributionSieve {
    static let ruleName = "sentence-cue"
    let rule = Self.ruleName
    let provesSpeech = false

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let quotation = context.quotations[index]
        let sentence = context.sentence(of: quotation.openingMark.lowerBound)
        let start = max(sentence.lowerBound, quotation.openingMark.lowerBound - QuoteContext.window)
        let before = context.cues(in: start..<quotation.openingMark.lowerBound)
        let afterRange = context.narrative(after: index)
        let after = context.cues(in: afterRange)
        // `When Trump announced his run, he called them "Q"`: a cue in an introductory phrase reports less.
        let clause = context.phrases.clauseStart(in: sentence, before: quotation.openingMark.lowerBound)
        guard let (cue, speaker) = context.reportingCue(among: before.filter { $0.tokens.lowerBound >= clause } + after)
            ?? context.reportingCue(among: before + after)
        else { return nil }
        return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.75)
    }
}
