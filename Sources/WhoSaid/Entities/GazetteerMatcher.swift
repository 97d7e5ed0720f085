/// Finds the gazetteer's forms in a document: the longest form starting at
/// each token, and near-miss spellings of long forms.
struct GazetteerMatcher: Sendable {
    /// Largest character edit distance of the one misspelled token of a near miss.
    static let maximumTokenEditDistance = 2

    let gazetteer: Gazetteer
    let cues: NameCues
    let vocabulary: TokenVocabulary

    func matches(in words: EntityTokens) -> [CandidateMention] {
        var candidates: [CandidateMention] = []
        for sentence in words.sentences {
            let capitalsEnd = words.capitalsEnd(of: sentence)
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                // A match starts on a capitalized word; forms skip no token, so this loses nothing.
                guard words.isCapitalized(index), let match = longestMatch(at: index, in: sentence, capitalsEnd: capitalsEnd, of: words)
                else {
                    index += 1
                    continue
                }
                let isCommonWordOpeningSentence = match.end == index + 1 && words.opensSentence[index]
                    && cues.flags(of: words.ids[index]).contains(.nonName)
                if !isCommonWordOpeningSentence {
                    candidates.append(CandidateMention(
                        name: index..<match.end, type: gazetteer.entries[Int(match.value)].type, source: .lexicon,
                        entry: match.value))
                }
                index = match.end
            }
            appendNearMisses(in: sentence, of: words, to: &candidates)
        }
        return candidates
    }

    /// The longest form at `index`; in a headline or dateline stretch, forms written in capitals come first.
    private func longestMatch(at index: Int, in sentence: Range<Int>, capitalsEnd: Int, of words: EntityTokens)
        -> (end: Int, value: Int32)?
    {
        if index < capitalsEnd, let match = gazetteer.uppercaseForms.longestMatch(in: words.ids, from: index, limit: capitalsEnd) {
            return match
        }
        return gazetteer.forms.longestMatch(in: words.ids, from: index, limit: sentence.upperBound)
    }

    /// Long forms written with one non-head token slightly misspelled
    /// ("US Customers and Border Protection"): every other token exact, the
    /// misspelled one capitalized, with the same first letter and at most
    /// `maximumTokenEditDistance` character edits from the listed token.
    private func appendNearMisses(in sentence: Range<Int>, of words: EntityTokens, to candidates: inout [CandidateMention]) {
        for head in sentence {
            var best: CandidateMention?
            for form in gazetteer.longForms(endingWith: words.ids[head]) {
                let start = head + 1 - form.tokens.count
                guard start >= sentence.lowerBound, form.tokens.count > best?.name.count ?? 0,
                    let misspelled = onlyMismatch(of: form.tokens, at: start, in: words),
                    isNearMiss(words.tokens[start + misspelled].text, of: vocabulary.text(of: form.tokens[misspelled]))
                else { continue }
                best = CandidateMention(
                    name: start..<(head + 1), type: gazetteer.entries[Int(form.entry)].type, source: .lexiconNearMiss,
                    entry: form.entry)
            }
            if let best { candidates.append(best) }
        }
    }

    /// The position of the single differing token before the head, if exactly one differs.
    private func onlyMismatch(of form: [Int32], at start: Int, in words: EntityTokens) -> Int? {
        var mismatch: Int?
        for offset in 0..<(form.count - 1) where words.ids[start + offset] != form[offset] {
            guard mismatch == nil, words.isCapitalized(start + offset) else { return nil }
            mismatch = offset
        }
        return mismatch
    }

    private func isNearMiss(_ written: String, of listed: String) -> Bool {
        let writtenScalars = Array(written.unicodeScalars)
        let listedScalars = Array(listed.unicodeScalars)
        guard writtenScalars.first == listedScalars.first, min(writtenScalars.count, listedScalars.count) >= 4 else {
            return false
        }
        return EditDistance.isWithin(Self.maximumTokenEditDistance, writtenScalars, listedScalars)
    }
}
