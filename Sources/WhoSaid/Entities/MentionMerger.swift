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
///    Council`), the head word outweighs it. A rule's reading that cuts
///    through a tagger mention (`West [Bank and Gaza]`), or only adds words
///    the tagger left out before its mention of the same type
///    (`Boston-based [Reagan Communications]`), gives way to the tagger.
///    Before all this, a tagger mention ending with a rule's title and name
///    is cut before the title (`separatingTitledPeople`).
/// 3. Then the earlier candidate.
/// A candidate overlapping one already chosen is dropped.
enum MentionMerger {
    /// The chosen candidates, in text order.
    static func resolve(_ candidates: [CandidateMention], tokenCount: Int) -> [CandidateMention] {
        let candidates = separatingTitledPeople(candidates)
        var taggerTypes: [Range<Int>: EntityType] = [:]
        taggerTypes.reserveCapacity(candidates.count)
        for candidate in candidates where candidate.source == .tagger { taggerTypes[candidate.name] = candidate.type }
        // Rules name places and organizations only by a head word (`Road`, `Council`).
        var headRuleSpans = Set<Range<Int>>()
        for candidate in candidates where candidate.source == .rule && candidate.type != .person {
            headRuleSpans.insert(candidate.name)
        }
        // The tagger's mentions never overlap: each token has at most one.
        var taggerMentionAt = [(tokens: Range<Int>, type: EntityType)?](repeating: nil, count: tokenCount)
        for (tokens, type) in taggerTypes {
            for index in tokens { taggerMentionAt[index] = (tokens, type) }
        }
        let plausible = candidates.filter { candidate in
            if candidate.source == .tagger, candidate.type == .person { return !headRuleSpans.contains(candidate.name) }
            if candidate.source == .rule { return !overruled(candidate, taggerMentionAt: taggerMentionAt) }
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

    /// A tagger mention that ends with a rule's title and personal name
    /// (`[Federal Reserve Governor Lawrence Lindsey]`) keeps only what comes
    /// before the title (`[Federal Reserve] Governor [Lawrence Lindsey]`), or
    /// nothing: the title marks where a person's name begins.
    private static func separatingTitledPeople(_ candidates: [CandidateMention]) -> [CandidateMention] {
        // By where each name ends, so every tagger mention looks up only the people ending with it.
        let titledPeopleByEnd = Dictionary(
            grouping: candidates.filter { $0.source == .rule && $0.evidence.lowerBound < $0.name.lowerBound },
            by: \.name.upperBound)
        guard !titledPeopleByEnd.isEmpty else { return candidates }
        return candidates.compactMap { candidate in
            guard candidate.source == .tagger,
                let person = titledPeopleByEnd[candidate.name.upperBound]?.first(where: { candidate.name.lowerBound <= $0.evidence.lowerBound })
            else { return candidate }
            guard candidate.name.lowerBound < person.evidence.lowerBound else { return nil }
            var before = candidate
            before.name = candidate.name.lowerBound..<person.evidence.lowerBound
            before.evidence = before.name
            return before
        }
    }

    /// Whether a tagger mention outweighs the rule's `candidate`: the rule
    /// cuts through it, or extends it leftwards over words no tagger mention holds.
    private static func overruled(
        _ candidate: CandidateMention, taggerMentionAt: [(tokens: Range<Int>, type: EntityType)?]
    ) -> Bool {
        let rule = candidate.name
        for index in rule {
            guard let tagged = taggerMentionAt[index], index == rule.lowerBound || index == tagged.tokens.lowerBound
            else { continue }
            let nested = rule.clamped(to: tagged.tokens) == rule || tagged.tokens.clamped(to: rule) == tagged.tokens
            if !nested { return true }
            if tagged.type == candidate.type, tagged.tokens.upperBound == rule.upperBound,
                rule.lowerBound < tagged.tokens.lowerBound,
                (rule.lowerBound..<tagged.tokens.lowerBound).allSatisfy({ taggerMentionAt[$0] == nil })
            {
                return true
            }
        }
        return false
    }
}
