import Testing
import WhoSaid

/// Speakers link to the document's entities when an entity stage provided them.
@Suite struct SpeakerResolverTests {
    /// Annotates `text` with the given entities (name, type, mention texts) placed before the quote stage runs.
    func annotate(_ text: String, entities: [(String, EntityType, [String])]) throws -> Document {
        let pipeline = try Pipeline(named: "news")
        var document = Document(id: "test", text: text)
        for stage in pipeline.stages where !(stage is QuoteStage) { try stage.process(&document) }
        document.entities = entities.enumerated().map { index, entity in
            let mentions = entity.2.flatMap { mention in allMentions(of: mention, in: document) }
            return Entity(id: "e\(index + 1)", name: entity.0, type: entity.1, mentions: mentions)
        }
        for stage in pipeline.stages where stage is QuoteStage { try stage.process(&document) }
        return document
    }

    private func allMentions(of text: String, in document: Document) -> [Mention] {
        let scalars = Array(document.text.string.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        return (0...(scalars.count - needle.count)).compactMap { start in
            guard Array(scalars[start..<(start + needle.count)]) == needle else { return nil }
            let span = Span(start: start, end: start + needle.count)
            let tokens = document.tokens.indices.filter { document.tokens[$0].span.overlaps(span) }
            return Mention(span: span, text: text, tokens: tokens.first!..<(tokens.last! + 1))
        }
    }

    @Test func nameLinksToItsEntity() throws {
        let document = try annotate(#"Marc Benioff runs the firm. "We stay," Benioff said."#,
                                    entities: [("Marc Benioff", .person, ["Marc Benioff", "Benioff"])])
        #expect(document.quotes.first?.speaker?.entity == "e1")
    }

    @Test func aDefiniteNominalLinksToThePersonOnceTitledWithIt() throws {
        let entities: [(String, EntityType, [String])] = [("Ada Moss", .person, ["Ada Moss"]), ("Omar Haddad", .person, ["Omar Haddad"])]
        let titled = try annotate(#"Mayor Ada Moss met Omar Haddad on Monday. "The ferry is broken," the mayor said."#, entities: entities)
        #expect(titled.quotes.first?.speaker?.entity == "e1")
        // An indefinite one introduces someone: the nearest fitting person, as before.
        let indefinite = try annotate(#"Mayor Ada Moss met Omar Haddad on Monday. "The ferry is broken," a mayor said."#, entities: entities)
        #expect(indefinite.quotes.first?.speaker?.entity != "e1")
    }

    @Test func relativePronounLinksToItsAntecedent() throws {
        let document = try annotate(#"The bill was opposed by Ada Moss, who said, "It will not pass.""#,
                                    entities: [("Ada Moss", .person, ["Ada Moss"])])
        let quote = document.quotes.first { $0.type == .direct }
        #expect(quote?.speaker?.text == "who")
        #expect(quote?.speaker?.entity == "e1")
    }

    @Test func pronounLinksToTheNearestEntityOfItsGender() throws {
        let document = try annotate(#"Elizabeth Warren met Bernie Sanders. "We agree on taxes," she said."#,
                                    entities: [("Elizabeth Warren", .person, ["Elizabeth Warren"]),
                                               ("Bernie Sanders", .person, ["Bernie Sanders"])])
        #expect(document.quotes.first?.speaker?.text == "she")
        #expect(document.quotes.first?.speaker?.entity == "e1")
    }

    @Test func nominalLinksToTheLatestEntityOfItsType() throws {
        let document = try annotate(#"Salesforce signed a deal. "We are proud of it," the company said."#,
                                    entities: [("Salesforce", .organization, ["Salesforce"])])
        #expect(document.quotes.first?.speaker?.entity == "e1")
    }

    @Test func aRivalOrCriticNamesSomeoneElseAndLinksToNoEntity() throws {
        let document = try annotate(#"Ada Moss praised the ferry plan. "It is a disaster," said one critic. Her rival said, "It will sink.""#,
                                    entities: [("Ada Moss", .person, ["Ada Moss"])])
        let speakers = document.quotes.filter { $0.type == .direct }.map(\.speaker)
        #expect(speakers.map { $0?.text } == ["one critic", "Her rival"])
        #expect(speakers.allSatisfy { $0?.entity == nil })
    }

    @Test func withoutEntitiesTheSpeakerStaysUnlinked() throws {
        let document = try annotate(#""We stay," Benioff said."#, entities: [])
        #expect(document.quotes.first?.speaker?.text == "Benioff")
        #expect(document.quotes.first?.speaker?.entity == nil)
    }
}
