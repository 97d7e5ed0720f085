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
///    One exception: where the tagger reads exactly the span of a lexicon match
///    as another type, the context says this is not the listed thing (the
///    football club `Leeds`, not the city), so the tagger's reading stands.
///    And where the tagger reads as a person exactly the span the rules read
///    as a place or organization by its head word (`Foster Road`, `Lents
///    Council`), the head word outweighs it.
/// 3. Then the earlier candidate.
/// A candidate overlapping one already chosen is dropped.
enum MentionMerger {
    /// The chosen candidates, in text order.
    static func resolve(_ candidates: [CandidateMention], tokenCount: Int) -> [CandidateMention] {
        var taggerTypes: [Range<Int>: EntityType] = [:]
        for candidate in candidates where candidate.source == .tagger { taggerTypes[candidate.name] = candidate.type }
        // Rules name places and organizations only by a head word (`Road`, `Council`).
        var headRuleSpans = Set<Range<Int>>()
        for candidate in candidates where candidate.source == .rule && candidate.type != .person {
            headRuleSpans.insert(candidate.name)
        }
        let plausible = candidates.filter { candidate in
            if candidate.source == .tagger, candidate.type == .person { return !headRuleSpans.contains(candidate.name) }
            guard candidate.source == .lexicon || candidate.source == .lexiconNearMiss,
                let taggerType = taggerTypes[candidate.name] else { return true }
            return taggerType == candidate.type
        }
        let ranked = plausible.sorted { a, b in
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
