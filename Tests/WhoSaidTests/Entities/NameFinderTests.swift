import Testing
@testable import WhoSaid

@Suite struct NameFinderTests {
    private func names(_ text: String) throws -> [String] {
        try EntityFixtures.entities(text).map { "\($0.type.rawValue) \($0.name)" }
    }

    @Test func headsMakeOrganizationsAndPlaces() throws {
        #expect(try names("Photos by Northwind Trading Group were shown on Elm Street.")
            == ["ORG Northwind Trading Group", "LOC Elm Street"])
    }

    @Test func closingHeadStartsAfterOf() throws {
        #expect(try names("Jane Roe of Northwind Trading Group said so.")
            == ["PERSON Jane Roe", "ORG Northwind Trading Group"])
    }

    @Test func ampersandStaysInsideTheName() throws {
        #expect(try names("Shares of Wiggins & Dole Group fell.") == ["ORG Wiggins & Dole Group"])
    }

    @Test func anAttributiveCompoundIsNoPartOfTheNameAfterIt() throws {
        #expect(try names("Shares of Lisbon-based Northwind Trading Group fell.") == ["ORG Northwind Trading Group"])
    }

    @Test func aTitleInsideACapitalizedRunStartsAPerson() throws {
        #expect(try names("Vexley Trading President Jane Roe said so.") == ["PERSON Jane Roe"])
    }

    @Test func sentenceOpeningNonNamesAreDropped() throws {
        #expect(try names("The Northwind Group grew. Earlier Monday, it hired staff.") == ["ORG Northwind Group"])
    }

    @Test func roleNounBeforeALexiconNameIsNoTitle() throws {
        #expect(try names("The CEO Salesforce hired left, said spokeswoman Jane Roe.")
            == ["ORG Salesforce", "PERSON Jane Roe"])
    }
}
