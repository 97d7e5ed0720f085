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

@Suite struct SpeakerNameTests {
    private let text = "CEO Dana Ortiz said this. More than 650 Acme employees said that."

    private func name(speaker: String, mention: String) -> String? {
        func span(_ fragment: String) -> Span {
            let start = text.distance(from: text.startIndex, to: text.range(of: fragment)!.lowerBound)
            return Span(start: start, end: start + fragment.count)
        }
        let entity = Entity(id: "e1", name: "Canonical", type: .organization,
                            mentions: [Mention(span: span(mention), text: mention, tokens: 0..<0)])
        let quote = Quote(id: "q1", type: .indirect, span: span("this"), text: "this",
                          speaker: .init(span: span(speaker), text: speaker, entity: "e1"))
        return AnnotatedDocument(id: "d", text: text, entities: [entity], quotes: [quote]).speakerName(of: quote)
    }

    @Test func titledNameIsTheEntity() {
        #expect(name(speaker: "CEO Dana Ortiz", mention: "Dana Ortiz") == "Canonical")
        #expect(name(speaker: "Dana Ortiz", mention: "Dana Ortiz") == "Canonical")
    }

    @Test func groupContainingTheEntityKeepsItsWords() {
        #expect(name(speaker: "More than 650 Acme employees", mention: "Acme") == "More than 650 Acme employees")
    }
}
