import Testing
@testable import WhoSaid

@Suite struct QuoteListingTests {
    private func rows(_ filter: QuoteListing.Filter) -> [[String]] {
        var listing = QuoteListing(filter: filter)
        listing.add(ViewFixtures.document)
        return listing.rows
    }

    @Test func speakerIsTheCanonicalNameEvenForPronouns() {
        #expect(rows(.init()).map { $0[1] } == ["Dana Ortiz", "Dana Ortiz", "", "Lee Park"])
    }

    @Test func speakerFilterMatchesNameWordsAliasesAndPronounsResolvedToThem() {
        #expect(rows(.init(speaker: "Ortiz")).map { $0[3] } == ["Fares stay flat, for now.", "We'll see,"])
        #expect(rows(.init(speaker: "dana ortiz")).count == 2)
        #expect(rows(.init(speaker: "Park")).count == 1)
        #expect(rows(.init(speaker: "Mayor")).isEmpty)
    }

    @Test func typeAndUnattributedFilters() {
        #expect(rows(.init(type: .partial)).map { $0[3] } == ["a <script> stunt", "a mess, full stop."])
        #expect(rows(.init(unattributedOnly: true)).map { $0[3] } == ["a <script> stunt"])
    }
}

@Suite struct EntityListingTests {
    @Test func entitiesAreMergedAcrossDocumentsAndSortedByMentions() {
        var listing = EntityListing()
        var second = ViewFixtures.document
        second.id = "other"
        second.entities = [Entity(id: "e1", name: "Lee Park", type: .person,
                                  mentions: [ViewFixtures.mention("Lee Park"), ViewFixtures.mention("Park said")])]
        second.quotes = []
        listing.add(ViewFixtures.document)
        listing.add(second)
        #expect(listing.rows == [
            ["Lee Park", "PERSON", "3", "Park said", "1", "2"],
            ["Dana Ortiz", "PERSON", "1", "", "2", "1"],
        ])
    }

    @Test func typeFilterKeepsOnlyThatType() {
        var listing = EntityListing(type: .organization)
        listing.add(ViewFixtures.document)
        #expect(listing.rows.isEmpty)
    }
}
