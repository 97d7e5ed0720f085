/// Company names that hold a possessive (`Boatmen's Bancshares Inc.`,
/// `McDonald's Corp.`), which the tagger reads as two names around the `'s`.
///
/// A tagger organization, a possessive, then an organization ending with a
/// legal suffix are one name; a person or place before the `'s` owns the
/// company instead (`Britain's Barclays Plc`, `Murdoch's News Corp Ltd`), so
/// the words before it must be the tagger's organization that no lexicon or
/// rule reads as another type. The company's later short name keeps its
/// possessive (`Boatmen's was the prize`), as the company's own name does;
/// elsewhere a possessive stays out of mentions (`Trump's plan`).
struct PossessiveNames: Sendable {
    let cues: NameCues

    /// The tagger's candidates with each possessive company name joined into
    /// one (the joined parts dropped, so tagger candidates still never overlap).
    /// `others` are the lexicon's and the rules' candidates, `otherTypes` their types by span.
    func joining(
        _ tagged: [CandidateMention], others: [CandidateMention], otherTypes: [Range<Int>: EntityType],
        words: EntityTokens
    ) -> [CandidateMention] {
        var joined: [CandidateMention] = []
        // Tokens of the joined names, so overlaps cost a lookup per token, not a scan of the names.
        var joinedTokens = Set<Int>()
        // The end of the longest company name with a legal suffix starting at each token, made on the first possessive.
        var companyEnd: [Int: Int]?
        for owner in tagged where owner.type == .organization {
            let possessive = words.possessiveLength(at: owner.name.upperBound)
            guard possessive > 0, (otherTypes[owner.name] ?? .organization) == .organization else { continue }
            if companyEnd == nil { companyEnd = companyEnds(of: tagged + others, words: words) }
            guard let end = companyEnd?[owner.name.upperBound + possessive] else { continue }
            let name = owner.name.lowerBound..<end
            guard !name.contains(where: joinedTokens.contains) else { continue }
            joined.append(CandidateMention(name: name, type: .organization, source: .tagger))
            joinedTokens.formUnion(name)
        }
        guard !joined.isEmpty else { return tagged }
        return tagged.filter { candidate in !candidate.name.contains(where: joinedTokens.contains) } + joined
    }

    /// The end of the longest organization with a legal suffix starting at each token.
    private func companyEnds(of candidates: [CandidateMention], words: EntityTokens) -> [Int: Int] {
        var ends: [Int: Int] = [:]
        for candidate in candidates
        where candidate.type == .organization && cues.withoutLegalSuffix(candidate.name, ids: words.ids) != nil {
            ends[candidate.name.lowerBound] = max(ends[candidate.name.lowerBound] ?? 0, candidate.name.upperBound)
        }
        return ends
    }

    /// The chosen mentions, each organization named by the words before the
    /// possessive of a company's full name (`Boatmen` of `Boatmen's Bancshares
    /// Inc.`, a name ending with a legal suffix) extended over the possessive
    /// that follows it. Other names with a possessive inside (`HP's board`,
    /// `Yanukovych's party`: the tagger's reading of news text) make no short name.
    func keepingPossessives(_ chosen: [CandidateMention], words: EntityTokens) -> [CandidateMention] {
        var shortNames = Set<[String]>()
        for mention in chosen where mention.type == .organization {
            guard let possessive = mention.name.dropFirst().first(where: { words.possessiveLength(at: $0) > 0 }),
                possessive + words.possessiveLength(at: possessive) < mention.name.upperBound,
                cues.withoutLegalSuffix(mention.name, ids: words.ids) != nil
            else { continue }
            shortNames.insert(words.tokens[mention.name.lowerBound..<possessive].map(\.text))
        }
        guard !shortNames.isEmpty else { return chosen }
        return chosen.map { mention in
            let possessive = words.possessiveLength(at: mention.name.upperBound)
            guard possessive > 0, mention.type == .organization, shortNames.contains(words.tokens[mention.name].map(\.text))
            else { return mention }
            var kept = mention
            kept.name = mention.name.lowerBound..<mention.name.upperBound + possessive
            kept.evidence = mention.evidence.lowerBound..<kept.name.upperBound
            return kept
        }
    }
}
