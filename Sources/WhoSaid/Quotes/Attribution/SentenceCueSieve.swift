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
        var start = max(sentence.lowerBound, quotation.openingMark.lowerBound - QuoteContext.window)
        // `X said that …, but he said the footage "Q"`: a report after a coordinated clause break is its own.
        if let coordinated = lastCoordinatedBreak(in: start..<quotation.openingMark.lowerBound, context: context),
            context.cues(in: coordinated..<quotation.openingMark.lowerBound).contains(where: { context.speaker(of: $0) != nil })
        {
            start = coordinated
        }
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

    /// The last place in `range` where a new clause may start: after `;`, a dash, or a conjunction (a
    /// `boundary` of `speaker-context.tsv`) after a comma, which may sit inside a closing mark (`…," but`).
    private func lastCoordinatedBreak(in range: Range<Int>, context: QuoteContext) -> Int? {
        for index in range.reversed() {
            let text = context.tokens[index].text
            if text == ";" || context.isDash(index) { return index + 1 }
            guard context.phrases.roles[index] == .boundary, index - 1 > range.lowerBound else { continue }
            let comma = context.tokens[index - 1].kind == .quotationMark ? index - 2 : index - 1
            if context.tokens[comma].text == "," { return index + 1 }
        }
        return nil
    }
}
