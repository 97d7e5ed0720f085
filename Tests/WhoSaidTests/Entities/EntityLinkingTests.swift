import Testing
@testable import WhoSaid

@Suite struct EntityLinkingTests {
    @Test func surnameLinksToFullNameAndTitleIsLeftOut() throws {
        let entities = try EntityFixtures.entities(
            "Salesforce CEO Marc Benioff spoke on Monday.\nLater, Benioff wrote a memo.")
        let benioff = try #require(entities.owning("Benioff"))
        #expect(benioff.name == "Marc Benioff")
        #expect(benioff.type == .person)
        #expect(benioff.gender == .male)
        #expect(benioff.mentions.map(\.text) == ["Marc Benioff", "Benioff"])
        #expect(entities.owning("Salesforce")?.type == .organization)
        #expect(entities.map(\.id) == ["e1", "e2"])
    }

    @Test func lexiconAliasesAndAcronymsAreOneEntity() throws {
        let entities = try EntityFixtures.entities("""
            U.S. Customs and Border Protection said on Monday it would act.
            A Customs and Border Protection officer said CBP agents were ready.
            """)
        #expect(entities.count == 1)
        #expect(entities.first?.name == "U.S. Customs and Border Protection")
        #expect(entities.first?.mentions.map(\.text) == [
            "U.S. Customs and Border Protection", "Customs and Border Protection", "CBP",
        ])
    }

    @Test func acronymDefinedInTheTextLinksLaterUses() throws {
        let entities = try EntityFixtures.entities(
            "The Northwind Trading Group (NTG) filed suit. NTG lawyers said the Group would win.")
        let group = try #require(entities.owning("Northwind Trading Group"))
        #expect(group.type == .organization)
        #expect(group.mentions.map(\.text) == ["Northwind Trading Group", "NTG", "NTG"])
    }

    @Test func legalSuffixIsDroppedOnLaterMentions() throws {
        let entities = try EntityFixtures.entities("Initech Corp. cut jobs, and workers at Initech protested.")
        #expect(entities.owning("Initech")?.mentions.map(\.text) == ["Initech Corp.", "Initech"])
    }

    @Test func possessiveIsNotPartOfTheMention() throws {
        let text = "President Donald Trump's policy drew fire, even from Trump\u{2019}s own party."
        let entities = try EntityFixtures.entities(text)
        let trump = try #require(entities.owning("Trump"))
        #expect(trump.name == "Donald Trump")
        #expect(trump.mentions.map(\.text) == ["Donald Trump", "Trump"])
        let scalars = Array(text.unicodeScalars)
        for mention in trump.mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end])) == mention.text)
        }
    }

    @Test func misspelledLongLexiconNameLinksToTheEntry() throws {
        let entities = try EntityFixtures.entities(
            "It signed with US Customs and Border Protection.\nWorkers urged a review of the US Customers and Border Protection deal.")
        let agency = try #require(entities.owning("US Customers and Border Protection"))
        #expect(agency.name == "U.S. Customs and Border Protection")
        #expect(agency.mentions.count == 2)
    }

    @Test(arguments: [
        "Customs and Boarder Protektion",  // the head token is misspelled
        "Customers and Boarder Protection",  // two tokens are misspelled
        "Costumes and Border Protection",  // more than two character edits
    ])
    func tooDifferentSpellingsDoNotLink(_ written: String) throws {
        let entities = try EntityFixtures.entities("A deal with \(written) was signed.")
        #expect(!entities.contains { $0.name == "U.S. Customs and Border Protection" })
    }

    @Test func bareSurnameLinksToTheMostRecentFullName() throws {
        let entities = try EntityFixtures.entities("""
            Hillary Clinton met Bill Clinton on Monday.
            Clinton said the talks went well.
            Mrs. Clinton disagreed.
            """)
        let hillary = try #require(entities.owning("Hillary Clinton"))
        let bill = try #require(entities.owning("Bill Clinton"))
        #expect(hillary.id != bill.id)
        #expect(hillary.gender == .female)
        #expect(bill.gender == .male)
        #expect(bill.mentions.map(\.text) == ["Bill Clinton", "Clinton"])
        #expect(hillary.mentions.map(\.text) == ["Hillary Clinton", "Clinton"])
    }

    @Test func bareSurnameBeforeTwoFullNamesStaysAmbiguous() throws {
        let entities = try EntityFixtures.entities("""
            Sen. Clinton spoke first.
            Then Hillary Clinton and Bill Clinton arrived.
            """)
        #expect(entities.filter { $0.type == .person }.map(\.name).sorted() == ["Bill Clinton", "Clinton", "Hillary Clinton"])
    }

    @Test func titleOutweighsAPlaceOfTheSameName() throws {
        let entities = try EntityFixtures.entities("Sen. Warren visited Warren on Monday.")
        #expect(entities.map(\.type) == [.person, .location])
    }
}
