/// `Moss "bristled" and said, "No comment," the Dover Gazette reported.` A sentence closed by
/// `, X reported.` is X's report as a whole, quotations included, the way `according to X` is
/// (PolNeAR names the outer source), so it runs right after `according-to`.
struct OutletReportSieve: AttributionSieve {
    let rule = "outlet-reported"
    let provesSpeech = true
    /// The verb that names a sentence's outer source (`reported`, `first reported`).
    static let lemma = "report"

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let quotation = context.quotations[index]
        let sentence = context.sentence(of: quotation.openingMark.lowerBound)
        var last = sentence.upperBound - 1
        guard last > quotation.openingMark.lowerBound, context.tokens[last].text == "." else { return nil }
        last -= 1
        guard context.cueStartingAt[last] >= 0 else { return nil }
        let cue = context.cues[context.cueStartingAt[last]]
        guard cue.sense.lemma == Self.lemma, cue.sense.position == .verb, !cue.isParticiple,
            let speaker = context.speaker(of: cue), speaker.lowerBound > context.end(of: quotation)
        else { return nil }
        // The report opens after a comma or the closing mark (`, the Ledger reported`: the name lost its `the`).
        var opening = speaker.lowerBound - 1
        if context.phrases.roles[opening] == .determiner { opening -= 1 }
        guard context.tokens[opening].text == "," || context.tokens[opening].kind == .quotationMark else { return nil }
        return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.8)
    }
}
