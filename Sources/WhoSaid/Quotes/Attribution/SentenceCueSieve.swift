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
        // A speech verb before a cognition verb: `X said he believes "…"` is X's report.
        let verbs = (before + context.cues(in: afterRange)).filter { $0.sense.position == .verb }
        for cue in verbs.filter({ $0.sense.kind == .speech }) + verbs.filter({ $0.sense.kind != .speech }) {
            if let speaker = context.speaker(of: cue) {
                return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.75)
            }
        }
        return nil
    }
}
