/// What the attribution sieves read about one document: its tokens and
/// sentences, the quotations found in it, and the cues of its narrative.
/// Every lookup a sieve makes is bounded by `window` tokens, so attribution
/// stays linear however long a sentence or quotation is.
struct QuoteContext: Sendable {
    let tokens: [Token]
    let words: [String]
    let sentences: [Sentence]
    let sentenceOfToken: [Int]
    let paragraphs: [Paragraph]
    let quotations: [Quotation]
    /// Index into `quotations` of each token inside one (marks included), or -1.
    let quotationOfToken: [Int]
    let cues: [Cue]
    /// Index into `cues` of each token that starts a cue, or -1.
    let cueStartingAt: [Int]
    let phrases: SpeakerPhraseFinder
    /// Whether each token may start a clause break (`ClauseBreaks`).
    let mayStartBreak: [Bool]
    /// The document's entities; empty when no entity stage ran.
    let entities: [Entity]
    /// The speaker phrase of each cue (same indices as `cues`), found once: the sieves and the
    /// indirect-quote finder ask for the same cues many times.
    private(set) var cueSpeakers: [Range<Int>?] = []
    /// Whether a cue may be capitalized at each token: the first word of its sentence, any word of a title-case headline.
    private let mayCueCapitalized: [Bool]

    /// How far from a quotation the sieves look for its cue and speaker, in tokens.
    static let window = 40

    init(document: Document, quotations: [Quotation], cueFinder: CueFinder, speakers: SpeakerLexicon) {
        tokens = document.tokens
        words = document.tokens.map { Self.lowercased($0.text) }
        sentences = document.sentences
        paragraphs = document.paragraphs
        var sentenceOf = [Int](repeating: max(document.sentences.count - 1, 0), count: tokens.count)
        // A cue may be capitalized where it opens its sentence, or anywhere in a headline in title case
        // (`Moss Says Harbor Bridge Will Reopen`).
        var mayCueCapitalized = [Bool](repeating: false, count: tokens.count)
        for (index, sentence) in document.sentences.enumerated() {
            for token in sentence.tokens { sentenceOf[token] = index }
            if Self.isTitleCase(sentence.tokens, tokens: document.tokens) {
                for token in sentence.tokens { mayCueCapitalized[token] = true }
            }
            var first = sentence.tokens.lowerBound
            while first < sentence.tokens.upperBound, tokens[first].kind != .word { first += 1 }
            if first < tokens.count { mayCueCapitalized[first] = true }
        }
        sentenceOfToken = sentenceOf
        self.mayCueCapitalized = mayCueCapitalized
        entities = document.entities
        self.quotations = quotations
        var quotationOf = [Int](repeating: -1, count: tokens.count)
        for (index, quotation) in quotations.enumerated() {
            let end = quotation.closingMark?.upperBound ?? quotation.content.upperBound
            for token in quotation.openingMark.lowerBound..<end { quotationOf[token] = index }
        }
        quotationOfToken = quotationOf
        let (cueIds, roles, startsBreak) = cueFinder.classes.classify(words)
        mayStartBreak = startsBreak
        cues = cueFinder.cues(in: tokens, words: words, cueIds: cueIds, roles: roles, insideQuotation: quotationOf.map { $0 >= 0 }, mayCueCapitalized: mayCueCapitalized,
                                sentenceOfToken: sentenceOf)
        var cueAt = [Int](repeating: -1, count: tokens.count)
        for (index, cue) in cues.enumerated() { cueAt[cue.tokens.lowerBound] = index }
        cueStartingAt = cueAt
        var dashes = document.tokens.map { SpeakerPhraseFinder.isDash($0.text) }
        for index in dashes.indices where dashes[index] && Self.isSuspendedHyphen(at: index, in: document.tokens) { dashes[index] = false }
        // Empty when the document names nothing (quotation marks alone), so hostile input costs no memory here.
        var nameStart = document.entities.isEmpty ? [] : [Int32](repeating: -1, count: tokens.count)
        var personNameEnds: Set<Int> = []
        for entity in document.entities {
            for mention in entity.mentions where mention.tokens.upperBound <= tokens.count && !mention.tokens.isEmpty {
                for index in mention.tokens { nameStart[index] = Int32(mention.tokens.lowerBound) }
                if entity.type == .person { personNameEnds.insert(mention.tokens.upperBound - 1) }
            }
        }
        phrases = SpeakerPhraseFinder(tokens: tokens, words: words, cueIds: cueIds, roles: roles, lexicon: speakers,
                                      cueLexicon: cueFinder.lexicon, dashes: dashes, nameStart: nameStart,
                                      personNameEnds: personNameEnds)
        // In order, so a participle finds its main cue's speaker already found (`he said, adding …`).
        cueSpeakers.reserveCapacity(cues.count)
        for cue in cues { cueSpeakers.append(findSpeaker(of: cue)) }
    }

    /// The hyphen of a suspended compound, no dash: it hangs on its word with a space after it (`a second- or
    /// third-tier issue`).
    private static func isSuspendedHyphen(at index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        let hangsOnWord = token.text == "-" && index > 0 && tokens[index - 1].kind == .word && tokens[index - 1].span.end == token.span.start
        return hangsOnWord && index + 1 < tokens.count && tokens[index + 1].span.start > token.span.end
    }

    func sentence(of token: Int) -> Range<Int> { sentences.isEmpty ? 0..<tokens.count : sentences[sentenceOfToken[token]].tokens }

    /// The first token after a quotation's closing mark (or its content, when unclosed).
    func end(of quotation: Quotation) -> Int { quotation.closingMark?.upperBound ?? quotation.content.upperBound }

    /// The narrative right after a quotation: to the end of the sentence it runs into,
    /// stopping at the next quotation and after `window` tokens. Empty when the
    /// quotation ends its paragraph or with a period (`"…." He said he …` starts a new sentence).
    /// The first token of a narrative stretch past the commas that trail a quotation (`"Q," said X`).
    func firstNarrativeToken(in narrative: Range<Int>) -> Int {
        var start = narrative.lowerBound
        while start < narrative.upperBound, tokens[start].text == "," { start += 1 }
        return start
    }

    func narrative(after index: Int) -> Range<Int> {
        let start = end(of: quotations[index])
        guard start < tokens.count, sentences.isEmpty || sentences[sentenceOfToken[start]].paragraph == quotations[index].paragraph,
            quotations[index].content.last.map({ tokens[$0].text != "." }) ?? true || isDash(start)
        else { return start..<start }
        var limit = min(sentence(of: start).upperBound, start + Self.window)
        if index + 1 < quotations.count { limit = min(limit, max(start, quotations[index + 1].openingMark.lowerBound)) }
        return start..<max(start, limit)
    }

    /// The narrative right before a quotation, from the start of its sentence or the previous quotation's end.
    func narrative(before index: Int) -> Range<Int> {
        let end = quotations[index].openingMark.lowerBound
        var start = max(sentence(of: quotations[index].openingMark.lowerBound).lowerBound, end - Self.window)
        if index > 0 { start = max(start, min(end, self.end(of: quotations[index - 1]))) }
        return start..<end
    }

    /// Whether a verb cue that is not a participle starts at `index` (`said`, `praised`; not `saying`), lowercase
    /// but in a title-case headline (`Moss Says Bridge Will Reopen, Calls Delay 'Troubling'`).
    func startsFiniteCue(at index: Int) -> Bool {
        let cue = cueStartingAt[index]
        return cue >= 0 && cues[cue].sense.position == .verb && !cues[cue].isParticiple
            && (CueFinder.isLowercase(tokens[index].text) || mayCueCapitalized[index])
    }

    /// The cues whose first token lies in `range`, in order.
    func cues(in range: Range<Int>) -> [Cue] {
        range.compactMap { cueStartingAt[$0] >= 0 ? cues[cueStartingAt[$0]] : nil }
    }

    /// The sentence bounds to search for a cue's speaker: its sentence, clipped to `window` tokens around it.
    func searchBounds(around cue: Cue) -> Range<Int> {
        let sentence = sentence(of: cue.tokens.lowerBound)
        return max(sentence.lowerBound, cue.tokens.lowerBound - Self.window)..<min(sentence.upperBound, cue.tokens.upperBound + Self.window)
    }

    /// The speaker phrase of a cue, looked for within its sentence. A participle after a
    /// comma (`he said, adding …`) shares the speaker of the finite cue before it.
    func speaker(of cue: Cue) -> Range<Int>? {
        let index = cueStartingAt[cue.tokens.lowerBound]
        return index >= 0 && index < cueSpeakers.count ? cueSpeakers[index] : findSpeaker(of: cue)
    }

    private func findSpeaker(of cue: Cue) -> Range<Int>? {
        if cue.isParticiple, cue.sense.position == .verb, let main = mainCue(before: cue), let speaker = speaker(of: main) {
            return speaker
        }
        return phrases.speaker(of: cue, sentence: searchBounds(around: cue))
    }

    /// The verb cue that reports a stretch of narrative, with its speaker: the first speech verb
    /// with a speaker, else the first other verb (`X said he believes …` is X's report).
    func reportingCue(among cues: [Cue]) -> (cue: Cue, speaker: Range<Int>)? {
        let verbs = cues.filter { $0.sense.position == .verb }
        for cue in verbs.filter({ $0.sense.kind == .speech }) + verbs.filter({ $0.sense.kind != .speech }) {
            if let speaker = speaker(of: cue) { return (cue, speaker) }
        }
        return nil
    }

    /// For a participle right after a comma, the nearest finite verb cue before it in its sentence, a
    /// speech verb before a nearer other one (`said there was no meeting planned, adding` is `said`'s).
    /// An adjunct cue (`on social media`) is no verb: `X shared the news on social media, writing` is X's.
    func mainCue(before cue: Cue) -> Cue? {
        let start = cue.tokens.lowerBound
        // `said on "Morning Show," adding`: the comma may sit inside a closing mark.
        let comma = start > 0 && tokens[start - 1].kind == .quotationMark ? start - 2 : start - 1
        guard comma >= 0, tokens[comma].text == "," else { return nil }
        let bounds = phrases.coordinateClause(of: comma, in: searchBounds(around: cue))
        var nearest: Cue?
        for index in stride(from: comma - 1, through: bounds.lowerBound, by: -1) where cueStartingAt[index] >= 0 {
            let candidate = cues[cueStartingAt[index]]
            guard candidate.sense.position == .verb, !candidate.isParticiple, phrases.roles[index] != .preposition else { continue }
            if candidate.sense.kind == .speech { return candidate }
            if nearest == nil { nearest = candidate }
        }
        return nearest
    }

    /// The word in lowercase; most words already are, and keep their storage (lowercasing every token costs more than the rest of the stage).
    static func lowercased(_ word: String) -> String {
        word.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.contains(where: { $0 >= 0x80 || (0x41...0x5A).contains($0) }) else { return word }
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return word.lowercased() }
            // ASCII (`Salesforce`, `CBP`): one pass over the bytes instead of the Unicode case mapping.
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
                return bytes.count
            }
        } ?? word.lowercased()
    }

    /// The fewest words of four letters or more a title-case headline has.
    static let minimumTitleWords = 4

    /// Whether every word of four letters or more in a sentence is capitalized, and there are enough of them
    /// (`Ada Moss Says Harbor Bridge Will Reopen In May`).
    static func isTitleCase(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        var long = 0
        for token in tokens[sentence] where token.kind == .word && hasFourCharacters(token.text) {
            guard !CueFinder.isLowercase(token.text) else { return false }
            long += 1
        }
        return long >= minimumTitleWords
    }

    /// Whether a word has four characters or more. Printable ASCII bytes are one character each, so
    /// most words are measured without grapheme breaking, which `count` runs on every word of every sentence.
    static func hasFourCharacters(_ word: String) -> Bool {
        guard word.utf8.count >= 4 else { return false }
        return word.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { (0x20..<0x80).contains($0) } } == true || word.count >= 4
    }

    func isDash(_ index: Int) -> Bool { phrases.isDash(index) }

    /// The words (lowercased) of the document's person and organization mentions.
    func personOrOrganizationWords() -> Set<String> {
        var found: Set<String> = []
        for entity in entities where entity.type == .person || entity.type == .organization {
            for mention in entity.mentions { found.formUnion(words[mention.tokens]) }
        }
        return found
    }

    /// A sentence without its closing punctuation and surrounding quotation marks.
    func body(of sentence: Range<Int>) -> Range<Int> {
        var start = sentence.lowerBound
        var end = sentence.upperBound
        while start < end, tokens[start].kind == .punctuation || tokens[start].kind == .quotationMark { start += 1 }
        while end > start, tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .quotationMark { end -= 1 }
        return start..<end
    }

    /// `the ferry, which is old, should be sold`: a comma outside quotation marks after which a finite verb, an
    /// auxiliary or an adverb resumes the clause an aside interrupted (not a participle: `, adding …`).
    func resumesClause(afterComma index: Int) -> Bool {
        tokens[index].text == "," && quotationOfToken[index] < 0 && index + 1 < tokens.count
            && phrases.looksLikeVerbOrAdverb(index + 1) && !words[index + 1].hasSuffix("ing")
    }

    /// Whether a relative clause opening at `relative` (`who`, `which`) is an aside whose first comma within
    /// `end` closes it, after which its antecedent's clause resumes.
    func closesAside(openingAt relative: Int, before end: Int) -> Bool {
        guard relative + 1 < end - 1,
            let comma = (relative + 1..<end - 1).first(where: { tokens[$0].kind == .punctuation && tokens[$0].text == "," && quotationOfToken[$0] < 0 })
        else { return false }
        return resumesClause(afterComma: comma)
    }

    /// Word tokens of a range.
    func wordCount(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (tokens[$1].kind == .word || tokens[$1].kind == .number ? 1 : 0) }
    }
}
