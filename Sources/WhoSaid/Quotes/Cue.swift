/// A speech cue found in the narrative (outside every quotation): `said`, `according to`.
struct Cue: Hashable, Sendable {
    var tokens: Range<Int>
    var sense: CueSense

    /// A participle (`saying`, `urging`) has no subject of its own: it shares the clause's.
    var isParticiple: Bool
}

/// Finds cues in a document's narrative text: speech verbs and phrases from
/// the lexicon, never inside a quotation (a verb inside a quotation is part of
/// what was said, not the cue of it), never a capitalized word (`the Washington
/// Post`, `United States`) unless it opens the sentence, and never a noun after a
/// determiner (`the report`, `his claims`).
struct CueFinder: Sendable {
    let lexicon: CueLexicon
    let speakers: SpeakerLexicon
    let classes: TokenClasses

    init(lexicon: CueLexicon, speakers: SpeakerLexicon, breaks: ClauseBreaks) {
        self.lexicon = lexicon
        self.speakers = speakers
        classes = TokenClasses(cues: lexicon, speakers: speakers, breaks: breaks)
    }

    func cues(in tokens: [Token], words: [String], cueIds: [Int32], roles: [SpeakerLexicon.ContextRole?],
              insideQuotation: [Bool], mayCueCapitalized: [Bool], sentenceOfToken: [Int]) -> [Cue] {
        var cues: [Cue] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard !insideQuotation[index], tokens[index].kind == .word,
                Self.isLowercase(tokens[index].text) || mayCueCapitalized[index],
                let (length, sense) = lexicon.longestCue(in: cueIds, at: index)
            else { continue }
            let end = index + length
            // A phrase never spans a sentence or paragraph break (`pointed` ⏎ `out`).
            guard !insideQuotation[index..<end].contains(true), sentenceOfToken[index] == sentenceOfToken[end - 1] else { continue }
            if sense.position == .verb, index > 0,
                roles[index - 1] == .determiner && !isVerbAfterQuantifier(index, words: words, tokens: tokens, roles: roles)
                    || isPossessive(index - 1, words: words)
            {
                continue
            }
            if sense.position == .verb, isNoun(at: index, lemma: sense.lemma, words: words, tokens: tokens)
                || lexicon.isNounBeforeFiniteCue(at: index, words: words, ids: cueIds)
            {
                continue
            }
            cues.append(Cue(tokens: index..<end, sense: sense, isParticiple: words[index].hasSuffix("ing")))
            index = end - 1
        }
        return cues
    }

    /// `the mayor's report`: a word after a possessive `'s` is a noun; after a subject pronoun the `'s` is `is` or
    /// `has` (`she's hoping`, `he's said`), since `he` and `she` take no possessive `'s`.
    private func isPossessive(_ index: Int, words: [String]) -> Bool {
        guard words[index] == "'s" || words[index] == "\u{2019}s" else { return false }
        return index == 0 || speakers.pronoun(words[index - 1])?.case != .subject
    }

    /// `Some say`, `but many worried`: after a quantifier opening a clause a form without `-s` is a verb, since a
    /// noun after it would be plural (`some claims`). Not after a subject (`they both denounced`), an
    /// article (`the most telling`) or a dash opening an aside (`an ambitious - some say reckless - plan`).
    private func isVerbAfterQuantifier(_ index: Int, words: [String], tokens: [Token], roles: [SpeakerLexicon.ContextRole?]) -> Bool {
        let quantifier = index - 1
        guard speakers.isQuantifier(words[quantifier]), !words[index].hasSuffix("s") else { return false }
        let before = quantifier - 1
        return before < 0 || tokens[before].kind != .word && !SpeakerPhraseFinder.isDash(tokens[before].text)
            || roles[before] == .boundary || roles[before] == .relative
    }

    /// `a Twitter comment`, `a snappy retort`: a verb's base form shortly after `a` or `an` is a noun,
    /// since a singular subject would take `comments` or `commented`.
    private func isNoun(at index: Int, lemma: String, words: [String], tokens: [Token]) -> Bool {
        guard words[index] == lemma else { return false }
        for before in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            guard tokens[before].kind == .word else { return false }
            if words[before] == "a" || words[before] == "an" { return true }
        }
        return false
    }

    static func isLowercase(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return (0x61...0x7A).contains(first) }  // ASCII fast path: most words
        return word.unicodeScalars.first?.properties.isLowercase ?? false
    }
}

/// What the quote stage's lexicons say about each word, looked up with one
/// hash per document token: its cue-word id (`CueLexicon`), its role around a
/// speaker (`speaker-context.tsv`) and whether a clause break may start with it
/// (`ClauseBreaks`). The sieves then read arrays.
struct TokenClasses: Sendable {
    private struct Entry: Sendable {
        var cueId: Int32 = CueLexicon.unknown
        var role: SpeakerLexicon.ContextRole?
        var startsBreak = false
    }

    private let table: WordTable<Entry>

    init(cues: CueLexicon, speakers: SpeakerLexicon, breaks: ClauseBreaks) {
        var entries: [String: Entry] = [:]
        for (word, id) in cues.wordIds { entries[word, default: Entry()].cueId = id }
        for (word, role) in speakers.contextRoleWords { entries[word, default: Entry()].role = role }
        for word in breaks.firstWords { entries[word, default: Entry()].startsBreak = true }
        table = WordTable(entries.map { ($0.key, $0.value) })
        allStartWithLetters = entries.keys.allSatisfy { $0.utf8.first.map(Self.isLowercaseLetter) == true }
    }

    /// Whether every entry starts with `a`–`z`, as the shipped lexicons' do: then punctuation and numbers,
    /// a sixth of the tokens, skip the hash.
    private let allStartWithLetters: Bool

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }

    /// The cue-word id, context role and break start of every lowercased token text.
    func classify(_ words: [String]) -> (cueIds: [Int32], roles: [SpeakerLexicon.ContextRole?], startsBreak: [Bool]) {
        var cueIds = [Int32](repeating: CueLexicon.unknown, count: words.count)
        var roles = [SpeakerLexicon.ContextRole?](repeating: nil, count: words.count)
        var startsBreak = [Bool](repeating: false, count: words.count)
        for (index, word) in words.enumerated() where !allStartWithLetters || word.utf8.first.map(Self.isLowercaseLetter) == true {
            guard let entry = table[word] else { continue }
            cueIds[index] = entry.cueId
            roles[index] = entry.role
            startsBreak[index] = entry.startsBreak
        }
        return (cueIds, roles, startsBreak)
    }
}
