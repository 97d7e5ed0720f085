import Testing
@testable import WhoSaid

@Suite struct NERModelTests {
    @Test func writtenModelReadsBackWithItsHeader() throws {
        let text = TaggerFixtures.modelText
        let model = try NERModel(parsing: LexiconFile(name: "tiny.model", text: text))
        #expect(model.lexicons == [.init(key: "places", file: "entities/places.tsv",
                                         hash: NERModel.contentHash(TaggerFixtures.places.text))])
        let announced = text.split(separator: "\n").first { $0.hasPrefix("features\t") }.flatMap { Int($0.dropFirst(9)) }
        #expect(announced == model.weights.count)
        #expect(model.weights.count > 0)
    }

    @Test func weightsSurviveTheRoundTripWithinTheirRounding() throws {
        var table = WeightTable()
        let paris = FeatureHashing.key(FeatureTemplate.lower.rawValue, FeatureHashing.part("paris"))
        let bias = FeatureHashing.key(FeatureTemplate.bias.rawValue)
        let tiny = FeatureHashing.key(FeatureTemplate.word.rawValue, FeatureHashing.part("x"))
        var parisWeights = SIMD16<Float>.zero
        parisWeights[NERTag.beginLocation.rawValue] = 2.5
        parisWeights[NERTag.outside.rawValue] = -1.25
        var biasWeights = SIMD16<Float>.zero
        biasWeights[NERTag.outside.rawValue] = 0.75
        var tinyWeights = SIMD16<Float>.zero
        tinyWeights[NERTag.beginPerson.rawValue] = 0.0001  // rounds to 0: left out
        for (key, weights) in [(paris, parisWeights), (bias, biasWeights), (tiny, tinyWeights)] {
            table.add(weights, toRow: table.row(for: key).index)
        }
        let names: [NERModel.FeatureName?] = [.init(template: .lower, parts: ["paris"]), .init(template: .bias, parts: []),
                                              .init(template: .word, parts: ["x"])]
        let text = NERModel.text(weights: table, names: names, lexicons: [], maximumFeatures: 10, comments: ["test"])
        #expect(text.contains("\nlw\tparis\t0:-5000 5:9999\n"))
        #expect(text.contains("\nbias\t\t0:3000\n"))
        #expect(text.contains("\nfeatures\t2\n"))
        let model = try NERModel(parsing: LexiconFile(name: "round-trip.model", text: text))
        // Scores come back relative to O's.
        let scores = model.weights.scores(of: [paris, bias])
        let scale: Float = 2.5 / 9999
        #expect(abs(scores[NERTag.beginLocation.rawValue] - (2.5 - (-1.25 + 0.75))) <= 3 * scale)
        #expect(abs(scores[NERTag.beginPerson.rawValue] - (0 - (-1.25 + 0.75))) <= 3 * scale)
        #expect(model.weights.scores(of: [tiny]) == .zero)
    }

    @Test func featureNamesAreReadable() {
        #expect(TaggerFixtures.modelText.contains("\nlw\tparis\t"))
        #expect(TaggerFixtures.modelText.contains("\ngaz\tplaces:U\t"))
    }

    private static let header = """
        # a comment
        format\twhosaid-ner\t1
        tags\tO B-PER I-PER B-ORG I-ORG B-LOC I-LOC B-MISC I-MISC
        scale\t0.5
        features\t2
        """

    @Test(arguments: [
        ("format\twhosaid-ner\t2\n", "bad.model:1: expected 'format<TAB>whosaid-ner<TAB>1'"),
        ("tags\tO\n", "bad.model:1: not a whosaid NER model"),
        ("", "bad.model: empty model file"),
        (header + "\nw\tParis\t5:4\nnosuch\tx\t1:2\n", "bad.model:7: unknown feature template 'nosuch'"),
        (header + "\nw\tParis\t5:x\n", "bad.model:6: expected tag:weight pairs, found '5:x'"),
        (header + "\nw\tParis\t9:1\n", "bad.model:6: expected tag:weight pairs, found '9:1'"),
        (header + "\nw Paris 5:1\n", "bad.model:6: expected 'template<TAB>parts<TAB>weights'"),
        (header + "\nw\tParis\t5:1\n", "bad.model:6: the header announces 2 features, the file has 1"),
        (header.replacingOccurrences(of: "scale\t0.5", with: "scale\t-1") + "\n", "bad.model:4: expected 'scale<TAB>positive number'"),
    ])
    func malformedModelsFailWithFileAndLine(text: String, message: String) {
        do {
            _ = try NERModel(parsing: LexiconFile(name: "bad.model", text: text))
            Issue.record("expected an error for \(text.debugDescription)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }
}
