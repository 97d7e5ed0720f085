/// `"Go home," Moss barked.` · `"Never," she scoffed, and left.` · `"Wow!" beamed Ada Moss.` A speaker
/// and a verb the lexicon lacks, right after a quotation that ends with a comma, `?` or `!` (so the
/// sentence goes on): a name or pronoun, then one lowercase past-tense word (`-ed`), then the end of
/// the clause; or that word first, then a phrase ending with a name.
struct QuoteSpeakerVerbSieve: AttributionSieve {
    let rule = "quote-speaker-verb"
    let provesSpeech = true

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let quotation = context.quotations[index]
        guard let last = quotation.content.last, [",", "?", "!"].contains(context.tokens[last].text) else { return nil }
        let after = context.narrative(after: index)
        let start = context.firstNarrativeToken(in: after)
        guard start < after.upperBound else { return nil }
        if isPastTenseVerb(start, in: context) {
            // `"This is fantastic!" beamed Donald Hartley of Madison.`
            guard let phrase = context.phrases.phrase(after: start + 1, limit: after.upperBound),
                context.phrases.isCapitalized(phrase.upperBound - 1)
            else { return nil }
            // A person's phrase stops before `of` (`Dana Whitfield` of Dover): the clause ends after the place.
            var phraseEnd = phrase.upperBound
            if phraseEnd < after.upperBound, context.words[phraseEnd] == "of",
                let place = context.phrases.phrase(after: phraseEnd + 1, limit: after.upperBound)
            {
                phraseEnd = place.upperBound
            }
            guard endsClause(phraseEnd, in: after, context: context) else { return nil }
            // The name, not the place after `of` (`Donald Hartley of Madison`).
            let name = (start + 1)..<(((start + 1)..<phrase.upperBound).first { context.words[$0] == "of" } ?? phrase.upperBound)
            return Attribution(speaker: context.phrases.trimmed(name), cue: start..<(start + 1), rule: rule, confidence: 0.8)
        }
        let isPronoun = context.phrases.lexicon.pronoun(context.words[start]).map { $0.person == 3 } ?? false
        var verb = start + 1
        if !isPronoun {
            guard context.phrases.isCapitalized(start) else { return nil }
            while verb < after.upperBound, context.phrases.isCapitalized(verb), verb - start < SpeakerPhraseFinder.maximumLength { verb += 1 }
        }
        guard verb < after.upperBound, isPastTenseVerb(verb, in: context), endsClause(verb + 1, in: after, context: context)
        else { return nil }
        return Attribution(speaker: start..<verb, cue: verb..<(verb + 1), rule: rule, confidence: 0.8)
    }

    /// A lowercase past-tense word (`-ed`) that is no function word (a cue the earlier sieves missed also counts).
    private func isPastTenseVerb(_ index: Int, in context: QuoteContext) -> Bool {
        context.tokens[index].kind == .word && CueFinder.isLowercase(context.tokens[index].text)
            && context.words[index].hasSuffix("ed") && context.phrases.roles[index] == nil
    }

    /// Whether the clause ends at `next`, perhaps after a time (`fumed Tuesday.`, `fumed on Tuesday.`).
    private func endsClause(_ next: Int, in narrative: Range<Int>, context: QuoteContext) -> Bool {
        var next = next
        if next < narrative.upperBound, context.phrases.roles[next] == .preposition, next + 1 < narrative.upperBound,
            context.phrases.roles[next + 1] == .time
        {
            next += 1
        }
        if next < narrative.upperBound, context.phrases.roles[next] == .time { next += 1 }
        return next == narrative.upperBound || [".", ",", "!", "?"].contains(context.tokens[next].text) || context.words[next] == "and"
    }
}
