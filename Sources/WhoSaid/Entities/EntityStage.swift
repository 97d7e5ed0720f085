/// Finds PERSON, ORG, LOC and MISC mentions and links them into one entity
/// per real-world thing (`document.entities`).
///
/// Mentions come from three sources, merged by `MentionMerger`: the
/// gazetteer (entity lexicons, exact and near-miss spellings), the learned
/// tagger's raw mentions when a `ner` stage ran before this one (they arrive
/// in `document.entities` and are replaced), and the `NameFinder` rules.
/// `EntityLinker` then groups them. Works with or without the tagger.
public struct EntityStage: Stage {
    public static let name = "entities"
    public static let requires: Set<Layer> = [.tokens, .sentences]
    public static let provides: Set<Layer> = [.entities]

    private let vocabulary: TokenVocabulary
    private let matcher: GazetteerMatcher
    private let nameFinder: NameFinder?
    private let cues: NameCues
    private let linker: EntityLinker
    private let possessiveNames: PossessiveNames

    public init(options: inout StageOptions) throws(WhoSaidError) {
        try self.init(
            gazetteer: try options.lexicons(
                "gazetteer", default: "entities/organizations.tsv, entities/places.tsv, entities/nationalities.tsv"),
            cues: NameCues.Files(
                firstNames: try options.lexicon("first-names", default: "people/first-names.tsv"),
                surnames: try options.lexicon("surnames", default: "people/surnames.txt"),
                titles: try options.lexicon("titles", default: "people/titles.tsv"),
                organizationWords: try options.lexicon("organization-words", default: "entities/org-words.tsv"),
                nonNames: try options.lexicon("non-names", default: "entities/non-names.txt"),
                connectors: try options.lexicon("name-connectors", default: "entities/name-connectors.tsv")),
            rules: try options.bool("rules", default: true),
            resources: options.resources)
    }

    /// The stage from lexicon files already read; `resources` supplies the tokenizer's abbreviations.
    init(gazetteer gazetteerFiles: [LexiconFile], cues cueFiles: NameCues.Files, rules: Bool, resources: ResourceStore)
        throws(WhoSaidError)
    {
        let tokenizer = try LexiconTokenizer(resources: resources)
        var vocabulary = TokenVocabulary()
        let gazetteer = try Gazetteer(files: gazetteerFiles, vocabulary: &vocabulary, tokenizer: tokenizer)
        let cues = try NameCues(cueFiles, vocabulary: &vocabulary, tokenizer: tokenizer)
        self.vocabulary = vocabulary
        matcher = GazetteerMatcher(gazetteer: gazetteer, cues: cues, vocabulary: vocabulary)
        nameFinder = rules ? NameFinder(cues: cues, gazetteer: gazetteer) : nil
        self.cues = cues
        linker = EntityLinker(gazetteer: gazetteer, cues: cues)
        possessiveNames = PossessiveNames(cues: cues)
    }

    public func process(_ document: inout Document) throws(WhoSaidError) {
        let words = EntityTokens(document, vocabulary: vocabulary)
        let listed = matcher.matches(in: words)
        let found = nameFinder?.names(in: words) ?? []
        let others = found + listed
        var otherNames: [Range<Int>: EntityType] = [:]
        otherNames.reserveCapacity(others.count)
        for candidate in others { otherNames[candidate.name] = candidate.type }
        var tagged: [CandidateMention] = []
        for mention in Self.taggerMentions(in: document) {
            tagged += splitBeforeName(mention, otherNames: otherNames, words: words)
        }
        let candidates = listed + found + possessiveNames.joining(tagged, others: others, otherTypes: otherNames, words: words)
        let merged = MentionMerger.resolve(candidates, tokenCount: words.tokens.count)
        let chosen = ClubInitials.extending(possessiveNames.keepingPossessives(merged, words: words), words: words)
        document.entities = linker.entities(from: chosen, in: document, words: words)
    }

    /// The tagger's mentions, without a trailing possessive `'s`. An
    /// attributive compound opening a longer mention is a name of its own
    /// (`[Bergamo-based] [Atalanta]`, the compound MISC as in CoNLL-2003).
    static func taggerMentions(in document: Document) -> [CandidateMention] {
        var candidates: [CandidateMention] = []
        for entity in document.entities {
            for mention in entity.mentions
            where mention.tokens.lowerBound >= 0 && mention.tokens.upperBound <= document.tokens.count {
                var name = mention.tokens
                while let last = name.last, name.count > 1, isPossessive(document.tokens[last].text) { name = name.dropLast() }
                guard let first = name.first else { continue }
                if name.count > 1, EntityTokens.isAttributiveCompound(document.tokens[first].text) {
                    candidates.append(CandidateMention(name: first..<first + 1, type: .miscellaneous, source: .tagger))
                    name = name.dropFirst()
                }
                candidates.append(CandidateMention(name: name, type: entity.type, source: .tagger))
            }
        }
        return candidates
    }

    /// A tagger mention `A of B` or `A and B` whose `B` the lexicons or the
    /// rules name and whose `A` does not end with a head word taking it
    /// (`Bank of England`, `Republic of Ireland` stay whole, as does a mention the
    /// lexicons list whole) names two things: `[Benetton] of [Italy]`,
    /// `[KeyCorp] and [Banc One Corp.]`.
    private func splitBeforeName(
        _ mention: CandidateMention, otherNames: [Range<Int>: EntityType], words: EntityTokens
    ) -> [CandidateMention] {
        let name = mention.name
        guard name.count >= 3, otherNames[name] == nil,
            let other = (name.lowerBound + 2..<name.upperBound).lazy.map({ $0..<name.upperBound })
                .first(where: { otherNames[$0] != nil }),
            case let connector = other.lowerBound - 1,
            cues.flags(of: words.ids[connector]).contains(.afterHeadConnector), words.isCapitalized(connector - 1)
        else { return [mention] }
        switch cues.organizationWords.value(of: words.ids[connector - 1]) {
        case .head?, .placeHead?: return [mention]
        case .suffix?, nil: break
        }
        var before = mention
        before.name = name.lowerBound..<connector
        before.evidence = before.name
        return [before, CandidateMention(name: other, type: otherNames[other]!, source: .tagger)]
    }

    private static func isPossessive(_ token: String) -> Bool {
        token == "'s" || token == "\u{2019}s" || token == "'" || token == "\u{2019}"
    }
}
