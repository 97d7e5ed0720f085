/// Finds the noun phrase that names the speaker of a cue, with plain word
/// shapes instead of a parser: capitalized runs, determiners, pronouns,
/// possessives, and the function words of `speaker-context.tsv`. Every search
/// looks at a few tokens on one side of the cue, so it costs O(1) per cue.
struct SpeakerPhraseFinder: Sendable {
    let tokens: [Token]
    /// Lowercased token texts.
    let words: [String]
    /// Cue-word ids of the tokens (`CueLexicon.ids(of:)`).
    let cueIds: [Int32]
    /// Context roles of the tokens (`speaker-context.tsv`), looked up once per document.
    let roles: [SpeakerLexicon.ContextRole?]
    let lexicon: SpeakerLexicon
    let cueLexicon: CueLexicon
    /// Whether each token is a dash (`isDash(_ text:)`), found once per document.
    let dashes: [Bool]
    /// For each token of a name the entity stage found, where that name starts (`Brennan` for `Justice` in
    /// `Brennan Center for Justice`), else -1; empty when the document names nothing.
    let nameStart: [Int32]
    /// The last token of each person's name.
    let personNameEnds: Set<Int>

    /// The longest speaker phrase the finder returns, in tokens.
    static let maximumLength = 8
    /// How far back an apposition's opening comma may be: `X, the chief executive of Y, said`.
    static let maximumAppositionLength = 30
    /// How far an infinitive cue's `to` may stand from the sentence subject that speaks it, in tokens.
    static let maximumInfinitiveDistance = 8
    /// How many lowercase modifiers may precede a name after an inverted cue (`said former adviser X`).
    static let maximumModifiers = 3

    func isCapitalized(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, let first = tokens[index].text.utf8.first else { return false }
        if first < 0x80 { return (0x41...0x5A).contains(first) }  // ASCII fast path: no Unicode property look-up
        return tokens[index].text.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// Where the name the entity stage found around `index` starts, if one does.
    private func nameStart(of index: Int) -> Int? {
        guard !nameStart.isEmpty, nameStart[index] >= 0 else { return nil }
        return Int(nameStart[index])
    }

    /// Where the person's name ending at `last` starts, if one does at or after `first`.
    private func personName(endingAt last: Int, from first: Int) -> Int? {
        guard personNameEnds.contains(last), let name = nameStart(of: last), name >= first else { return nil }
        return name
    }

    /// A word, a number or a percent sign (`26% say …` has a subject like `26 percent say …`).
    func isWord(_ index: Int) -> Bool {
        tokens[index].kind == .word || tokens[index].kind == .number || tokens[index].text == "%"
    }

    func isPossessive(_ index: Int) -> Bool { words[index] == "'s" || words[index] == "\u{2019}s" }

    /// An auxiliary, a contracted negative or a lowercase `-ly` adverb, which may stand between a subject and
    /// its verb (`has previously said`, `didn't expect`).
    func isAuxiliaryOrAdverb(_ index: Int) -> Bool {
        isWord(index) && (roles[index] == .skip || Self.hasNegation(words[index]) || words[index].hasSuffix("ly") && !isCapitalized(index))
    }

    /// A word that looks like a finite verb or an adverb, which no subject phrase contains. Right after a
    /// determiner a word is a noun however it is spelled (`the report says`, `a statement`).
    func looksLikeVerbOrAdverb(_ index: Int) -> Bool {
        let word = words[index]
        guard !isCapitalized(index), tokens[index].kind == .word, index == 0 || roles[index - 1] != .determiner else { return false }
        let role = roles[index]
        return role == .skip || role == .participle || role == .pastTense || word.hasSuffix("ed") || word.hasSuffix("ly")
            || Self.hasNegation(word)
            || cueLexicon.longestCue(in: cueIds, at: index) != nil && !cueLexicon.isNounBeforeFiniteCue(at: index, words: words, ids: cueIds)
    }

    /// `spokesman`, `veteran`: a lowercase word with no role in `speaker-context.tsv` that looks like no verb, which
    /// may describe the name after it (`ministry spokesman Ada Moss`).
    func isPlainModifier(_ index: Int) -> Bool {
        tokens[index].kind == .word && !isCapitalized(index) && roles[index] == nil && !looksLikeVerbOrAdverb(index)
            && lexicon.pronoun(words[index]) == nil
    }

    /// Whether a speaker phrase opens at `start`, perhaps after a title it leaves out (`Mr. Kamin said`).
    func opens(_ phrase: Range<Int>, at start: Int) -> Bool {
        start <= phrase.lowerBound && (start..<phrase.lowerBound).allSatisfy { lexicon.isTitle(tokens[$0].text) }
    }

    /// `who`, `whom`, `which`: a relative pronoun that is never a complementizer (`that` is both: `said that …`).
    func isWhRelative(_ index: Int) -> Bool { roles[index] == .relative && words[index] != "that" }

    /// `he`, `she`, `we`: a pronoun that is always a subject, so it is a speaker phrase by itself.
    func isSubjectPronoun(_ index: Int) -> Bool { lexicon.pronoun(words[index])?.case == .subject }

    /// Whether a word contains `n't` or `n’t` (`didn't`, `won’t`), scanned on its UTF-8 bytes.
    static func hasNegation(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable(hasNegation) ?? Array(word.utf8).withUnsafeBufferPointer(hasNegation)
    }

    private static func hasNegation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var apostrophe = false
        var utf8 = bytes.makeIterator()
        while let byte = utf8.next() {
            if apostrophe, byte == 0x74 { return true }  // t
            // `'` (0x27) or `’` (E2 80 99) after `n`
            apostrophe = false
            if previous == 0x6E, byte == 0x27 {
                apostrophe = true
            } else if previous == 0x6E, byte == 0xE2, utf8.next() == 0x80, utf8.next() == 0x99 {
                apostrophe = true
            }
            previous = apostrophe ? 0x27 : byte
        }
        return false
    }

    /// The subject of a cue verb: the phrase before it (`Benioff wrote`, `the
    /// company has previously said`, `X, the CEO of Y, said`), else the phrase
    /// after it when it follows a quotation or comma (`"…," said X`), else, for a
    /// participle or a verb after `and`/`but`, the subject of its sentence.
    func speaker(of cue: Cue, sentence: Range<Int>) -> Range<Int>? {
        subjectPhrase(of: cue, sentence: sentence).flatMap {
            isLoneFunctionWord($0) || isLoneGerund($0) || isDummySubject($0) || opensWithContractedVerb($0) ? nil : $0
        }
    }

    /// `It's hard`, `I'm old enough`: a pronoun with a contracted verb followed by more words is a clause, not a
    /// subject (a lone `we've` or `she'll` is still one). The tokens split `'s` off (`It` `'s`), not `'m` or `'ll`.
    private func opensWithContractedVerb(_ phrase: Range<Int>) -> Bool {
        let first = phrase.lowerBound
        guard phrase.count > 1, tokens[first].kind == .word else { return false }
        if lexicon.pronoun(words[first]) != nil { return phrase.count > 2 && isPossessive(first + 1) }
        let parts = words[first].split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" })
        return parts.count == 2 && lexicon.pronoun(String(parts[0])) != nil
    }

    /// `It is hard to say`, `it's too soon to tell whether …`, `It was a way to show`: a neuter singular
    /// pronoun (`it`, generic `one`) before a form of `be` or `have` and then a word that is no verb (an adjective,
    /// a noun phrase) is the dummy subject of a clause moved to the end, not a speaker. `It has said`, `it is
    /// expected to`, `It also offers` keep their verb.
    private func isDummySubject(_ phrase: Range<Int>) -> Bool {
        guard phrase.count == 1, let pronoun = lexicon.pronoun(words[phrase.lowerBound]), pronoun.person == 3,
            !pronoun.plural, pronoun.gender == nil, pronoun.case == .any
        else { return false }
        var next = phrase.upperBound
        // `it's`: the clitic is `is` or `has`, since `it` has no `'s` possessive.
        while next < tokens.count, isAuxiliaryOrAdverb(next) || isPossessive(next) { next += 1 }
        guard next > phrase.upperBound, next < tokens.count, isWord(next), !isCapitalized(next) else { return false }
        return !looksLikeVerbOrAdverb(next) && !words[next].hasSuffix("ing")
    }

    /// `smiling`, `the borrowing continued`: a lowercase `-ing` word, perhaps after its determiner, names no one.
    private func isLoneGerund(_ phrase: Range<Int>) -> Bool {
        let last = phrase.upperBound - 1
        guard phrase.count == 1 || phrase.count == 2 && roles[phrase.lowerBound] == .determiner else { return false }
        return tokens[last].kind == .word && !isCapitalized(last) && words[last].hasSuffix("ing")
    }

    /// `But estimates vary`, `That said, …`: a conjunction, relative or determiner alone names no one, though
    /// capitalized when it opens a sentence. (Auxiliaries may be names: `May said`.)
    private func isLoneFunctionWord(_ phrase: Range<Int>) -> Bool {
        guard phrase.count == 1 else { return false }
        switch roles[phrase.lowerBound] {
        case .determiner?: return isCapitalized(phrase.lowerBound) && !lexicon.isQuantifier(words[phrase.lowerBound])
        case .boundary?, .relative?: return isCapitalized(phrase.lowerBound)
        default: return false
        }
    }

    /// Whether a verb, an auxiliary or an adverb follows a phrase, so it is that verb's subject (`they believed`,
    /// `the city would`), not a speaker placed after its cue.
    private func isSubjectOfVerb(_ phrase: Range<Int>, limit: Int) -> Bool {
        let next = phrase.upperBound
        return next < limit && isWord(next) && (isAuxiliaryOrAdverb(next) || looksLikeVerbOrAdverb(next))
    }

    private func subjectPhrase(of cue: Cue, sentence: Range<Int>) -> Range<Int>? {
        if cue.sense.position == .beforeSource {
            return phrase(after: cue.tokens.upperBound, limit: sentence.upperBound)
                ?? source(after: cue.tokens.upperBound, limit: sentence.upperBound)
        }
        if let agent = passiveAgent(of: cue, limit: sentence.upperBound) { return agent }
        if cue.isParticiple, let subject = absoluteSubject(before: cue.tokens.lowerBound, limit: sentence.lowerBound) {
            return subject
        }
        var end = cue.tokens.lowerBound
        while end > sentence.lowerBound {
            if isAuxiliaryOrAdverb(end - 1) {
                end -= 1
            } else if let opening = parenthesis(closingAt: end - 1, limit: sentence.lowerBound) {
                end = opening  // `Sen. Harry Reid (D-Nev.) said`
            } else if let preposition = adjunct(endingAt: end, limit: sentence.lowerBound) {
                end = preposition  // `Trump at the time said`, `who has in the past described`
            } else if let time = timePhrase(endingAt: end, limit: sentence.lowerBound) {
                end = time  // `Moss last week said`, `The council on Monday said`
            } else if let opening = timeAside(closingAt: end - 1, limit: sentence.lowerBound) {
                end = opening  // `The mayor, this past week, announced`
            } else if let opening = aside(closingAt: end - 1, limit: sentence.lowerBound) {
                end = opening  // `Council members — including two from the port — said`
            } else if isPostModifier(end - 1, limit: sentence.lowerBound) {
                end -= 1  // `The ferry company itself said`, `People briefed on the talks said`, `voters polled said`
            } else {
                break
            }
        }
        if !cue.isParticiple, let relative = relativePronoun(before: end, limit: sentence.lowerBound) {
            return relative
        }
        // `Voters who backed Moss said`: the speaker is the relative clause's antecedent, not its object.
        if !cue.isParticiple, let antecedent = antecedent(ofRelativeClauseBefore: end, limit: sentence.lowerBound) {
            return antecedent
        }
        if !cue.isParticiple {
            let clause = clauseStart(in: sentence, before: cue.tokens.lowerBound)
            if end > sentence.lowerBound {
                // `In October, Mr. Paulson, who …, told`: the apposition search stops at the main clause.
                if let left = phrase(before: end, limit: clause < end ? clause : sentence.lowerBound) { return left }
                if tokens[end - 1].kind == .quotationMark,
                    let right = phrase(after: cue.tokens.upperBound, limit: sentence.upperBound)
                {
                    return right
                }
                // `…, said Ada Moss.` · `…, said Ada Moss, the mayor.`: after a comma, a verb whose following
                // phrase ends its clause comes before its subject.
                // Not a phrase that cannot speak: `The mayor, this week, announced the creation of a line.`
                if tokens[end - 1].text == ",", let right = phrase(after: cue.tokens.upperBound, limit: sentence.upperBound),
                    endsClause(at: right.upperBound, sentence: sentence), canSpeak(headOf(right))
                {
                    return right
                }
            }
            // `Said Comey, "…"` · `But, said Solovey, "…"`: a verb opening its clause comes before its subject.
            // Not a phrase with a verb of its own: `Officials, however, said they believed …` reports `they believed`.
            if clause == cue.tokens.lowerBound, let inverted = phrase(after: cue.tokens.upperBound, limit: sentence.upperBound),
                !isSubjectOfVerb(inverted, limit: sentence.upperBound)
            {
                return inverted
            }
        }
        // `Moss was prompted to say`, `Moss declined to say`: an infinitive's speaker is the subject before its verbs.
        if end > sentence.lowerBound, words[end - 1] == "to" {
            var verbs = end - 1
            while verbs > sentence.lowerBound, end - verbs <= Self.maximumAdjunctLength, isWord(verbs - 1),
                looksLikeVerbOrAdverb(verbs - 1)
            {
                verbs -= 1
            }
            if verbs < end - 1, let subject = phrase(before: verbs, limit: sentence.lowerBound), canSpeak(subject) { return subject }
            if verbs == end - 1, let object = objectOfControlVerb(before: end - 1, limit: sentence.lowerBound) { return object }
        }
        let joinsClause = end > sentence.lowerBound
            && (roles[end - 1] == .boundary || roles[end - 1] == .relative || tokens[end - 1].text == ",")
        if cue.isParticiple {
            let clauseSubject = subject(of: coordinateClause(of: cue.tokens.lowerBound, in: sentence), before: cue.tokens.lowerBound)
            if end < cue.tokens.lowerBound, let auxiliary = auxiliarySubject(before: end, of: cue, clauseSubject: clauseSubject, limit: sentence.lowerBound) {
                return auxiliary
            }
            return clauseSubject ?? subject(afterIntroductory: cue, in: sentence)
        }
        if joinsClause || end == sentence.lowerBound {
            // `He backs the levy; she opposes it but supports …` · `The challenge is clear: voters want …`: a clause
            // after a semicolon or colon has its own subject.
            let clauseSeparator = (sentence.lowerBound..<end).last { tokens[$0].text == ";" || tokens[$0].text == ":" }
            let clause = clauseSeparator.map { ($0 + 1)..<sentence.upperBound } ?? sentence
            guard let subject = subject(of: clause, before: cue.tokens.lowerBound) else { return nil }
            // `The challenge is steep: many people here have come to know …`: an infinitive far from the sentence's
            // subject mostly has a nearer one the search cannot see (PolNeAR train: 1 in 5 right beyond 8 tokens).
            if end > sentence.lowerBound, words[end - 1] == "to", end - subject.upperBound > Self.maximumInfinitiveDistance { return nil }
            return subject
        }
        return nil
    }

    /// `The vote went ahead as more members are urging …`: a participle after an auxiliary is spoken by the
    /// phrase before the auxiliary, unless that phrase only continues the clause's subject (`Voters across
    /// the state are urging` is the voters'). `end` is where the words skipped before the participle start.
    private func auxiliarySubject(before end: Int, of cue: Cue, clauseSubject: Range<Int>?, limit: Int) -> Range<Int>? {
        guard (end..<cue.tokens.lowerBound).contains(where: { roles[$0] == .skip }) else { return nil }
        if let clauseSubject, clauseSubject.lowerBound < end, clauseSubject.upperBound <= end,
            !(clauseSubject.upperBound..<end).contains(where: { !isWord($0) || roles[$0] == .boundary || roles[$0] == .relative || looksLikeVerbOrAdverb($0) })
        {
            return clauseSubject
        }
        guard let subject = phrase(before: end, limit: limit), canSpeak(subject) else { return nil }
        return subject
    }

    /// `Responding to the audit, Moss said …` · `After touring the port, the mayor said …`: a participle in a
    /// sentence's introductory phrase has the main clause's subject as its speaker.
    /// The participle must open the sentence's first phrase, perhaps after a one-word one (`Now, after arguing`),
    /// with nothing but function words before it (`But while denouncing`, not `Trump took a risk, telling`).
    private func subject(afterIntroductory cue: Cue, in sentence: Range<Int>) -> Range<Int>? {
        let first = firstWord(from: sentence.lowerBound, before: cue.tokens.lowerBound)
        var phraseStart = cue.tokens.lowerBound
        while phraseStart > first, isWord(phraseStart - 1), roles[phraseStart - 1] == .preposition || roles[phraseStart - 1] == .boundary {
            phraseStart -= 1
        }
        guard phraseStart == first || phraseStart == first + 2 && tokens[first + 1].text == "," else { return nil }
        let start = clauseStart(in: sentence, before: sentence.upperBound)
        // A quotation's words are not the sentence's subject (`UNDERSTANDING THE VOTE "I will …"`).
        guard start > cue.tokens.upperBound, !(cue.tokens.upperBound..<start).contains(where: { tokens[$0].kind == .quotationMark })
        else { return nil }
        return phrase(after: start, limit: sentence.upperBound)
    }

    /// `The win led her to declare`, `urged voters to reject`: the object of the verb before an infinitive is the
    /// infinitive's speaker. Returns the object, a pronoun or a phrase that can speak, ending just before `to`.
    private func objectOfControlVerb(before to: Int, limit: Int) -> Range<Int>? {
        let last = to - 1
        guard last > limit, isWord(last) else { return nil }
        let object: Range<Int>
        if let pronoun = lexicon.pronoun(words[last]), pronoun.case == .object || pronoun.case == .any {
            object = last..<to
        } else if let phrase = nounPhrase(endingAt: to, limit: limit), canSpeak(phrase) {
            object = phrase
        } else {
            return nil
        }
        let verb = object.lowerBound - 1
        guard verb >= limit, isWord(verb), !isCapitalized(verb), roles[verb] == nil || roles[verb] == .pastTense,
            lexicon.pronoun(words[verb]) == nil
        else { return nil }
        return object
    }

    /// `according to exit polls` · `according to people in attendance`: whatever words follow an attribution
    /// phrase name its source, up to punctuation, a subordinator or a time word.
    private func source(after start: Int, limit: Int) -> Range<Int>? {
        var end = start
        while end < min(limit, start + Self.maximumLength), isWord(end),
            roles[end] != .boundary, roles[end] != .relative, roles[end] != .time
        {
            end += 1
        }
        return end > start ? start..<end : nil
    }

    /// Whether a phrase ending at `index` ends its clause: the sentence ends, or punctuation, a
    /// preposition or a time word follows (`said Ada Moss.`, `said Moss, the mayor`, `said Moss on Tuesday`).
    private func endsClause(at index: Int, sentence: Range<Int>) -> Bool {
        index >= sentence.upperBound || tokens[index].kind == .punctuation
            || roles[index] == .preposition || roles[index] == .time
    }

    /// `Rubio was asked by moderator Gerard Baker whether …`: a passive cue's speaker is its `by` agent.
    private func passiveAgent(of cue: Cue, limit: Int) -> Range<Int>? {
        let first = cue.tokens.lowerBound
        let by = cue.tokens.upperBound
        // The auxiliary is the cue's first word (`was asked`) or the word before it (`was told`, `is strongly opposed`).
        var auxiliary = cue.tokens.count > 1 && roles[first] == .skip ? first : first - 1
        if auxiliary > 0, words[auxiliary].hasSuffix("ly"), !isCapitalized(auxiliary) { auxiliary -= 1 }
        guard !cue.isParticiple, auxiliary >= 0, roles[auxiliary] == .skip, by + 1 < limit, words[by] == "by",
            words[by - 1] != cue.sense.lemma
        else { return nil }
        return phrase(after: by + 1, limit: limit) ?? source(after: by + 1, limit: limit)
    }

    /// The clause of a sentence that holds `index`: what follows the last `, and`, `, but` or `;` before it
    /// (`Groups say …, and the union has sued the city, saying …`: the participle is the union's).
    func coordinateClause(of index: Int, in sentence: Range<Int>) -> Range<Int> {
        var start = index - 1
        while start > sentence.lowerBound + 1 {
            if tokens[start].text == ";" { return (start + 1)..<sentence.upperBound }
            if tokens[start - 1].text == ",", words[start] == "and" || words[start] == "but" {
                return (start + 1)..<sentence.upperBound
            }
            start -= 1
        }
        return sentence
    }

    /// `with Gorka noting …` · `– Ryan saying …` · `and Trump calling it …`: a participle right after a
    /// noun phrase opened by `with`, `and` or a dash has that phrase as its subject, not the sentence's.
    private func absoluteSubject(before participle: Int, limit: Int) -> Range<Int>? {
        var opener = participle - 1
        while opener >= limit, participle - opener <= Self.maximumLength {
            if words[opener] == "with" || words[opener] == "and" || isDash(opener) { break }
            guard isWord(opener) || isPossessive(opener) else { return nil }
            opener -= 1
        }
        guard opener >= limit, opener < participle - 1, participle - opener <= Self.maximumLength,
            let phrase = phrase(after: opener + 1, limit: participle), phrase.upperBound == participle
        else { return nil }
        return phrase
    }

    /// `Sanders, who said …` · `a report that found …`: the relative pronoun right before a
    /// cue is its local speaker (`SpeakerResolver` links it to the antecedent). It must follow
    /// a word, a comma or a parenthesis, and `that` must not follow a cue (`said that claims …`).
    private func relativePronoun(before end: Int, limit: Int) -> Range<Int>? {
        let pronoun = end - 1
        guard pronoun > limit, roles[pronoun] == .relative else { return nil }
        let previous = pronoun - 1
        guard isWord(previous) || tokens[previous].text == "," || tokens[previous].text == ")" || isDash(previous) else { return nil }
        if words[pronoun] == "that", !isWord(previous) || cueLexicon.longestCue(in: cueIds, at: previous) != nil
            || roles[previous] != nil
        {
            return nil
        }
        return pronoun..<end
    }

    /// The longest prepositional adjunct between a subject and its verb, in tokens (`in the past`).
    static let maximumAdjunctLength = 4

    /// `at the time`, `in the past`, `on Tuesday`: a short prepositional phrase ending at `end`
    /// that follows a word, or a comma if it names a time (`Moss, who chairs the board, on Friday said`, not
    /// `…, with Moss repeatedly calling`), so the subject stands before it. Returns the preposition's index.
    /// `of` and `for` phrases belong to their noun (`one of the protesters`, `a spokesman for X`).
    private func adjunct(endingAt end: Int, limit: Int) -> Int? {
        var index = end - 1
        while index > limit, end - index <= Self.maximumAdjunctLength, isWord(index) {
            if roles[index] == .preposition, !isCapitalized(index) {
                guard index < end - 1, words[index] != "of", words[index] != "for", isWord(index - 1)
                    || tokens[index - 1].text == "," && (index..<end).contains(where: { roles[$0] == .time })
                else { return nil }
                return index
            }
            // `people close to the mayor say`: `to` after a postmodifier opens its adjunct; elsewhere it is an infinitive's.
            if words[index] == "to", index < end - 1, index - 1 > limit, roles[index - 1] == .postmodifier {
                return index
            }
            // A subject pronoun is the subject itself, never a preposition's object (`at 86 she says`).
            if looksLikeVerbOrAdverb(index) && !isCapitalized(index) || roles[index] == .boundary
                || roles[index] == .relative || isSubjectPronoun(index)
            {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// How many words may open or modify a time phrase (`earlier this month`).
    static let maximumTimeModifiers = 2

    /// `last week`, `earlier this month`, `Tuesday`: a time word ending at `end`, with the words before it
    /// that open or modify time phrases (`this`, `earlier`), after an auxiliary or adverb or a phrase that
    /// can speak (not `A few days ago`). Returns where the time phrase starts.
    private func timePhrase(endingAt end: Int, limit: Int) -> Int? {
        let time = end - 1
        guard time > limit, roles[time] == .time, isWord(time - 1) else { return nil }
        var start = time
        while start - 1 > limit, time - start < Self.maximumTimeModifiers, !isCapitalized(start - 1),
            roles[start - 1] == .determiner || roles[start - 1] == .timeModifier
        {
            start -= 1
        }
        // `A poll released Friday found`: the time phrase may follow a participle on the subject.
        if roles[start - 1] == .skip || isPostModifier(start - 1, limit: limit) { return start }
        return speakingPhrase(endingAt: start, limit: limit) ? start : nil
    }

    /// The longest time phrase between commas after a subject, in tokens (`, earlier this past week,`).
    static let maximumTimeAside = 4

    /// `The mayor, this past week, announced`, `Moss, on Monday, said`: the opening comma of a time phrase set off by
    /// commas whose closing comma is `index`, after a word.
    private func timeAside(closingAt index: Int, limit: Int) -> Int? {
        guard index > limit, tokens[index].text == "," else { return nil }
        var opening = index - 1
        var hasTime = false
        while opening > limit, index - opening <= Self.maximumTimeAside + 1, isWord(opening), !isCapitalized(opening) || roles[opening] == .time {
            switch roles[opening] {
            case .time?: hasTime = true
            case .timeModifier?, .determiner?, .preposition?: break
            default: return nil
            }
            opening -= 1
        }
        return hasTime && opening > limit && opening < index - 1 && tokens[opening].text == "," && isWord(opening - 1) ? opening : nil
    }

    /// Whether a noun phrase that can speak ends just before `end` (`an aggressive - some say unrealistic -
    /// pledge` has none before its aside, `Demand for coal - which is used for steel - has roared back` neither).
    private func speakingPhrase(endingAt end: Int, limit: Int) -> Bool {
        guard let phrase = nounPhrase(endingAt: end, limit: limit) else { return false }
        return canSpeak(phrase)
    }

    /// The longest aside between a subject and its verb, in tokens (`— including two from the port —`).
    static let maximumAsideLength = 16

    /// The opening dash of an aside whose closing dash ends at `index`, after a word. A run of dash
    /// tokens is one dash (`--` may come as two `-`).
    private func aside(closingAt index: Int, limit: Int) -> Int? {
        guard index > limit, isDash(index) else { return nil }
        var closing = index
        while closing - 1 > limit, isDash(closing - 1) { closing -= 1 }
        let lowest = max(limit + 1, closing - Self.maximumAsideLength)
        for end in stride(from: closing - 1, through: lowest, by: -1) {
            if tokens[end].kind == .quotationMark || tokens[end].text == "." { return nil }
            if isDash(end) {
                var opening = end
                while opening - 1 > limit, isDash(opening - 1) { opening -= 1 }
                guard end < closing - 1, opening > limit, isWord(opening - 1) else { return nil }
                // `Many speakers at the service — including … — said`: the phrase may end in an adjunct.
                let phraseEnd = adjunct(endingAt: opening, limit: limit) ?? opening
                return speakingPhrase(endingAt: phraseEnd, limit: limit) ? opening : nil
            }
        }
        return nil
    }

    /// A word that follows its subject's noun and modifies it: an intensifying reflexive (`itself`) or a
    /// past participle (`polled`, `briefed`, `seen` in `speaker-context.tsv`) right after a noun. A cue
    /// form is one only before its `by` agent (`a memo seen by Reuters said`, not `officials told reporters`).
    private func isPostModifier(_ index: Int, limit: Int) -> Bool {
        guard index > limit, isWord(index), !isCapitalized(index), isWord(index - 1) else { return false }
        if lexicon.pronoun(words[index])?.case == .reflexive { return speakingPhrase(endingAt: index, limit: limit) }
        let isParticiple = roles[index] == .participle || roles[index] == .postmodifier || roles[index] == nil && words[index].hasSuffix("ed")
        let beforeAgent = index + 1 < words.count && words[index + 1] == "by"
        return isParticiple && (beforeAgent || cueLexicon.longestCue(in: cueIds, at: index) == nil)
            && (roles[index - 1] == nil || isCapitalized(index - 1)) && !looksLikeVerbOrAdverb(index - 1)
            && speakingPhrase(endingAt: index, limit: limit) && !isRelativeClauseSubject(endingAt: index, limit: limit)
    }

    /// `Voters who Moss courted said`, `The man Moss fired said`: a name after a relative or a noun is
    /// the subject of a relative clause, and the `-ed` word after it is that clause's verb.
    private func isRelativeClauseSubject(endingAt end: Int, limit: Int) -> Bool {
        guard isCapitalized(end - 1), let name = nounPhrase(endingAt: end, limit: limit), name.lowerBound > limit else { return false }
        let before = name.lowerBound - 1
        return roles[before] == .relative
            || isWord(before) && roles[before] == nil && !isCapitalized(before) && !looksLikeVerbOrAdverb(before)
    }

    /// `Most of them said`, `Two of us`: a quantifier or a count, `of` and a plural object pronoun make a subject,
    /// though the pronoun alone never speaks.
    private func partitive(endingAt end: Int, limit: Int) -> Range<Int>? {
        let pronoun = end - 1, count = end - 3
        guard count >= limit, isWord(pronoun), words[end - 2] == "of",
            let form = lexicon.pronoun(words[pronoun]), form.plural, form.case == .object,
            tokens[count].kind == .number || isWord(count) && (lexicon.isQuantifier(words[count]) || lexicon.isCount(words[count]))
        else { return nil }
        return count..<end
    }

    /// The longest restrictive relative clause between a subject and its verb, in tokens (`who backed Moss`).
    static let maximumRelativeClauseLength = 8

    /// `Voters who backed Moss said`: the noun phrase before a `who` or `which` clause (no commas) that
    /// ends at `end`.
    private func antecedent(ofRelativeClauseBefore end: Int, limit: Int) -> Range<Int>? {
        let lowest = max(limit + 1, end - Self.maximumRelativeClauseLength)
        var index = end - 1
        while index >= lowest, isWord(index) || isPossessive(index) {
            // `To which she said`: a relative followed by its clause's own subject is no subject itself.
            if isWhRelative(index) {
                let next = index + 1
                guard next < end, !isCapitalized(next), lexicon.pronoun(words[next]) == nil, roles[next] != .determiner
                else { return nil }
                return nounPhrase(endingAt: index, limit: limit)
            }
            index -= 1
        }
        return nil
    }

    /// The opening parenthesis of a short parenthetical whose closing one is at `index`.
    private func parenthesis(closingAt index: Int, limit: Int) -> Int? {
        guard tokens[index].text == ")" else { return nil }
        return (max(limit, index - 8)..<index).last { tokens[$0].text == "(" }
    }

    /// Whether a phrase is a preposition's object, perhaps after an article (`by the Ledger`).
    private func followsPreposition(_ phrase: Range<Int>, limit: Int) -> Bool {
        var before = phrase.lowerBound - 1
        if before > limit, roles[before] == .determiner { before -= 1 }
        return before >= limit && roles[before] == .preposition
    }

    /// The phrase ending just before `end`: a name, a pronoun or a nominal, or a
    /// name with an apposition between commas (`Hugh Hill, a doctor,` → `Hugh Hill`).
    func phrase(before end: Int, limit: Int) -> Range<Int>? {
        guard end > limit else { return nil }
        if tokens[end - 1].text == "," {
            // `X, the chief executive of Y, said` and `X, during a visit to Columbus, Ohio, said`:
            // the speaker is the first name or pronoun followed by a comma after `limit`; a name in
            // apposition to a description comes last (`Another critic, Ada Moss, said`).
            var commas: [Int] = []
            var index = end - 1
            while index > limit, end - index <= Self.maximumAppositionLength,
                tokens[index].kind != .quotationMark, tokens[index].text != "."
            {
                if tokens[index].text == "," { commas.append(index) }
                index -= 1
            }
            // A lone comma (`But, said X`) opens no apposition.
            for comma in commas.count > 1 ? Array(commas.reversed()) : [] {
                // `Sen. Ada Moss (D-Maine), who …, said`: the name comes before its parenthesis.
                let nameEnd = parenthesis(closingAt: comma - 1, limit: limit) ?? comma
                // `…, obtained by AP, concluded`, `drafted in May, …`: a preposition's object is no subject.
                guard let name = nounPhrase(endingAt: nameEnd, limit: limit), !followsPreposition(name, limit: limit) else { continue }
                // `The complaint, which was filed in Washington, alleged`: a relative clause's antecedent is the subject.
                let opensRelative = isWhRelative(comma + 1)
                    && (name.lowerBound == limit || !isWord(name.lowerBound - 1))
                if opensRelative || isCapitalized(name.upperBound - 1) || lexicon.pronoun(words[name.upperBound - 1]) != nil {
                    return name
                }
            }
            return nil
        }
        return nounPhrase(endingAt: end, limit: limit).map { coordination(endingWith: $0, limit: limit) }
    }

    /// `Moss and Lee said`, `Ada Moss and her aides said`: subjects joined by `and` are one speaker phrase, when
    /// the first opens its clause (not `He met the mayor and the council said`, whose `the mayor` is an object, nor
    /// the end of a list: `ports in Oslo, Bergen and Tromsø should show`).
    private func coordination(endingWith phrase: Range<Int>, limit: Int) -> Range<Int> {
        let and = phrase.lowerBound - 1
        guard and - 1 >= limit, words[and] == "and", canSpeak(phrase), let first = nounPhrase(endingAt: and, limit: limit),
            canSpeak(first), first.lowerBound == limit || roles[first.lowerBound - 1] == .boundary
        else { return phrase }
        return first.lowerBound..<phrase.upperBound
    }

    /// A noun phrase whose last token is `end - 1`, walking left to a determiner or a boundary.
    func nounPhrase(endingAt end: Int, limit: Int) -> Range<Int>? {
        if let partitive = partitive(endingAt: end, limit: limit) { return partitive }
        let last = end - 1
        guard last >= limit, isWord(last),
            roles[last] == nil || isCapitalized(last) && roles[last] != .time || lexicon.isQuantifier(words[last]),
            !looksLikeVerbOrAdverb(last) || isCapitalized(last), lexicon.pronoun(words[last])?.cannotBeSubject != true
        else { return nil }
        var start = end
        walk: while start > limit, end - start < Self.maximumLength {
            let index = start - 1
            // A name is one phrase, whatever its inner words (`the Brennan Center for Justice`).
            if let name = nameStart(of: index), name < index, name >= limit {
                start = name
                continue
            }
            guard isWord(index) else { break }
            switch roles[index] {
            case _ where isPossessive(index):
                break
            case .determiner?:
                if !isCapitalized(index) || index == limit { start -= 1 }
                break walk
            case .boundary?, .relative?, .skip?, .preposition?, .time?, .participle?, .pastTense?, .postmodifier?:
                if !isCapitalized(index) || roles[index] == .preposition { break walk }
            case nil, .timeModifier?:
                if looksLikeVerbOrAdverb(index) { break walk }
            }
            start -= 1
        }
        // `Ada Moss of the Salem Ledger said` is Moss's, not the Ledger's.
        let preposition = start - 1
        if preposition - 2 >= limit, words[preposition] == "of",
            endsPersonName((preposition - 2)..<preposition) || personName(endingAt: preposition - 1, from: limit) != nil
        {
            return nounPhrase(endingAt: preposition, limit: limit)
        }
        // `A spokesman for the agency said`, `One of the protesters said`, `Aides to Moss said`: the phrase is the
        // noun's, with its complement.
        if start < end, preposition - 1 >= limit, takesComplement(preposition), let head = nounPhrase(endingAt: preposition, limit: limit) {
            return head.lowerBound..<trimmed(start..<end).upperBound
        }
        return start < end ? trimmed(start..<end) : nil
    }

    /// Whether the preposition at `index` joins a complement to a speaker's noun before it: `of` or `for` after a
    /// lowercase nominal head, quantifier or count (`a spokesman for`, `one of`, `most of`), `to` after a nominal
    /// head (`an aide to`).
    private func takesComplement(_ index: Int) -> Bool {
        let noun = index - 1
        guard isWord(noun), !isCapitalized(noun) || noun == 0 || !isWord(noun - 1) else { return false }
        let word = words[noun]
        switch words[index] {
        case "of", "for": return lexicon.isNominalHead(word) || lexicon.isQuantifier(word) || lexicon.isCount(word)
        case "to": return lexicon.isNominalHead(word)
        default: return false
        }
    }

    /// The phrase starting at `start`: a name, a pronoun, or a determiner and its noun (`said a spokesman for the agency`).
    func phrase(after start: Int, limit: Int) -> Range<Int>? {
        guard start < limit, isWord(start) else { return nil }
        let first = words[start]
        let opensPhrase = isCapitalized(start) || tokens[start].kind == .number || lexicon.pronoun(first) != nil
            || roles[start] == .determiner || lexicon.nominal(first) != nil
        if !opensPhrase, let name = nameAfterModifiers(start, limit: limit) {
            return phrase(after: name, limit: limit)  // `said former Obama adviser David Axelrod`
        }
        guard opensPhrase, roles[start] != .preposition, roles[start] != .time else { return nil }
        var end = start + 1
        while end < limit, end - start < Self.maximumLength, isWord(end), roles[end] != .time {
            if isPossessive(end) || isCapitalized(end) || tokens[end].kind == .number {
                end += 1
                continue
            }
            let role = roles[end]
            // `one of the protesters`, `a spokesman for the agency`; but a full name ends the phrase
            // (`said Ada Moss of the Salem Ledger` is Moss's, not the Ledger's).
            if role == .preposition, words[end] == "of" || words[end] == "for", end + 1 < limit, isWord(end + 1),
                !endsPersonName(start..<end)
            {
                end += 1
                continue
            }
            if role == .determiner && !isCapitalized(end - 1) {
                end += 1
                continue
            }
            guard role == nil, !looksLikeVerbOrAdverb(end), !isCapitalized(end - 1) || lexicon.nominal(words[end]) != nil
            else { break }
            end += 1
        }
        return trimmed(start..<end)
    }

    /// Whether a phrase ends with a first name and a capitalized word (`Ada Moss`, not `American Federation`).
    private func endsPersonName(_ phrase: Range<Int>) -> Bool {
        phrase.count >= 2 && isCapitalized(phrase.upperBound - 1) && lexicon.isFirstName(tokens[phrase.upperBound - 2].text)
    }

    /// `former Obama adviser David Axelrod`, `master of ceremonies Asab Al-Tabchi`: the first capitalized
    /// word after at most `maximumModifiers` lowercase modifiers (no function word but `of`, no cue).
    private func nameAfterModifiers(_ start: Int, limit: Int) -> Int? {
        var index = start
        while index < min(limit, start + Self.maximumModifiers + 1), tokens[index].kind == .word {
            if isCapitalized(index) { return index > start ? index : nil }
            let role = roles[index]
            if role != nil && words[index] != "of" || cueLexicon.longestCue(in: cueIds, at: index) != nil { return nil }
            index += 1
        }
        return nil
    }

    /// The subject of the clause holding `cueStart`: the first noun phrase of the
    /// sentence after its introductory phrases (`Earlier this week, more than 650
    /// employees signed …, worrying that …` → `more than 650 employees`).
    func subject(of sentence: Range<Int>, before cueStart: Int) -> Range<Int>? {
        let sentence = narrativeStart(of: sentence, before: cueStart)..<sentence.upperBound
        let first = firstWord(from: sentence.lowerBound, before: cueStart)
        var start = clauseStart(in: sentence, before: cueStart)
        // `Moss took the stage on Friday, saying …`: when every phrase before the cue looks introductory, a first
        // one that opens with a capitalized plain word (no dateline or section label, `PSA—"…"`) is the main clause.
        if start >= cueStart, first < cueStart, isCapitalized(first), roles[first] == nil, !words[first].hasSuffix("ing"),
            !isDateline(first)
        {
            start = first
        }
        guard start < cueStart else { return nil }
        // A sentence opening with a preposition or a lowercase word and no comma has no subject to find.
        if start == first, roles[start] == .preposition || !isCapitalized(start) && roles[start] != .determiner {
            return nil
        }
        // `And Mr. Christie gloated: "…"`: an opening conjunction comes before the subject.
        if roles[start] == .boundary, start + 1 < cueStart, isWord(start + 1) { start += 1 }
        var end = start
        while end < cueStart, end - start < Self.maximumLength, isWord(end), !looksLikeVerbOrAdverb(end) || isCapitalized(end) {
            let role = roles[end]
            if role == .boundary || role == .relative || role == .skip || role == .time { break }
            if role == .preposition, words[end] != "of" { break }
            end += 1
        }
        return end > start ? trimmed(start..<end) : nil
    }

    /// The subject of a lead-in ending at a colon, where `From X:` names X (`From the White House:`).
    func leadInSubject(of leadIn: Range<Int>, before colon: Int) -> Range<Int>? {
        let start = leadIn.lowerBound < colon && words[leadIn.lowerBound] == "from" ? leadIn.lowerBound + 1 : leadIn.lowerBound
        return subject(of: start..<leadIn.upperBound, before: colon)
    }

    /// Where the narrative of a sentence starts: after the quotation that opens it (`"We will win," he
    /// said, and then predicted …` has its subject after the closing mark), past the commas that trail it.
    private func narrativeStart(of sentence: Range<Int>, before cueStart: Int) -> Int {
        guard let opening = sentence.first, opening < cueStart, tokens[opening].kind == .quotationMark,
            let closing = (opening + 1..<cueStart).first(where: { tokens[$0].kind == .quotationMark && !Self.isSingleMark(tokens[$0].text) })
        else { return sentence.lowerBound }
        var start = closing + 1
        while start < cueStart, tokens[start].text == "," { start += 1 }
        return start
    }

    /// A single quotation mark, which opens or closes only quotations nested in double ones.
    private static func isSingleMark(_ text: String) -> Bool { text == "\u{2018}" || text == "\u{2019}" || text == "'" }

    /// Whether a phrase names someone who can speak: it ends with a name, or is a pronoun or a
    /// nominal speaker (`the spokesman`, `the company`), not a thing (`the deal`).
    /// A phrase without its `of` or `for` complement (`a spokesman for the agency` → `a spokesman`).
    private func headOf(_ phrase: Range<Int>) -> Range<Int> {
        let complement = phrase.dropFirst().first { (words[$0] == "of" || words[$0] == "for") && !isCapitalized($0 - 1) }
        return complement.map { phrase.lowerBound..<$0 } ?? phrase
    }

    func canSpeak(_ phrase: Range<Int>) -> Bool {
        guard let head = phrase.last else { return false }
        return isCapitalized(head) || lexicon.pronoun(words[head]) != nil || lexicon.isNominalHead(words[head])
            || lexicon.isQuantifier(words[head])
    }

    /// The longest introductory phrase `clauseStart` skips, in tokens.
    static let maximumIntroLength = 20

    /// Where the main clause of a sentence starts, past its introductory phrases: a dateline
    /// (`WASHINGTON, Dec. 8 (UPI) —`), then phrases ending with a comma such as `In October,`
    /// `Hours later,` `Speaking at a town hall in Salem, New Hampshire,` or `When he returned,`.
    func clauseStart(in sentence: Range<Int>, before cueStart: Int) -> Int {
        var start = firstWord(from: sentence.lowerBound, before: cueStart)
        if start < cueStart, let dash = (start..<min(cueStart, start + 12)).first(where: isDash),
            isDateline(start) || isCapitalized(start) && endsWithWireCredit(start..<dash)
        {
            start = firstWord(from: dash + 1, before: cueStart)
        }
        let opening = start
        var skipped = false
        while start < cueStart {
            let limit = min(cueStart, start + Self.maximumIntroLength)
            guard let end = (start..<limit).first(where: { tokens[$0].text == "," || isDash($0) }), end > start,
                isIntroductory(start..<end)
                    // `Moreover, Jeffrey Sachs, director of …`: a sentence's first word is capitalized, not a name.
                    || skipped && start - 2 > opening && isPlaceAfterIntro(start..<end, previous: start - 2)
                    // `After the vote, which was close, Moss said`: a relative clause on an introductory phrase
                    || skipped && isWhRelative(start)
                    // `But back on American soil, he …`: the phrase after an opening conjunction
                    || roles[start] == .boundary && end > start + 1 && isIntroductory((start + 1)..<end)
            else { break }
            skipped = true
            start = firstWord(from: end + 1, before: cueStart)
        }
        return start
    }

    private func firstWord(from index: Int, before end: Int) -> Int {
        var start = index
        while start < end, !isWord(start) { start += 1 }
        return start
    }

    func isDash(_ index: Int) -> Bool { dashes[index] }

    /// `-`, `--`, `–`, `—`, `―`, read on UTF-8 bytes: comparing a `String` with a non-ASCII literal
    /// takes Unicode normalization, and the stage asks this of most tokens more than once.
    static func isDash(_ text: String) -> Bool {
        func isDash(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            switch bytes.count {
            case 1, 2: return bytes.allSatisfy { $0 == 0x2D }
            // U+2013 en dash, U+2014 em dash, U+2015 horizontal bar
            case 3: return bytes[0] == 0xE2 && bytes[1] == 0x80 && (0x93...0x95).contains(bytes[2])
            default: return false
            }
        }
        return text.utf8.withContiguousStorageIfAvailable(isDash) ?? Array(text.utf8).withUnsafeBufferPointer(isDash)
    }

    /// `Washington (AFP)`, `Dec 29 (Reuters)`: a dateline ending with a news agency in parentheses, one
    /// capitalized word of two letters or more without a hyphen (not a party label: `(D-Maine)`, `(R)`).
    private func endsWithWireCredit(_ range: Range<Int>) -> Bool {
        let close = range.upperBound - 1
        guard close - 2 > range.lowerBound, tokens[close].text == ")", tokens[close - 2].text == "(" else { return false }
        let agency = tokens[close - 1].text
        return isCapitalized(close - 1) && agency.count >= 2 && !agency.contains("-")
    }

    /// An all-capitals place opening a wire story (`WASHINGTON`, `NEW YORK`).
    private func isDateline(_ index: Int) -> Bool {
        let text = tokens[index].text
        return text.utf8.count >= 3 && text.utf8.allSatisfy { (0x41...0x5A).contains($0) }
    }

    /// `Iowa` in `At an event in Ames, Iowa, on Sunday, she said`: capitalized words after an introductory
    /// phrase that ended with a name, unless an apposition or relative clause follows (`In Ames, Moss, who …`).
    private func isPlaceAfterIntro(_ range: Range<Int>, previous: Int) -> Bool {
        guard range.count <= 3, previous >= 0, isCapitalized(previous),
            range.allSatisfy({ isCapitalized($0) && roles[$0] == nil }), range.upperBound + 1 < tokens.count
        else { return false }
        let next = range.upperBound + 1
        return isWord(next) && tokens[next].kind != .number && roles[next] != .determiner && roles[next] != .relative
    }

    /// An opening phrase that is not the subject: one starting with a preposition, a time word, a
    /// lowercase word or an opening participle (`Speaking at`, `Asked about`, `Earlier this week`),
    /// one holding a time word or a preposition (`Hours later`, `Back in 1999`), or a subordinate
    /// clause (`When he returned`, but not `As Tom Ridge put it`). `of` and `for` stay with their noun.
    private func isIntroductory(_ range: Range<Int>) -> Bool {
        guard let first = range.first, isWord(first) else { return false }
        switch roles[first] {
        case .preposition?, .time?:
            return true
        case .boundary?:
            // `After the Paris attacks,` is introductory; `But the company,` opens the main clause.
            let rest = range.dropFirst()
            return range.count == 1 || rest.contains { looksLikeVerbOrAdverb($0) } || rest.allSatisfy(isWord) && !canSpeak(rest)
        case .determiner?:
            return isTimeAdverbial(range)
        case .relative?:
            return false
        case .skip?, .participle?, .pastTense?, .postmodifier?, .timeModifier?, nil:
            break
        }
        if !isCapitalized(first) && lexicon.pronoun(words[first]) == nil { return true }
        // `He went further on Tuesday, saying …`: a phrase opening with a subject pronoun is the main clause.
        if range.count > 1, isSubjectPronoun(first) { return false }
        // `Gov. Ada Moss suspended her campaign Friday, saying …`: so is a name followed by its verb.
        if opensWithNameAndVerb(range) { return false }
        let word = words[first]
        // An `-er` word before an auxiliary is a name, the subject (`Weaver was not impressed, saying …`), not `Later`.
        let opensWithParticiple = range.count > 1 && !isCapitalized(first + 1)
            && (word.hasSuffix("ing") || word.hasSuffix("ed") || word.hasSuffix("er") && roles[first + 1] != .skip || word.hasSuffix("ly"))
        // `Essentially, …`: a lone `-ly` word before the comma is a sentence adverb unless it is a first name (`Kelly,`).
        let isSentenceAdverb = range.count == 1 && word.hasSuffix("ly") && !lexicon.isFirstName(tokens[first].text)
        if opensWithParticiple || isSentenceAdverb || roles[first] == .skip || range.contains(where: { roles[$0] == .time }) {
            return true
        }
        // `Hours later`
        if range.count == 2, roles[first + 1] == .skip { return true }
        // `Back in 1999`, but not a clause with a verb (`The spokesman refused to answer questions on …`)
        let hasPreposition = range.contains { roles[$0] == .preposition && !isCapitalized($0) && words[$0] != "of" && words[$0] != "for" }
        return hasPreposition && !range.contains { looksLikeVerbOrAdverb($0) }
    }

    /// The longest time phrase opened by a determiner, in tokens (`The week before`).
    static let maximumTimeAdverbialLength = 4

    /// `The day before`, `The next morning`, `This week`: a short phrase of lowercase words after its
    /// determiner that ends with `before` or `after`, or holds a time word (not `the mayor went further`).
    private func isTimeAdverbial(_ range: Range<Int>) -> Bool {
        guard range.count > 1, range.count <= Self.maximumTimeAdverbialLength,
            range.dropFirst().allSatisfy({ isWord($0) && !isCapitalized($0) && cueLexicon.longestCue(in: cueIds, at: $0) == nil })
        else { return false }
        return roles[range.upperBound - 1] == .boundary || range.contains { roles[$0] == .time || roles[$0] == .timeModifier }
    }

    /// Whether a phrase opens with capitalized words, perhaps with a parenthesis, and then a lowercase `-ed`
    /// word or cue, its verb (`Gov. Ada Moss (D-Maine) suspended …`, not `Hours later` or `Two days after the vote`).
    private func opensWithNameAndVerb(_ range: Range<Int>) -> Bool {
        guard let verb = range.first(where: { isWord($0) && !isCapitalized($0) }), verb > range.lowerBound, roles[verb] == nil
        else { return false }
        return words[verb].hasSuffix("ed") || cueLexicon.longestCue(in: cueIds, at: verb) != nil
    }

    /// A name keeps its name words only (`CEO Marc Benioff` → `Marc Benioff`); other phrases stay whole.
    func trimmed(_ phrase: Range<Int>) -> Range<Int> {
        var start = phrase.lowerBound
        var end = phrase.upperBound
        while end > start, !isWord(end - 1) || isPossessive(end - 1) { end -= 1 }
        guard end > start else { return phrase }
        // A sentence-initial conjunction or adverb is no part of the speaker (`Though she`, `Perhaps it`).
        while start < end - 1, roles[start] == .boundary || roles[start] == .skip { start += 1 }
        // A subject pronoun takes no modifiers: `She became so upset` names `She`, `at 86 she` names `she`.
        if isSubjectPronoun(start) { return start..<(start + 1) }
        if isSubjectPronoun(end - 1) { return (end - 1)..<end }
        guard isCapitalized(end - 1), !lexicon.isTitle(tokens[end - 1].text) else { return start..<end }
        // A person's name found by the entity stage is the phrase's name (`Secretary of State Jason Kander`).
        if let name = personName(endingAt: end - 1, from: start) { return name..<end }
        // The capitalized run before the phrase's end, across the inner words of a found name (`Bank of America`).
        var first = nameStart(of: end - 1).flatMap { $0 >= start ? $0 : nil } ?? end - 1
        while first > start, isCapitalized(first - 1) || tokens[first - 1].kind == .number,
            !lexicon.isTitle(tokens[first - 1].text), roles[first - 1] == nil
        {
            first -= 1
        }
        return first..<end
    }
}
