/// Links a document's chosen mentions into one entity per real-world thing.
///
/// Rules, in the order they are tried for each mention (in text order):
/// 1. lexicon matches of one gazetteer entry are one entity, whatever alias
///    or near-miss spelling they use (`U.S. Customs and Border Protection`, `CBP`);
/// 2. an acronym defined in the text (`Foo Bar Baz (FBB)`) is the entity it follows;
/// 3. persons: a full name links to earlier mentions with the same first and
///    last name; a one-word name (`Benioff`, `Clinton`) links to the person
///    with that surname or first name whose full name was mentioned most
///    recently (respecting a title's gender: `Mrs. Clinton`); before any full
///    name it links forward only when exactly one person fits, else it stays
///    an entity of its own;
/// 4. other names link by identical text and type; an organization named with
///    a legal suffix (`Acme Corp.`) also owns the name without it (`Acme`),
///    which the tagger's other readings of that name (`Acme` as a person,
///    anywhere in the document) do not outweigh.
/// Before linking, later bare surnames, first names, defined acronyms and
/// repeated names that no source marked are added as mentions (short forms).
/// A possessive `'s` is a token of its own and no part of a mention, except in a
/// company's name that holds one (`PossessiveNames`).
struct EntityLinker: Sendable {
    let gazetteer: Gazetteer
    let cues: NameCues

    func entities(from chosen: [CandidateMention], in document: Document, words: EntityTokens) -> [Entity] {
        var linking = Linking(words: words, cues: cues, gazetteer: gazetteer)
        let mentions = ShortForms(chosen: chosen, words: words, cues: cues).addingOccurrences(to: chosen)
        let companies = Set(mentions.lazy.filter { $0.type == .organization }.compactMap { mention in
            cues.withoutLegalSuffix(mention.name, ids: words.ids).map { Array(words.ids[$0]) }
        })
        for var mention in mentions {
            if mention.source == .tagger, !companies.isEmpty, companies.contains(Array(words.ids[mention.name])) {
                mention.type = .organization
            }
            linking.assign(mention)
        }
        linking.assignDeferredPersons()
        return linking.entities(in: document)
    }
}

/// The linking state of one document.
private struct Linking {
    struct Cluster {
        var mentions: [CandidateMention] = []
        var entry: Int32?
        /// For a person known by a full name: its first and last words, and where the full name last appeared.
        var firstName: String?
        var surname: String?
        var lastFullName = -1
    }

    let words: EntityTokens
    let cues: NameCues
    let gazetteer: Gazetteer
    var clusters: [Cluster] = []
    var byEntry: [Int32: Int] = [:]
    var byAcronym: [String: Int] = [:]
    var byFullName: [String: Int] = [:]
    var byText: [String: Int] = [:]
    var deferredPersons: [CandidateMention] = []
    /// Person clusters by the first name and the surname of their full names, so a
    /// bare name finds its candidates without scanning every cluster.
    var byNameWord: [String: [Int]] = [:]

    init(words: EntityTokens, cues: NameCues, gazetteer: Gazetteer) {
        self.words = words
        self.cues = cues
        self.gazetteer = gazetteer
    }

    mutating func assign(_ mention: CandidateMention) {
        let texts = words.tokens[mention.name].map(\.text)
        let cluster: Int?
        if let entry = mention.entry {
            cluster = add(mention, to: byEntry[entry])
            byEntry[entry] = cluster
        } else if texts.count == 1, let defined = byAcronym[texts[0]] {
            cluster = add(mention, to: defined)
        } else if mention.type == .person {
            cluster = assignPerson(mention, texts: texts)
        } else if texts.count == 1, mention.source == .tagger,
            let person = mostRecentPerson(named: texts[0], gender: nil, before: mention.name.lowerBound)
        {
            // "Trump's own party": a known person's surname, whatever type the tagger gave it.
            cluster = add(mention, to: person)
        } else {
            let key = Self.textKey(mention.type, texts)
            cluster = add(mention, to: byText[key])
            byText[key] = cluster
            if mention.type == .organization, let stripped = cues.withoutLegalSuffix(mention.name, ids: words.ids) {
                let strippedKey = Self.textKey(.organization, words.tokens[stripped].map(\.text))
                if byText[strippedKey] == nil { byText[strippedKey] = cluster }
            }
        }
        if mention.type != .person, let cluster, let acronym = words.definedAcronym(after: mention.name) {
            let text = words.tokens[acronym].text
            if byAcronym[text] == nil { byAcronym[text] = cluster }
        }
    }

    /// Adds the mention to `cluster`, or to a new cluster; returns the cluster.
    private mutating func add(_ mention: CandidateMention, to cluster: Int?) -> Int {
        if let cluster {
            clusters[cluster].mentions.append(mention)
            return cluster
        }
        clusters.append(Cluster(mentions: [mention], entry: mention.entry))
        return clusters.count - 1
    }

    /// The person cluster the mention joins, or nil when it waits for the end of the document.
    private mutating func assignPerson(_ mention: CandidateMention, texts: [String]) -> Int? {
        if texts.count >= 2, let first = texts.first, let last = texts.last {
            let key = first + " " + last
            let cluster = add(mention, to: byFullName[key])
            byFullName[key] = cluster
            if clusters[cluster].surname == nil {
                byNameWord[first, default: []].append(cluster)
                if last != first { byNameWord[last, default: []].append(cluster) }
            }
            clusters[cluster].firstName = first
            clusters[cluster].surname = last
            clusters[cluster].lastFullName = mention.name.lowerBound
            return cluster
        }
        guard let recent = mostRecentPerson(named: texts[0], gender: mention.titleGender, before: mention.name.lowerBound)
        else {
            deferredPersons.append(mention)
            return nil
        }
        clusters[recent].mentions.append(mention)
        return recent
    }

    /// The person whose full name with this surname or first name was mentioned last before `position`.
    private func mostRecentPerson(named word: String, gender: Gender?, before position: Int) -> Int? {
        persons(named: word, gender: gender).filter { clusters[$0].lastFullName < position }
            .max { clusters[$0].lastFullName < clusters[$1].lastFullName }
    }

    /// Persons with a full name whose surname or first name is `word`, of a compatible gender.
    private func persons(named word: String, gender: Gender?) -> [Int] {
        (byNameWord[word] ?? []).filter { index in
            let cluster = clusters[index]
            guard cluster.surname == word || cluster.firstName == word else { return false }
            guard let gender, let known = self.gender(of: cluster) else { return true }
            return gender == known
        }
    }

    /// One-word names met before any full name: linked when exactly one person fits.
    mutating func assignDeferredPersons() {
        for mention in deferredPersons {
            let word = words.tokens[mention.name.lowerBound].text
            let fitting = persons(named: word, gender: mention.titleGender)
            if fitting.count == 1 {
                clusters[fitting[0]].mentions.append(mention)
            } else {
                let key = Self.textKey(.person, [word])
                byText[key] = add(mention, to: byText[key])
            }
        }
    }

    private static func textKey(_ type: EntityType, _ texts: [String]) -> String {
        type.rawValue + "\t" + texts.joined(separator: " ")
    }

    func gender(of cluster: Cluster) -> Gender? {
        if let byTitle = cluster.mentions.lazy.compactMap(\.titleGender).first { return byTitle }
        return cluster.mentions.lazy.filter { $0.type == .person && $0.name.count >= 2 }
            .compactMap { cues.firstNameGender(of: words.ids[$0.name.lowerBound]) }.first
    }

    func entities(in document: Document) -> [Entity] {
        let ordered = clusters.map { cluster in
            (cluster, cluster.mentions.sorted { $0.name.lowerBound < $1.name.lowerBound })
        }.sorted { $0.1[0].name.lowerBound < $1.1[0].name.lowerBound }
        return ordered.enumerated().map { offset, item in
            let (cluster, mentions) = item
            let longest = mentions.max { $0.name.count < $1.name.count }!
            let entry = cluster.entry.map { gazetteer.entries[Int($0)] }
            let type = entry?.type ?? longest.type
            return Entity(
                id: "e\(offset + 1)",
                name: entry?.canonical ?? text(of: longest.name, in: document).text,
                type: type,
                mentions: mentions.map { mention in
                    let located = text(of: mention.name, in: document)
                    return Mention(span: located.span, text: located.text, tokens: mention.name)
                },
                gender: type == .person ? gender(of: cluster) : nil)
        }
    }

    private func text(of tokens: Range<Int>, in document: Document) -> (span: Span, text: String) {
        let span = Span(start: words.tokens[tokens.lowerBound].span.start, end: words.tokens[tokens.upperBound - 1].span.end)
        return (span, document.text[span])
    }
}
