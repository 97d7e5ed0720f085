extension Gender {
    /// The lexicons' gender column: `m` or `f`; anything else (`-`, `u`) tells nothing.
    init?(code: String) {
        switch code {
        case "m": self = .male
        case "f": self = .female
        default: return nil
        }
    }
}

/// The words that describe speakers: pronouns, nominal heads (`the company`),
/// titles (`Sen.`, `spokeswoman`), first names (for gender), and the function
/// words around a cue (`speaker-context.tsv`).
public struct SpeakerLexicon: Sendable {
    public struct Pronoun: Sendable {
        /// Grammatical case; `any` for forms that serve as several (`her`, `it`, `you`).
        public enum Case: String, Sendable {
            case subject, object, possessive, reflexive, any
        }

        public var gender: Gender?
        public var plural: Bool
        public var person: Int
        public var `case`: Case

        /// `him`, `them`, `herself`: a form that never names who speaks.
        var cannotBeSubject: Bool { self.case == .object || self.case == .reflexive }
    }

    public struct Nominal: Sendable {
        /// The type of entity the phrase refers back to; nil for a head that names someone other than the
        /// entities around it (`her rival`, `one critic`): a speaker linked to no entity.
        public var type: EntityType?
        public var gender: Gender?
    }

    public enum ContextRole: String, Sendable, CaseIterable {
        case determiner, skip, boundary, relative, preposition, time, participle
        case timeModifier = "time-modifier"
        case pastTense = "past-tense"
        case postmodifier
    }

    // `WordTable`s, not `Dictionary`s: the speaker phrase search asks them of most words around every cue.
    let pronouns: WordTable<Pronoun>
    let nominals: WordTable<Nominal>
    /// Title as written (case-sensitive) → gender it implies, if any.
    let titles: WordTable<Gender?>
    let firstNames: WordTable<Gender?>
    /// Roles are asked of most words around every cue and quotation: a `WordTable`, not a `Dictionary`.
    let contextRoles: WordTable<ContextRole>
    /// The same roles as a dictionary, for building per-document token tables (`TokenClasses`).
    let contextRoleWords: [String: ContextRole]
    /// Determiners that stand alone as a subject (`Most say`, `Some have suggested`): role `quantifier`.
    let quantifiers: WordTable<Void>
    static let quantifierRole = "quantifier"
    let counts: WordTable<Void>
    static let countRole = "count"

    public init(pronouns: LexiconFile, nominals: LexiconFile, titles: LexiconFile, firstNames: LexiconFile,
                context: LexiconFile) throws(WhoSaidError) {
        var pronounTable: [String: Pronoun] = [:]
        for row in try pronouns.uniqueRows(columns: ["pronoun", "gender", "number", "person", "case"]) {
            guard let person = Int(row.fields[3]), (1...3).contains(person) else {
                throw pronouns.error(line: row.line, "person must be 1, 2 or 3, found '\(row.fields[3])'")
            }
            guard let grammaticalCase = Pronoun.Case(rawValue: row.fields[4]) else {
                throw pronouns.error(line: row.line, "case must be subject, object, possessive, reflexive or any, found '\(row.fields[4])'")
            }
            pronounTable[row.fields[0].lowercased()] = Pronoun(
                gender: Gender(code: row.fields[1]), plural: row.fields[2] == "pl", person: person, case: grammaticalCase)
        }
        var nominalTable: [String: Nominal] = [:]
        for row in try nominals.uniqueRows(columns: ["head noun", "entity type", "gender"]) {
            let type = EntityType(rawValue: row.fields[1])
            guard type != nil || row.fields[1] == "-" else {
                throw nominals.error(line: row.line, "entity type must be PERSON, ORG, LOC, MISC or -, found '\(row.fields[1])'")
            }
            nominalTable[row.fields[0].lowercased()] = Nominal(type: type, gender: Gender(code: row.fields[2]))
        }
        var titleTable: [String: Gender?] = [:]
        for row in try titles.uniqueRows(columns: ["title", "gender", "kind"]) {
            titleTable[row.fields[0]] = Gender(code: row.fields[1])
        }
        var nameTable: [String: Gender?] = [:]
        for row in try firstNames.uniqueRows(columns: ["name", "gender"]) {
            nameTable[row.fields[0]] = Gender(code: row.fields[1])
        }
        var roles: [String: ContextRole] = [:]
        var quantifierWords: Set<String> = []
        var countWords: Set<String> = []
        for row in try context.uniqueRows(columns: ["word", "role"]) {
            // A quantifier is a determiner everywhere but where it stands alone as a subject.
            if row.fields[1] == Self.quantifierRole {
                quantifierWords.insert(row.fields[0])
                roles[row.fields[0]] = .determiner
                continue
            }
            // A count has no role around a cue but before `of them` (`two of them said`).
            if row.fields[1] == Self.countRole {
                countWords.insert(row.fields[0])
                continue
            }
            guard let role = ContextRole(rawValue: row.fields[1]) else {
                let names = ContextRole.allCases.map(\.rawValue) + [Self.quantifierRole, Self.countRole]
                throw context.error(line: row.line, "role must be one of \(names.joined(separator: ", ")), found '\(row.fields[1])'")
            }
            roles[row.fields[0]] = role
        }
        self.quantifiers = WordTable(words: quantifierWords)
        self.counts = WordTable(words: countWords)
        self.pronouns = WordTable(pronounTable.map { ($0.key, $0.value) })
        self.nominals = WordTable(nominalTable.map { ($0.key, $0.value) })
        self.titles = WordTable(titleTable.map { ($0.key, $0.value) })
        self.firstNames = WordTable(nameTable.map { ($0.key, $0.value) })
        self.contextRoles = WordTable(roles.map { ($0.key, $0.value) })
        self.contextRoleWords = roles
    }

    // Lookups take lowercased words (`QuoteContext.words`).
    func pronoun(_ word: String) -> Pronoun? { pronouns[word] }
    func isQuantifier(_ word: String) -> Bool { quantifiers.contains(word) }
    func isCount(_ word: String) -> Bool { counts.contains(word) }
    func nominal(_ word: String) -> Nominal? { nominals[word] }
    /// Whether a word is a nominal speaker's head noun or its regular plural (`officials`, `spokesmen`,
    /// `parties`). Plurals name groups, so only this test accepts them; `nominal(_:)` links singulars.
    func isNominalHead(_ word: String) -> Bool {
        if nominals[word] != nil { return true }
        if word.hasSuffix("men") { return nominals[String(word.dropLast(3)) + "man"] != nil }
        if word.hasSuffix("ies") { return nominals[String(word.dropLast(3)) + "y"] != nil }
        return word.hasSuffix("s") && nominals[String(word.dropLast())] != nil
    }
    func role(of word: String) -> ContextRole? { contextRoles[word] }
    func isTitle(_ word: String) -> Bool { titles[word] != nil }
    func isFirstName(_ word: String) -> Bool { firstNames[word] != nil }
    /// The gender a title or first name implies (`Mrs.`, `Elizabeth`), if it tells one.
    func gender(ofNameWord word: String) -> Gender? {
        if let gender = titles[word] { return gender }
        return firstNames[word] ?? nil
    }
}
