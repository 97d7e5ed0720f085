import Testing
@testable import WhoSaid

@Suite struct NERTaggerTests {
    @Test func tagsANewSentenceWithWhatItLearned() throws {
        let tagger = try TaggerFixtures.tagger()
        let document = TaggerFixtures.document(["Mary Jones visited Berlin on Monday .", "Globex Inc said sales rose ."])
        #expect(TaggerFixtures.describe(tagger.tag(document), in: document)
                == ["PER: Mary Jones", "LOC: Berlin", "ORG: Globex Inc"])
    }

    @Test func spansIndexTheDocumentTokens() throws {
        let tagger = try TaggerFixtures.tagger()
        let document = TaggerFixtures.document(["Officials said so .", "Peter Brown flew to London ."])
        let spans = tagger.tag(document)
        #expect(spans == [TaggedSpan(tokens: 4..<6, type: .person), TaggedSpan(tokens: 8..<9, type: .location)])
    }

    @Test func aRepeatedSpellingHasTheAtomsOfItsFirstOccurrence() throws {
        let document = TaggerFixtures.document(["Berlin said Berlin would wait .", "BERLIN WAITS ."])
        let context = try TaggerFixtures.tagger().context(for: document)
        var builder = TokenAtomBuilder(names: IgnoringPartNames())
        for (index, token) in document.tokens.enumerated() {
            let fresh = builder.atoms(of: token.text)
            let atoms = context.atoms[index]
            #expect(atoms.word == fresh.word && atoms.lower == fresh.lower && atoms.shape == fresh.shape)
            #expect(atoms.prefixes == fresh.prefixes && atoms.suffixes == fresh.suffixes && atoms.flags == fresh.flags)
        }
        // Another spelling of the same word keeps its own shape and shares the word's clusters.
        #expect(context.atoms[6].shape != context.atoms[0].shape)
        #expect(context.atoms[6].lower == context.atoms[0].lower && context.atoms[6].clusters == context.atoms[2].clusters)
    }

    @Test func anEmptyDocumentHasNoSpans() throws {
        #expect(try TaggerFixtures.tagger().tag(Document(id: "empty", text: "")).isEmpty)
    }

    @Test func iob2SpansFollowConllChunkRules() {
        let tags: [NERTag] = [.beginPerson, .insidePerson, .outside, .insideLocation, .beginLocation, .insideOrganization]
        #expect(TaggedSpan.spans(of: tags, offset: 10) == [
            TaggedSpan(tokens: 10..<12, type: .person), TaggedSpan(tokens: 13..<14, type: .location),
            TaggedSpan(tokens: 14..<15, type: .location), TaggedSpan(tokens: 15..<16, type: .organization),
        ])
    }

    @Test func aChangedLexiconWarnsButStillTags() throws {
        let changed = LexiconFile(name: "my-places.tsv", text: "Paris\tLOC\t\n")
        let tagger = try TaggerFixtures.tagger(places: changed)
        #expect(tagger.warnings.count == 1)
        #expect(tagger.warnings[0].contains("entities/places.tsv"))
        #expect(try TaggerFixtures.tagger().warnings.isEmpty)
    }

    @Test func aMissingLexiconIsAnError() throws {
        #expect(throws: WhoSaidError.self) {
            try NERTagger(model: LexiconFile(name: "tiny.model", text: TaggerFixtures.modelText), lexicons: [])
        }
    }
}
