/// A report found without paired double quotation marks, and who made it: reported speech (`indirect`),
/// or a headline's words in single marks (`direct`: `Moss: ‘We will rebuild the bridge.’`).
struct Report: Hashable, Sendable {
    var content: Range<Int>
    var attribution: Attribution
    var type: QuoteType = .indirect
}

/// Finds reported speech without quotation marks around the cues that no
/// direct quotation used: `X said (that) …`, `X has previously said it wasn't
/// aware …`, `…, X said.`, `…, X said, …`, `according to X, …` and `…, according to X.`
/// The clause is the rest of the sentence on the side the pattern points to;
/// after the cue it ends at the first clause break (`ClauseBreaks`).
struct IndirectQuoteFinder: Sendable {
    let breaks: ClauseBreaks
    /// Forms of `be` that make a speech verb after them passive (`quotes/passive-auxiliaries.tsv`).
    let passiveAuxiliaries: Set<String>
    /// Nouns that make a phrase a poll's (`quotes/poll-nouns.tsv`).
    let pollNouns: Set<String>
    /// A reported clause has at least this many words.
    static let minimumWords = 3
    /// An infinitive report may be shorter (`declined to comment`).
    static let minimumInfinitiveWords = 2
    /// How far after its cue a clause may start with `that` (`told reporters on Tuesday that …`).
    static let maximumThatDistance = 8
    /// The longest prepositional adjunct between a cue and its `that`, in tokens (`during Tuesday's debate`).
    static let maximumPrepositionalAdjunct = 6
    /// How far after the subordinator opening its sentence a fronted report's speaker may start (`While only
    /// 7 percent of voters said …,`).
    static let maximumFrontedSubjectDistance = 6
    /// How many tokens may follow a closing cue before the sentence ends (`…, X said on Tuesday.`).
    static let maximumTail = 6

    func find(in context: QuoteContext, usedCues: Set<Range<Int>>) -> [Report] {
        var found: [Report] = []
        var lastEnd = 0
        for cue in context.cues
        where (cue.sense.introducesIndirect || opensThatClause(cue, in: context) || asksAfterAgent(cue, in: context))
            && !usedCues.contains(cue.tokens)
            && cue.tokens.lowerBound >= lastEnd && !modifiesCount(cue, in: context)
        {
            guard let speaker = context.speaker(of: cue),
                let reported = isPassive(cue, in: context)
                    ? passiveSubject(of: cue, speaker: speaker, in: context)
                    : clause(of: cue, speaker: speaker, in: context)
            else { continue }
            found.append(Report(
                content: reported.content,
                attribution: Attribution(speaker: speaker, cue: cue.tokens, rule: reported.rule, confidence: reported.confidence)))
            lastEnd = max(reported.content.upperBound, cue.tokens.upperBound)
        }
        // `Pence: Flowers won't be at debate, Trump was 'mocking' her`: a headline label's report holds the reports inside it.
        let labeled = LabeledParagraphFinder().find(in: context)
        let headline = labeled.first { context.sentenceOfToken[$0.content.lowerBound] == 0 }
        let outside = found.filter { report in headline.map { !$0.content.overlaps(report.content) } ?? true }
        return outside + labeled + PollSourceFinder(pollNouns: pollNouns).find(in: context)
    }

    /// Whether `by` follows a cue (`was asked by the host`).
    private func precedesAgent(_ cue: Cue, in context: QuoteContext) -> Bool {
        cue.tokens.upperBound < context.words.count && context.words[cue.tokens.upperBound] == "by"
    }

    /// `Moss was asked by the host whether …`: a cue before a `by` agent whose report may follow the agent
    /// (`clause(after:)`), unless an auxiliary before it makes its subject the report (`The plan was criticized by`).
    private func asksAfterAgent(_ cue: Cue, in context: QuoteContext) -> Bool {
        precedesAgent(cue, in: context) && !isPassive(cue, in: context)
    }

    /// `won 758 pledged delegates`: a participle right after a count (not a year: `in 2008 accused`) is its noun's adjective.
    private func modifiesCount(_ cue: Cue, in context: QuoteContext) -> Bool {
        let before = cue.tokens.lowerBound - 1
        guard before >= 0, context.tokens[before].kind == .number, context.words[cue.tokens.lowerBound].hasSuffix("ed") else { return false }
        return !(context.words[before].count == 4 && context.words[before].allSatisfy(\.isNumber))
    }

    /// `The city is demanding that …`: a `that` right after a form of `no-indirect-cues.tsv` makes it a verb
    /// of report, unless the form may be a plural noun with a relative clause (`the states that voted`).
    private func opensThatClause(_ cue: Cue, in context: QuoteContext) -> Bool {
        cue.tokens.upperBound < context.words.count && context.words[cue.tokens.upperBound] == "that"
            && !context.words[cue.tokens.upperBound - 1].hasSuffix("s")
    }

    private func clause(of cue: Cue, speaker: Range<Int>, in context: QuoteContext)
        -> (content: Range<Int>, rule: String, confidence: Double)?
    {
        let sentence = context.searchBounds(around: cue)
        let body = context.body(of: sentence)
        guard !body.isEmpty else { return nil }
        let speakerFirst = min(speaker.lowerBound, cue.tokens.lowerBound)
        // A speaker may end in a `%` the body leaves out (`said 26%`).
        let speakerLast = min(max(speaker.upperBound, cue.tokens.upperBound), body.upperBound)
        if cue.sense.position == .beforeSource {
            if speakerFirst <= firstWord(of: body, in: context),
                let comma = (speakerLast..<body.upperBound).first(where: { context.tokens[$0].text == "," })
            {
                return accept(comma + 1..<body.upperBound, "according-to-clause", 0.8, context)
            }
            var end = max(body.lowerBound, speakerFirst)
            while end > body.lowerBound, context.tokens[end - 1].text == "," { end -= 1 }
            return accept(body.lowerBound..<end, "according-to-clause", 0.8, context)
        }
        // `…, X said.`, `…, Mr. X said.`, `…, said X, the mayor.` and `…, X said, …`; not `Hours later, X said …`,
        // whose comma ends an introductory phrase and whose cue goes on with its report.
        let tail = speakerLast..<body.upperBound
        let endsClause = !opensReport(tail, in: context)
        let clauseStart = context.phrases.clauseStart(in: sentence, before: cue.tokens.lowerBound)
        // A description before a name is passed only where the cue ends its clause (`…, ministry spokesman Ada Moss
        // said.`), not before its report (`…, even though most presidents backed …`), a pronoun (`…, which she
        // asked`) or after an introductory phrase (`Before dropping out, Texas senator Ada Moss said …`).
        let describedComma = endsClause && context.phrases.isCapitalized(speaker.lowerBound)
            ? comma(before: speakerFirst, after: body.lowerBound, acrossDescription: true, in: context).flatMap { clauseStart <= $0 ? $0 : nil }
            : nil
        if let comma = comma(before: speakerFirst, after: body.lowerBound, acrossDescription: false, in: context) ?? describedComma,
            endsClause || clauseStart <= comma
        {
            let inverted = cue.tokens.lowerBound < speaker.lowerBound
            // `…, X said Friday, as they …`: a time or place after the cue may end at a comma, too.
            let tailComma = tail.first { context.tokens[$0].text == "," }
            // `…, she now backs the mayor.`: a verb reporting its object has its report right there.
            let reportsOwnObject = cue.sense.complement == .object && opensReport(tail, in: context)
            if inverted || (tailComma ?? tail.upperBound) - tail.lowerBound <= Self.maximumTail && !reportsOwnObject
                && (tailComma == nil || tailComma != tail.lowerBound && !opensReport(tail, in: context))
            {
                if opensClause(tail, in: context), let own = clause(after: cue, speaker: speaker, body: body, in: context) {
                    return own
                }
                // `The plan is "a welcome change," she said.`: the clause keeps the closing mark after its comma.
                let end = context.tokens[comma + 1].kind == .quotationMark ? comma + 2 : comma
                return accept(body.lowerBound..<end, "clause-speaker-cue", 0.8, context)
            }
            if context.tokens[tail].first?.text == "," {
                // `The bill bars new deals - a provision, Corker said, that Congress wants`: the report opens after the dash.
                let start = (body.lowerBound..<comma).last(where: context.isDash).map { $0 + 1 } ?? body.lowerBound
                return accept(start..<body.upperBound, "parenthetical-cue", 0.7, context)
            }
        }
        return clause(after: cue, speaker: speaker, body: body, in: context)
    }

    /// `X said (that) …`: the clause, `that` included, up to its first break (`, while …`).
    private func clause(after cue: Cue, speaker: Range<Int>, body: Range<Int>, in context: QuoteContext)
        -> (content: Range<Int>, rule: String, confidence: Double)?
    {
        var start = cue.tokens.upperBound
        // `Moss was asked by moderator Ada Lee whether …`: a passive cue's report follows its `by` agent, even for a
        // cue that otherwise has none (`was asked`).
        if precedesAgent(cue, in: context), speaker.lowerBound > start, speaker.upperBound < body.upperBound,
            context.tokens[speaker.upperBound].kind == .word, context.words[speaker.upperBound] != "as"
        {
            start = speaker.upperBound
        } else if !cue.sense.introducesIndirect, !opensThatClause(cue, in: context) {
            return nil
        }
        if let that = (start..<min(body.upperBound, start + Self.maximumThatDistance)).first(where: {
            context.words[$0] == "that" || context.tokens[$0].kind == .punctuation || context.tokens[$0].kind == .quotationMark
        }), context.words[that] == "that", that + 1 < body.upperBound, that == start || opensThatAfterAdjunct(that, in: context)
            || opensThatAfterPrepositionalAdjunct(that, cueEnd: start, in: context)
        {
            // A `that` ending the sentence is a pronoun (`says he introduced a bill to do that.`).
            start = that
        } else if cue.sense.complement == .addressee, let clause = clauseAfterAddressee(start, body: body, in: context) {
            start = clause
        }
        // `A 4-4 ruling by the court`, `to be decided by the court`: a cue followed by `by` is a noun or a passive;
        // one followed by `from` tells where or how much (`reported from Kabul`, `declined from 58 percent`), and
        // one followed by a coordinator has no complement (`Moss spoke and left`).
        // `X said, the ferry …`: the report opens after the comma, unless another cue does (`X refused, adding …`).
        if start + 1 < body.upperBound, context.tokens[start].text == "," {
            guard context.cueStartingAt[start + 1] < 0 else { return nil }
            start += 1
        }
        guard start < body.upperBound, context.tokens[start].kind != .quotationMark, context.tokens[start].text != ":",
            context.words[start] != "by", context.words[start] != "from", !breaks.isCoordinator(context.words[start])
        else { return nil }
        var end = nextReport(in: start..<breaks.clauseEnd(from: start, to: body.upperBound, in: context), context: context)
        // `While those surveyed said Bush has the experience, Trump is …`: a report in a fronted
        // subordinate clause ends with that clause, at its comma.
        let opener = firstWord(of: body, in: context)
        if opener < body.upperBound, breaks.opensFrontedClause(context.words[opener]),
            min(speaker.lowerBound, cue.tokens.lowerBound) - opener <= Self.maximumFrontedSubjectDistance,
            let comma = (start + 1..<end).first(where: { context.tokens[$0].text == "," && context.quotationOfToken[$0] < 0 })
        {
            end = comma
        }
        // `The ports, which vowed to cut fees, have opened talks`: a report in a relative clause between commas
        // ends where its antecedent's verb resumes after a comma, the last such comma (`who said the ferry,
        // which is old, should be sold, was not there`).
        let relativeAfterComma = relativePronounFollowsComma(speaker, in: context)
        if relativeAfterComma == true, end - 1 > start + 1, let comma = (start + 1..<end - 1).last(where: context.resumesClause(afterComma:)) {
            end = comma
        }
        if cue.sense.complement == .object, context.words[start] != "that", context.words[start] != "to" {
            // `X endorsed Rubio for president on Tuesday`: the object and its complements (`that`/`to` clauses stay clauses).
            // A preposition instead of an object is a passive or an idiom (`was opposed by X`), and a verb of
            // saying ends a relative clause (`The candidate whom Moss endorsed said …`): no report.
            guard context.phrases.roles[start] != .preposition, context.cueStartingAt[start] < 0 else { return nil }
            // `Voters who backed the levy said …`: a restrictive relative clause ends before its antecedent's verb.
            if relativeAfterComma == false, let verb = (start..<end).first(where: context.startsFiniteCue) { end = verb }
            return accept(start..<objectEnd(from: start, to: end, in: context), "speaker-cue-object", 0.7, context, minimumWords: 1)
        }
        return accept(start..<end, "speaker-cue-clause", 0.75, context,
                      minimumWords: opensInfinitive(at: start, in: context) ? Self.minimumInfinitiveWords : Self.minimumWords)
    }

    /// `declined to comment`, `vowed to fight`: a `to` and a lowercase word that is no pronoun may be a
    /// whole report (not `talked to them`, `wrote to Moss`).
    private func opensInfinitive(at start: Int, in context: QuoteContext) -> Bool {
        let verb = start + 1
        return context.words[start] == "to" && verb < context.tokens.count && context.tokens[verb].kind == .word
            && !context.phrases.isCapitalized(verb) && context.phrases.lexicon.pronoun(context.words[verb]) == nil
    }

    /// `told reporters on Monday that …`, `said in a statement Tuesday that …`: a `that` some words after its cue
    /// opens the report when a name, number, object pronoun, group that can speak (an audience: `told supporters
    /// that`), time word or adverb comes before it; after another noun it opens a relative clause (`stressed her
    /// support for the raid that killed …`, `says there should be a law that …`, `said the company that …`).
    private func opensThatAfterAdjunct(_ that: Int, in context: QuoteContext) -> Bool {
        let before = that - 1
        let phrases = context.phrases
        return phrases.isCapitalized(before) || context.tokens[before].kind == .number
            || phrases.lexicon.pronoun(context.words[before]).map { $0.case == .object || $0.case == .any } == true
            || phrases.lexicon.isNominalHead(context.words[before]) && phrases.lexicon.nominal(context.words[before]) == nil
            || phrases.roles[before] == .time
            // `said repeatedly that`, but not a copula's complement (`his worry is that …`).
            || phrases.isAuxiliaryOrAdverb(before) && !passiveAuxiliaries.contains(context.words[before])
    }

    /// `said during the debate that the port …`, `wrote in her memoir that Moss …`: after one short prepositional
    /// adjunct of the cue (not `to`, which may open an infinitive or an object: `sought to end the claims that …`),
    /// a `that` followed by its clause's subject (`opensSubject`) opens the
    /// report; one followed by a verb is the adjunct noun's relative (`wrote in a letter that was leaked`).
    private func opensThatAfterPrepositionalAdjunct(_ that: Int, cueEnd: Int, in context: QuoteContext) -> Bool {
        let phrases = context.phrases
        let next = that + 1
        guard phrases.roles[cueEnd] == .preposition || phrases.roles[cueEnd] == .boundary, context.words[cueEnd] != "to",
            that - cueEnd <= Self.maximumPrepositionalAdjunct,
            !(cueEnd + 1..<that).contains(where: { phrases.roles[$0] == .preposition || phrases.roles[$0] == .boundary }),
            next < context.tokens.count
        else { return false }
        return opensSubject(at: next, in: context)
    }

    /// Whether the word at `index` may open a clause's subject: an article, a name, a number or a pronoun that can be
    /// a subject (`she`, `it`).
    private func opensSubject(at index: Int, in context: QuoteContext) -> Bool {
        let phrases = context.phrases
        guard phrases.isWord(index) else { return false }
        return phrases.roles[index] == .determiner || phrases.isCapitalized(index) || context.tokens[index].kind == .number
            || phrases.lexicon.pronoun(context.words[index]).map { $0.case == .subject || $0.case == .any } == true
    }

    /// `told CNN the plan …`, `assured him it …`: where the report starts after the person told, an object pronoun,
    /// capitalized words or a short noun phrase (`the crowd`, `supporters`), perhaps with a time phrase after it
    /// (`told supporters on Monday`), when the next word opens a clause's subject (an article, a name, a number or
    /// a pronoun). Nil when no such addressee stands there (`told the story of the ferry`).
    private func clauseAfterAddressee(_ start: Int, body: Range<Int>, in context: QuoteContext) -> Int? {
        let phrases = context.phrases
        let limit = body.upperBound
        guard start < limit, phrases.isWord(start) else { return nil }
        var end = start
        if let pronoun = phrases.lexicon.pronoun(context.words[start]), pronoun.case == .object || pronoun.case == .any {
            end += 1
        } else if phrases.isCapitalized(start) {
            while end < limit, phrases.isWord(end), phrases.isCapitalized(end) || phrases.isPossessive(end) { end += 1 }
        } else {
            if phrases.roles[end] == .determiner { end += 1 }
            let noun = end
            while end < limit, end - noun < Self.maximumAddresseeNoun, phrases.isWord(end), !phrases.isCapitalized(end),
                phrases.roles[end] == nil, !phrases.looksLikeVerbOrAdverb(end), phrases.lexicon.pronoun(context.words[end]) == nil
            {
                end += 1
            }
            guard end > noun else { return nil }
        }
        // `on Monday`, `last week`, `Tuesday`
        if end + 1 < limit, phrases.roles[end] == .preposition, phrases.roles[end + 1] == .time { end += 2 }
        while end < limit, phrases.roles[end] == .time || phrases.roles[end] == .timeModifier { end += 1 }
        return end < limit && opensSubject(at: end, in: context) ? end : nil
    }

    /// The longest lowercase noun of an addressee, in tokens (`campaign staff`).
    static let maximumAddresseeNoun = 3

    /// For a speaker that is a lone `who` or `which`: whether its relative clause opens after a comma
    /// (`Moss, who said …`) or not (`Voters who backed …`); nil for any other speaker.
    private func relativePronounFollowsComma(_ speaker: Range<Int>, in context: QuoteContext) -> Bool? {
        guard speaker.count == 1, context.phrases.isWhRelative(speaker.lowerBound) else { return nil }
        return speaker.lowerBound > 0 && context.tokens[speaker.lowerBound - 1].text == ","
    }

    /// `The mayor has been endorsed by the union`: a passive cue's report is its subject, the words of its
    /// clause before the auxiliaries, and its speaker the `by` agent (`SpeakerPhraseFinder`).
    private func passiveSubject(of cue: Cue, speaker: Range<Int>, in context: QuoteContext)
        -> (content: Range<Int>, rule: String, confidence: Double)?
    {
        guard speaker.lowerBound > cue.tokens.upperBound, context.words[cue.tokens.upperBound] == "by" else { return nil }
        var end = cue.tokens.lowerBound
        // `Trump, meanwhile, is supported by …`: past the auxiliaries and the adverbs between commas.
        while end > 0, context.phrases.isAuxiliaryOrAdverb(end - 1) && !context.phrases.isCapitalized(end - 1)
            || context.words[end - 1] == "to" || context.tokens[end - 1].text == ","
        {
            end -= 1
        }
        let sentence = context.searchBounds(around: cue)
        let start = context.phrases.clauseStart(in: sentence, before: end)
        guard start < end else { return nil }
        return accept(start..<end, "passive-agent", 0.6, context, minimumWords: 1)
    }

    /// `Moss was asked about the port`, `the plan was widely criticized`: a passive speech verb, whose
    /// subject is not its speaker but, with a `by` agent, its report (`passiveSubject`). A cognition verb
    /// stays active (`is worried that …` is the subject's own).
    private func isPassive(_ cue: Cue, in context: QuoteContext) -> Bool {
        guard cue.sense.kind == .speech, cue.sense.position == .verb, !cue.isParticiple else { return false }
        var before = cue.tokens.lowerBound - 1
        if before > 0, context.words[before].hasSuffix("ly") { before -= 1 }
        return before >= 0 && passiveAuxiliaries.contains(context.words[before])
    }

    /// How many title tokens may stand between a comma and its speaker's name (`, Sen. X`, `, Mr. X`).
    static let maximumTitleTokens = 3

    /// The comma right before a speaker phrase, past a title or article the phrase leaves out (`…, Mr. Verdery
    /// said`, `…, the IMF said`), and if asked a description (`…, ministry spokesman Ada Moss said`) and a closing quotation mark the comma sits in (`…a "welcome tack," he said`).
    private func comma(before speakerFirst: Int, after start: Int, acrossDescription: Bool, in context: QuoteContext) -> Int? {
        var index = speakerFirst - 1
        if index > start, context.tokens[index].kind == .quotationMark, context.quotationOfToken[index] >= 0 { index -= 1 }
        while index > start, speakerFirst - index <= Self.maximumTitleTokens, context.tokens[index].text != ",",
            context.tokens[index].text == "." || context.phrases.isCapitalized(index) || context.phrases.roles[index] == .determiner
                || acrossDescription && context.phrases.isPlainModifier(index)
        {
            index -= 1
        }
        return index > start && context.tokens[index].text == "," ? index : nil
    }

    /// Whether the words after a cue's speaker may be its report: not nothing, a comma, a preposition
    /// or a time word (`…, she said.`, `…, she said on Tuesday.`).
    private func opensReport(_ tail: Range<Int>, in context: QuoteContext) -> Bool {
        guard let first = tail.first, context.tokens[first].kind == .word || context.tokens[first].kind == .number
        else { return false }
        return context.phrases.roles[first] != .preposition && context.phrases.roles[first] != .time
    }

    /// A short tail after `…, X said` that is the cue's own clause (`…, she said he had her vote`):
    /// it opens with `that` or a pronoun, not with a time or place (`…, she said on Tuesday`).
    private func opensClause(_ tail: Range<Int>, in context: QuoteContext) -> Bool {
        guard let first = tail.first, context.tokens[first].kind == .word else { return false }
        return context.words[first] == "that" || context.phrases.lexicon.pronoun(context.words[first]) != nil
    }

    /// The longest object phrase, in tokens.
    static let maximumObjectLength = 25

    /// Where the object starting at `start` ends, within its clause (`clauseEnd`): the noun phrase
    /// with what completes it (`Jeb Bush for president`, `Rubio for not having won a state`), up to
    /// a time word or a subordinator of `speaker-context.tsv` (`yesterday`, `when`, `because`) but
    /// `and`, `or`, `to` and `as` (`praised Moss as a fighter`), without a preposition left dangling.
    /// A subordinator right after a preposition is its object, not a new clause (`mocked Moss for not
    /// voting`, `blamed the mayor for how the port was run`). A comma before a lowercase word other than
    /// `and` or `or` ends it (`…, who opposes abortion, vetoed the bill`), and so does `and` or `but`
    /// before a past-tense verb, the subject's next act (`endorsed Moss and handed her the keys`).
    private func objectEnd(from start: Int, to clauseEnd: Int, in context: QuoteContext) -> Int {
        var index = start + 1
        scan: while index < min(clauseEnd, start + Self.maximumObjectLength) {
            let word = context.words[index]
            if endsObject(at: index, before: clauseEnd, in: context) { break scan }
            switch context.phrases.roles[index] {
            case .time?: break scan
            // `praised the crews in a radio interview`: an adjunct opening with an article is no complement.
            case .preposition? where word != "of" && word != "for" && index + 1 < clauseEnd
                && (context.words[index + 1] == "a" || context.words[index + 1] == "an"):
                break scan
            case .boundary? where word != "and" && word != "or" && word != "to" && word != "as"
                && context.phrases.roles[index - 1] != .preposition:
                break scan
            default: index += 1
            }
        }
        // `blasted her rival on Monday` ends before `on`, not before `Monday`.
        while index > start + 1, context.phrases.roles[index - 1] == .preposition { index -= 1 }
        return index
    }

    /// Whether an object ends before `index`: a comma followed by a lowercase word but `and` and `or`
    /// (not a list), or `and`/`but` followed by a lowercase past-tense verb.
    private func endsObject(at index: Int, before clauseEnd: Int, in context: QuoteContext) -> Bool {
        guard index + 1 < clauseEnd, context.tokens[index + 1].kind == .word, CueFinder.isLowercase(context.tokens[index + 1].text)
        else { return false }
        let next = context.words[index + 1]
        switch context.words[index] {
        case ",": return next != "and" && next != "or"
        case "and", "but": return next.hasSuffix("ed")
        default: return false
        }
    }

    /// A clause ends before the next report of its sentence that starts a new clause after a comma or a
    /// coordinator: `… he would not go to prison, Judge Ada Moss said …` ends at the comma.
    private func nextReport(in clause: Range<Int>, context: QuoteContext) -> Int {
        // `that while she opposed the levy, she now backs …`: a subordinate clause fronted in the report is part of
        // it, and the comma closing it goes on to the report's main clause.
        let opensFronted = clause.count > 1 && context.words[clause.lowerBound] == "that"
            && breaks.opensFrontedClause(context.words[clause.lowerBound + 1])
        let frontedComma = opensFronted
            ? clause.first(where: { context.tokens[$0].text == "," && context.quotationOfToken[$0] < 0 }) : nil
        for cue in context.cues(in: min(clause.lowerBound + Self.minimumWords, clause.upperBound)..<clause.upperBound) where cue.sense.position == .verb {
            guard let speaker = context.speaker(of: cue) else { continue }
            let first = min(speaker.lowerBound, cue.tokens.lowerBound)
            guard first > clause.lowerBound + 1, first < clause.upperBound else { continue }
            if let comma = comma(opening: first, after: clause.lowerBound, in: context) {
                if comma == frontedComma || isAside(speaker, in: clause, context: context) { continue }
                return comma
            }
            // `… the party doesn't care and one in four said …`: a speech verb with its own subject after a coordinator,
            // unless a name or pronoun before the coordinator makes the subject a list (`Sanders and Trump were …`).
            let coordinator = first - 1
            if cue.sense.kind == .speech, !context.startsFiniteCue(at: first), breaks.isCoordinator(context.words[coordinator]),
                !(opensFronted && coordinator == clause.lowerBound + 1),
                !context.phrases.isCapitalized(coordinator - 1), context.phrases.lexicon.pronoun(context.words[coordinator - 1]) == nil
            {
                return coordinator
            }
        }
        return clause.upperBound
    }

    /// `that the mayor, who charges a lot, has lost money`: a report in a relative clause between commas, after
    /// which the report's own clause resumes with its verb, is an aside inside that report.
    private func isAside(_ speaker: Range<Int>, in clause: Range<Int>, context: QuoteContext) -> Bool {
        relativePronounFollowsComma(speaker, in: context) == true && context.closesAside(openingAt: speaker.lowerBound, before: clause.upperBound)
    }

    /// The comma that opens a report starting at `first`: right before it or its speaker's title (`…, Mr.
    /// Schmidt said`), or before a conjunction and a closing quotation mark (`… called it "a gift," and Haddad said …`)
    /// or an article (`…, but the board warned …`).
    private func comma(opening first: Int, after start: Int, in context: QuoteContext) -> Int? {
        var index = first
        while index - 1 > start, context.phrases.roles[index - 1] == .determiner { index -= 1 }
        let afterConjunction = context.phrases.roles[index - 1] == .boundary
        if afterConjunction { index -= 1 }
        while index - 1 > start, context.tokens[index - 1].kind == .quotationMark { index -= 1 }
        // After a conjunction the comma stands right before it: `China, Brazil and India` is a list, not a new report.
        guard afterConjunction else { return comma(before: index, after: start, acrossDescription: false, in: context) }
        return index - 1 > start && context.tokens[index - 1].text == "," ? index - 1 : nil
    }

    /// A clause long enough and not half or more one quotation, which then stands for it (`said "we will
    /// rebuild the bridge," …`). Several partial quotes with a few words between them leave the clause its own
    /// (`said he's "looking forward to it" because "these are matches you play for."`).
    private func accept(_ content: Range<Int>, _ rule: String, _ confidence: Double, _ context: QuoteContext,
                        minimumWords: Int = Self.minimumWords)
        -> (content: Range<Int>, rule: String, confidence: Double)?
    {
        let words = context.wordCount(content)
        guard words >= minimumWords else { return nil }
        // In characters, as overlap is weighed: from the first to the last word of the quotation in the clause.
        var longestQuotation = 0
        var runStart = -1
        for token in content {
            let quotation = context.quotationOfToken[token]
            guard quotation >= 0, context.tokens[token].kind != .quotationMark else {
                runStart = -1
                continue
            }
            if runStart < 0 || context.quotationOfToken[token - 1] != quotation { runStart = context.tokens[token].span.start }
            longestQuotation = max(longestQuotation, context.tokens[token].span.end - runStart)
        }
        // The clause, too, without the quotation marks at its ends.
        let first = content.first { context.tokens[$0].kind != .quotationMark } ?? content.lowerBound
        let last = content.last { context.tokens[$0].kind != .quotationMark } ?? content.upperBound - 1
        let length = context.tokens[last].span.end - context.tokens[first].span.start
        guard longestQuotation * 2 < length else { return nil }
        return (content, rule, confidence)
    }

    private func firstWord(of range: Range<Int>, in context: QuoteContext) -> Int {
        range.first { context.tokens[$0].kind == .word || context.tokens[$0].kind == .number } ?? range.upperBound
    }
}
