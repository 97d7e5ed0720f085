import Testing
@testable import WhoSaid

@Suite struct LexiconLoadingTests {
    @Test func loadsEntriesWithAliasesAndTitleCaseVariants() throws {
        let entities = try EntityFixtures.entities(
            "Officers of Customs And Border Protection met CBP staff and US officials.")
        let agency = try #require(entities.owning("CBP"))
        #expect(agency.name == "U.S. Customs and Border Protection")
        #expect(agency.type == .organization)
        #expect(agency.mentions.map(\.text) == ["Customs And Border Protection", "CBP"])
        #expect(entities.owning("US")?.name == "United States")
    }

    @Test func shortAliasesMatchOnlyInTheirExactCase() throws {
        let entities = try EntityFixtures.entities("Ice formed on the road, and us folks stayed home.")
        #expect(entities.isEmpty)
    }

    @Test func malformedLineNamesFileAndLine() throws {
        let broken = LexiconFile(name: "fixture/broken.tsv", text: """
            # organizations
            Acme Corp.\tORG\tAcme
            Globex
            """)
        #expect(throws: WhoSaidError.configuration(
            file: "fixture/broken.tsv", line: 3,
            message: "expected 2 to 4 tab-separated columns (canonical, type, aliases, note), found 1"))
        {
            try EntityFixtures.stage(gazetteer: [broken])
        }
    }

    @Test func unknownTypeNamesFileAndLine() throws {
        let broken = LexiconFile(name: "fixture/types.tsv", text: "Acme Corp.\tCOMPANY\tAcme\n")
        let error = try #require(throws: WhoSaidError.self) { try EntityFixtures.stage(gazetteer: [broken]) }
        #expect(error.description.hasPrefix("fixture/types.tsv:1: type must be one of PERSON, ORG, LOC, MISC"))
    }

    @Test func emptyAliasIsAnError() throws {
        let broken = LexiconFile(name: "fixture/aliases.tsv", text: "Acme Corp.\tORG\tAcme||ACME\n")
        let error = try #require(throws: WhoSaidError.self) { try EntityFixtures.stage(gazetteer: [broken]) }
        #expect(error.description == "fixture/aliases.tsv:1: empty alias in 'Acme||ACME'")
    }
}
