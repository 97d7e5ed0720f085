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

    func cues(in tokens: [Token], words: [String], insideQuotation: [Bool], opensSentence: [Bool]) -> [Cue] {
        var cues: [Cue] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard !insideQuotation[index], tokens[index].kind == .word,
                Self.isLowercase(tokens[index].text) || opensSentence[index],
                let (length, sense) = lexicon.longestCue(in: words, at: index)
            else { continue }
            let end = index + length
            guard !insideQuotation[index..<end].contains(true) else { continue }
            if sense.position == .verb, index > 0,
                speakers.role(of: words[index - 1]) == .determiner || words[index - 1] == "'s" || words[index - 1] == "\u{2019}s"
            {
                continue
            }
            cues.append(Cue(tokens: index..<end, sense: sense, isParticiple: words[index].hasSuffix("ing")))
            index = end - 1
        }
        return cues
    }

    static func isLowercase(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return (0x61...0x7A).contains(first) }  // ASCII fast path: most words
        return word.unicodeScalars.first?.properties.isLowercase ?? false
    }
}
