@testable import WhoSaid

/// Small inline lexicons and a pipeline around them, so each test states the data it relies on.
enum EntityFixtures {
    static let organizations = LexiconFile(name: "fixture/organizations.tsv", text: """
        # canonical\ttype\taliases
        U.S. Customs and Border Protection\tORG\tCustoms and Border Protection|US Customs and Border Protection|CBP
        U.S. Immigration and Customs Enforcement\tORG\tImmigration and Customs Enforcement|ICE
        Salesforce\tORG\t
        """)
    static let places = LexiconFile(name: "fixture/places.tsv", text: """
        United States\tLOC\tU.S.|US|America
        Warren\tLOC\t
        """)

    static let cues = NameCues.Files(
        firstNames: LexiconFile(name: "fixture/first-names.tsv", text: """
            Marc\tm
            Hillary\tf
            Bill\tm
            Donald\tm
            Jane\tf
            """),
        surnames: LexiconFile(name: "fixture/surnames.txt", text: "Clinton\n"),
        titles: LexiconFile(name: "fixture/titles.tsv", text: """
            Mrs.\tf\thonorific
            Mr.\tm\thonorific
            Sen.\t-\tpolitical
            President\t-\tpolitical
            CEO\t-\trole
            spokeswoman\tf\trole
            """),
        organizationWords: LexiconFile(name: "fixture/org-words.tsv", text: """
            Corp.\tsuffix
            Group\thead
            Street\tplace-head
            """),
        nonNames: LexiconFile(name: "fixture/non-names.txt", text: "The\nEarlier\nLater\nMonday\n"),
        connectors: LexiconFile(name: "fixture/name-connectors.tsv", text: "of\tafter-head\nand\tafter-head\n&\talways\n"))

    static func stage(gazetteer: [LexiconFile] = [organizations, places]) throws -> EntityStage {
        try EntityStage(gazetteer: gazetteer, cues: cues, rules: true, resources: ResourceStore())
    }

    static func pipeline() throws -> Pipeline {
        let resources = ResourceStore()
        var paragraphs = StageOptions.defaults(for: ParagraphStage.name, resources: resources)
        var tokens = StageOptions.defaults(for: TokenStage.name, resources: resources)
        var sentences = StageOptions.defaults(for: SentenceStage.name, resources: resources)
        return try Pipeline(stages: [
            try ParagraphStage(options: &paragraphs), try TokenStage(options: &tokens),
            try SentenceStage(options: &sentences), try stage(),
        ])
    }

    /// The entities of `text` annotated with the fixture lexicons.
    static func entities(_ text: String) throws -> [Entity] {
        try pipeline().annotate(text).entities
    }
}

extension [Entity] {
    /// The entity that has a mention with exactly this text.
    func owning(_ mentionText: String) -> Entity? {
        first { $0.mentions.contains { $0.text == mentionText } }
    }
}
