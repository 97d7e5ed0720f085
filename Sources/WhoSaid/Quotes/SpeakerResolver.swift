/// Links a speaker's local mention to a document entity: the entity with a
/// mention overlapping it (`Benioff`), or for a pronoun (`he`, `they`) or a
/// nominal (`the company`, `the senator`) the nearest compatible entity
/// mentioned before it. Gender comes from the entity's first name or the title
/// before a mention. Returns nil when the document has no fitting entity, so an
/// unknown stays unknown.
struct SpeakerResolver: Sendable {
    private struct IndexedMention {
        var span: Span
        var entity: Int
    }

    private let entities: [Entity]
    /// All mentions, by start offset.
    private let mentions: [IndexedMention]
    /// Each entity's gender once asked (`.some(nil)`: asked, none known); empty until a pronoun or nominal needs one.
    private var genders: [Gender??] = []
    /// Each entity's lowercased titles (`mayor` from `Mayor Ada Moss`) once asked; empty until a nominal needs them.
    private var titles: [Set<String>?] = []
    private let tokens: [Token]
    private let lexicon: SpeakerLexicon
    /// How many earlier mentions a pronoun or nominal may reach back over.
    static let searchDepth = 60
    /// How far before a relative pronoun its antecedent's mention may end, in characters
    /// (`Hugh Hill, the chief executive of Acme Corp., who said`).
    static let antecedentDistance = 120

    init(document: Document, lexicon: SpeakerLexicon) {
        self.lexicon = lexicon
        entities = document.entities
        var mentions: [IndexedMention] = []
        mentions.reserveCapacity(document.entities.reduce(0) { $0 + $1.mentions.count })
        for (index, entity) in document.entities.enumerated() {
            for mention in entity.mentions { mentions.append(IndexedMention(span: mention.span, entity: index)) }
        }
        self.mentions = mentions.sorted { $0.span < $1.span }
        tokens = document.tokens
    }

    /// The gender an entity's title or first name implies, computed on the first pronoun or nominal that asks.
    private mutating func gender(of index: Int) -> Gender? {
        if genders.isEmpty { genders = [Gender??](repeating: nil, count: entities.count) }
        if let known = genders[index] { return known }
        let gender = Self.gender(of: entities[index], tokens: tokens, lexicon: lexicon)
        genders[index] = .some(gender)
        return gender
    }

    private static func gender(of entity: Entity, tokens: [Token], lexicon: SpeakerLexicon) -> Gender? {
        guard entity.type == .person else { return nil }
        if let gender = entity.gender { return gender }  // the entity stage's, when it told one
        for mention in entity.mentions {
            let before = mention.tokens.lowerBound - 1
            if before >= 0, let gender = lexicon.gender(ofNameWord: tokens[before].text) { return gender }
        }
        return entity.name.split(separator: " ").lazy.compactMap { lexicon.gender(ofNameWord: String($0)) }.first
    }

    /// The entity id for a speaker mention whose tokens are `words` (lowercased) at `span`.
    mutating func entity(for span: Span, words: ArraySlice<String>) -> String? {
        guard !mentions.isEmpty else { return nil }
        let following = firstMention(startingAtOrAfter: span.end)
        // Mentions never nest deeply: the overlapping one starts within a few entries before `span.end`.
        for position in stride(from: following - 1, through: max(0, following - 8), by: -1)
        where mentions[position].span.overlaps(span) {
            return entities[mentions[position].entity].id
        }
        guard let head = words.last else { return nil }
        if words.count == 1, lexicon.role(of: head) == .relative {
            // `Sanders, who said`: the antecedent is the entity mentioned just before.
            return nearest(before: span.start, within: Self.antecedentDistance) { entity, _ in
                head == "who" ? entity.type == .person : entity.type != .person
            }
        }
        if words.count == 1, let pronoun = lexicon.pronoun(head), pronoun.person == 3 {
            return nearest(before: span.start) { entity, gender in
                if pronoun.plural { return entity.type == .organization || entity.type == .miscellaneous }
                if pronoun.gender == nil { return entity.type == .organization }
                return entity.type == .person && (gender == nil || gender == pronoun.gender)
            }
        }
        if let nominal = lexicon.nominal(head), nominal.type != nil, words.count <= 3 {
            // `Mayor Ada Moss met Omar Haddad. The mayor said`: a person once titled with the head comes first (not
            // for `a host`, which introduces someone).
            if nominal.type == .person, words.first == "the", let titled = nearestTitled(head, before: span.start) { return titled }
            return nearest(before: span.start) { entity, gender in
                entity.type == nominal.type && (nominal.gender == nil || gender == nil || gender == nominal.gender)
            }
        }
        return nil
    }

    /// The nearest person mentioned before `offset` with `title` right before one of its mentions.
    private mutating func nearestTitled(_ title: String, before offset: Int) -> String? {
        let end = firstMention(startingAtOrAfter: offset)
        for position in stride(from: end - 1, through: max(0, end - Self.searchDepth), by: -1) {
            let index = mentions[position].entity
            if entities[index].type == .person, titles(of: index).contains(title) { return entities[index].id }
        }
        return nil
    }

    /// The lowercased words, without a final period, right before an entity's mentions (`mayor`, `sen`).
    private mutating func titles(of index: Int) -> Set<String> {
        if titles.isEmpty { titles = [Set<String>?](repeating: nil, count: entities.count) }
        if let known = titles[index] { return known }
        var found: Set<String> = []
        for mention in entities[index].mentions where mention.tokens.lowerBound > 0 {
            let word = tokens[mention.tokens.lowerBound - 1].text.lowercased()
            found.insert(word.hasSuffix(".") ? String(word.dropLast()) : word)
        }
        titles[index] = found
        return found
    }

    private mutating func nearest(before offset: Int, within distance: Int = .max, where fits: (Entity, Gender?) -> Bool) -> String? {
        let end = firstMention(startingAtOrAfter: offset)
        for position in stride(from: end - 1, through: max(0, end - Self.searchDepth), by: -1) {
            if offset - mentions[position].span.end > distance { break }
            let index = mentions[position].entity
            if fits(entities[index], gender(of: index)) { return entities[index].id }
        }
        return nil
    }

    /// Binary search: the index of the first mention starting at or after `offset`.
    private func firstMention(startingAtOrAfter offset: Int) -> Int {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
