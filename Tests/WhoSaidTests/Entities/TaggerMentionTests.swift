import Testing
@testable import WhoSaid

/// The stage with a tagger's raw mentions already in `document.entities`.
@Suite struct TaggerMentionTests {
    /// Each tagged phrase marks its first occurrence whose tokens no earlier phrase marked.
    private func annotate(_ text: String, tagged: [(String, EntityType)]) throws -> [Entity] {
        let pipeline = try EntityFixtures.pipeline()
        var document = Document(id: "t", text: text)
        for stage in pipeline.stages.dropLast() { try stage.process(&document) }
        var taken = Set<Int>()
        document.entities = tagged.enumerated().map { offset, tag in
            let (phrase, type) = tag
            let words = phrase.split(separator: " ").map(String.init)
            let start = document.tokens.indices.first { index in
                words.indices.allSatisfy {
                    index + $0 < document.tokens.count && document.tokens[index + $0].text == words[$0]
                        && !taken.contains(index + $0)
                }
            }!
            let tokens = start..<(start + words.count)
            taken.formUnion(tokens)
            let span = Span(start: document.tokens[start].span.start, end: document.tokens[tokens.upperBound - 1].span.end)
            return Entity(id: "t\(offset)", name: phrase, type: type,
                          mentions: [Mention(span: span, text: document.text[span], tokens: tokens)])
        }
        try pipeline.stages.last!.process(&document)
        return document.entities
    }

    @Test func taggerAddsNamesNoLexiconHolds() throws {
        let entities = try annotate("Zorblax Dynamics hired Quentin Ostrova. Ostrova starts Monday.",
                                    tagged: [("Zorblax Dynamics", .organization), ("Quentin Ostrova", .person)])
        #expect(entities.owning("Zorblax Dynamics")?.type == .organization)
        #expect(entities.owning("Ostrova")?.mentions.map(\.text) == ["Quentin Ostrova", "Ostrova"])
    }

    @Test func aPlaceHeadOutweighsTheTaggersPersonReading() throws {
        let entities = try annotate("The crash closed Wexley Street for an hour.", tagged: [("Wexley Street", .person)])
        #expect(entities.owning("Wexley Street")?.type == .location)
    }

    @Test func lexiconFixesNameAndTypeWhereTheTaggerAgreesOrIsSilent() throws {
        let entities = try annotate("Salesforce rose and CBP agents left.", tagged: [("CBP", .organization)])
        #expect(entities.map(\.type) == [.organization, .organization])
        #expect(entities.map(\.name) == ["Salesforce", "U.S. Customs and Border Protection"])
    }

    @Test func taggerTypeStandsWhereContextSaysItIsAnotherThing() throws {
        // As a football club named after its city: the lexicon lists one thing, the context says another.
        let entities = try annotate("Salesforce rose and CBP agents left.", tagged: [("Salesforce", .person)])
        #expect(entities.map(\.type) == [.person, .organization])
        #expect(entities.map(\.name) == ["Salesforce", "U.S. Customs and Border Protection"])
    }

    @Test func taggerMentionOfAKnownSurnameLinksToThePerson() throws {
        let entities = try annotate("Donald Trump spoke. Critics inside Trump's party objected.",
                                    tagged: [("Donald Trump", .person), ("Trump", .organization)])
        #expect(entities.owning("Donald Trump")?.mentions.map(\.text) == ["Donald Trump", "Trump"])
        #expect(entities.owning("Donald Trump")?.type == .person)
    }

    @Test func longerTaggerMentionWinsOverAShorterLexiconMatch() throws {
        let entities = try annotate("Crowds filled Salesforce Tower plaza.", tagged: [("Salesforce Tower", .location)])
        #expect(entities.map(\.name) == ["Salesforce Tower"])
        #expect(entities.first?.type == .location)
    }

    @Test func anAttributiveCompoundOpeningATaggerMentionIsAMentionOfItsOwn() throws {
        let entities = try annotate("The move to Bergamo-based Zorblax Dynamics surprised fans.",
                                    tagged: [("Bergamo-based Zorblax Dynamics", .organization)])
        #expect(entities.map { "\($0.type.rawValue) \($0.name)" } == ["MISC Bergamo-based", "ORG Zorblax Dynamics"])
    }

    @Test func aTaggerMentionOfSomethingOfAListedPlaceNamesTwoThings() throws {
        let entities = try annotate("Zorblax of America beat Vexley Group of America.",
                                    tagged: [("Zorblax of America", .organization), ("Vexley Group of America", .organization)])
        // A head word takes the place into its name: `Vexley Group of America` stays whole.
        #expect(entities.map { "\($0.type.rawValue) \($0.name)" }
                == ["ORG Zorblax", "LOC United States", "ORG Vexley Group of America"])
    }

    @Test func aTaggerMentionJoiningTwoCompaniesNamesTwo() throws {
        let entities = try annotate("Shares of Zorblax and Vexley Corp. rose.",
                                    tagged: [("Zorblax and Vexley Corp.", .organization)])
        #expect(entities.map { "\($0.type.rawValue) \($0.name)" } == ["ORG Zorblax", "ORG Vexley Corp."])
    }

    @Test func aTitleInsideATaggerMentionStartsAPerson() throws {
        let entities = try annotate("Vexley Trading President Jane Roe said so.",
                                    tagged: [("Vexley Trading President Jane Roe", .organization)])
        #expect(entities.map { "\($0.type.rawValue) \($0.name)" } == ["ORG Vexley Trading", "PERSON Jane Roe"])
    }

    @Test func aCompanysNameWithoutItsSuffixIsTheCompanyWhateverTheTaggerSaid() throws {
        // Read as a person before the company is named.
        let entities = try annotate("Zorblax grows. Zorblax Corp. said it would hire.", tagged: [("Zorblax", .person)])
        #expect(entities.owning("Zorblax")?.type == .organization)
        #expect(entities.allSatisfy { $0.type == .organization })
    }

    @Test func aCompanyNameHoldingAPossessiveIsOneNameAndItsShortNameKeepsIt() throws {
        let entities = try annotate("Vexley's Bancorp Corp. agreed to a sale. Analysts said Vexley's was the prize.",
                                    tagged: [("Vexley", .organization), ("Bancorp Corp.", .organization),
                                             ("Vexley", .organization)])
        #expect(entities.flatMap(\.mentions).map(\.text) == ["Vexley's Bancorp Corp.", "Vexley's"])
    }

    @Test func aNameWithAPossessiveButNoLegalSuffixMakesNoShortNameWithIt() throws {
        // `HP's board`, as the tagger reads some news text.
        let entities = try annotate("Vexley's board met. Vexley's shares fell.",
                                    tagged: [("Vexley 's board", .organization), ("Vexley", .organization)])
        #expect(entities.flatMap(\.mentions).map(\.text) == ["Vexley's board", "Vexley"])
    }

    @Test func anApostropheSetApartFromTheNameIsItsPossessiveToo() throws {
        // Text tokenized with spaces, as in corpora: `'` and `s` are two tokens.
        let entities = try annotate("Shares of Vexley 's Bancorp Corp. rose.",
                                    tagged: [("Vexley", .organization), ("Bancorp Corp.", .organization)])
        #expect(entities.flatMap(\.mentions).map(\.text) == ["Vexley 's Bancorp Corp."])
    }

    @Test func aPersonOrPlaceBeforeAPossessiveOwnsTheCompanyAfterIt() throws {
        let entities = try annotate("Quentin Ostrova's Bancorp Corp. grew, as did Warren's Zorblax Corp.",
                                    tagged: [("Quentin Ostrova", .person), ("Bancorp Corp.", .organization),
                                             ("Warren", .organization), ("Zorblax Corp.", .organization)])
        #expect(entities.flatMap(\.mentions).map(\.text) == ["Quentin Ostrova", "Bancorp Corp.", "Warren", "Zorblax Corp."])
    }

    @Test func aCompanysPossessiveStaysOutOfItsMentionsWhenItsNameHoldsNone() throws {
        let entities = try annotate("Vexley Corp. grew. Vexley's chief left.",
                                    tagged: [("Vexley Corp.", .organization), ("Vexley", .organization)])
        #expect(entities.flatMap(\.mentions).map(\.text) == ["Vexley Corp.", "Vexley"])
    }

    @Test func aClubsTownInitialInParenthesesIsPartOfItsName() throws {
        let entities = try annotate("Vexley (L) 2 Vexley (B) 1",
                                    tagged: [("Vexley", .organization), ("L", .miscellaneous), ("Vexley", .organization)])
        #expect(entities.flatMap(\.mentions).map(\.text) == ["Vexley (L)", "Vexley (B)"])
    }

    @Test func aLetterInParenthesesAfterAPersonOrALongerNameStaysOutOfIt() throws {
        let entities = try annotate("Jane Roe (R) and Vexley Research (D) agreed.",
                                    tagged: [("Jane Roe", .person), ("Vexley Research", .organization)])
        #expect(entities.flatMap(\.mentions).map(\.text) == ["Jane Roe", "Vexley Research"])
    }

    @Test func possessiveIsTrimmedFromTaggerMentions() throws {
        let entities = try annotate("Quentin Ostrova's plan failed.", tagged: [("Quentin Ostrova 's", .person)])
        #expect(entities.first?.mentions.map(\.text) == ["Quentin Ostrova"])
    }
}
