/// `"Go home," Moss barked.` · `"Never," she scoffed, and left.` A speaker and a verb the lexicon
/// lacks, right after a quotation that ends with a comma, `?` or `!` (so the sentence goes on):
/// a name or pronoun, then one lowercase past-tense word (`-ed`), then the end of the clause.
struct QuoteSpeakerVerbSieve: AttributionSieve {
    let rule = "quote-speaker-verb"
    let provesSpeech = true

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let quotation = context.quotations[index]
        guard let last = quotation.content.last, [",", "?", "!"].contains(context.tokens[last].text) else { return nil }
        let after = context.narrative(after: index)
        let start = context.firstNarrativeToken(in: after)
        guard start < after.upperBound else { return nil }
        let isPronoun = context.phrases.lexicon.pronoun(context.words[start]).map { $0.person == 3 } ?? false
        var verb = start + 1
        if !isPronoun {
            guard context.phrases.isCapitalized(start) else { return nil }
            while verb < after.upperBound, context.phrases.isCapitalized(verb), verb - start < SpeakerPhraseFinder.maximumLength { verb += 1 }
        }
        guard verb < after.upperBound, context.tokens[verb].kind == .word, CueFinder.isLowercase(context.tokens[verb].text),
            context.words[verb].hasSuffix("ed"), context.phrases.roles[verb] == nil
        else { return nil }
        let next = verb + 1
        guard next == after.upperBound || [".", ",", "!", "?"].contains(context.tokens[next].text) || context.words[next] == "and"
        else { return nil }
        return Attribution(speaker: start..<verb, cue: verb..<(verb + 1), rule: rule, confidence: 0.8)
    }
}
