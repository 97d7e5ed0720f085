/// Chooses one reading where candidate mentions overlap.
///
/// Precedence, applied greedily:
/// 1. The candidate with the longest evidence wins (a title counts as
///    evidence for the name after it): `US Customs and Border Protection`
///    beats `US`, `Bay Area News Group` beats `Bay Area`, `Sen. Warren` beats
///    the place `Warren`.
/// 2. On equal length: lexicon, then near-miss lexicon spelling, then the
///    tagger, then the rules. A lexicon entry thus fixes the name and type of
///    what it lists, while the tagger and the rules add names no lexicon holds.
/// 3. Then the earlier candidate.
/// A candidate overlapping one already chosen is dropped.
enum MentionMerger {
    /// The chosen candidates, in text order.
    static func resolve(_ candidates: [CandidateMention], tokenCount: Int) -> [CandidateMention] {
        let ranked = candidates.sorted { a, b in
            if a.evidence.count != b.evidence.count { return a.evidence.count > b.evidence.count }
            if a.source != b.source { return a.source < b.source }
            return a.evidence.lowerBound < b.evidence.lowerBound
        }
        var taken = [Bool](repeating: false, count: tokenCount)
        var chosen: [CandidateMention] = []
        for candidate in ranked where !candidate.evidence.contains(where: { taken[$0] }) {
            for index in candidate.evidence { taken[index] = true }
            chosen.append(candidate)
        }
        return chosen.sorted { $0.name.lowerBound < $1.name.lowerBound }
    }
}
