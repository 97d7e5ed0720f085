/// Clubs of the same one-word name told apart by one capital letter in
/// parentheses, their town's initial (`Mladost (L)`, `Rad (B)` in league
/// tables): the letter and its parentheses belong to the organization's
/// name, as CoNLL-2003 marks them (six of six such cases in its training
/// split, all one-word names). A longer name keeps its letter apart: in news
/// it is more often a party (`Shaw & Company Research (R)`, a pollster).
enum ClubInitials {
    /// The chosen mentions, each one-word organization followed by `(`, one
    /// capital letter and `)` extended over them; a mention of the letter alone goes.
    static func extending(_ chosen: [CandidateMention], words: EntityTokens) -> [CandidateMention] {
        var extended: [Range<Int>] = []
        var result = chosen.map { mention in
            guard mention.type == .organization, mention.name.count == 1, let end = initialEnd(after: mention.name.upperBound, words: words)
            else { return mention }
            var club = mention
            club.name = mention.name.lowerBound..<end
            club.evidence = mention.evidence.lowerBound..<end
            extended.append(club.name)
            return club
        }
        guard !extended.isEmpty else { return chosen }
        result.removeAll { mention in
            extended.contains { $0 != mention.name && $0.overlaps(mention.name) }
        }
        return result
    }

    /// The end of `(`, one capital letter, `)` starting at `open`, if they are there.
    private static func initialEnd(after open: Int, words: EntityTokens) -> Int? {
        let close = open + 2
        guard close < words.tokens.count, words.tokens[open].text == "(", words.tokens[close].text == ")",
            words.isCapitalized(open + 1), words.tokens[open + 1].text.count == 1
        else { return nil }
        return close + 1
    }
}
