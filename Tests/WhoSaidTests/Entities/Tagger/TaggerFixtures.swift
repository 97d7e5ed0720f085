@testable import WhoSaid

/// A tiny hand-written corpus (CoNLL format: token, then label) and a model
/// trained on it once, shared by the tagger tests.
enum TaggerFixtures {
    static let corpus = """
        -DOCSTART- O

        John B-PER
        Smith I-PER
        visited O
        Paris B-LOC
        on O
        Monday O
        . O

        Mary B-PER
        Jones I-PER
        works O
        for O
        Acme B-ORG
        Corp I-ORG
        in O
        London B-LOC
        . O

        The O
        French B-MISC
        minister O
        met O
        John B-PER
        Smith I-PER
        in O
        Berlin B-LOC
        . O

        -DOCSTART- O

        Acme B-ORG
        Corp I-ORG
        said O
        profits O
        rose O
        in O
        Germany B-LOC
        . O

        Peter B-PER
        Brown I-PER
        of O
        Globex B-ORG
        Inc I-ORG
        flew O
        to O
        Paris B-LOC
        . O

        The O
        German B-MISC
        company O
        hired O
        Mary B-PER
        Jones I-PER
        . O

        -DOCSTART- O

        Officials O
        in O
        London B-LOC
        and O
        Berlin B-LOC
        welcomed O
        the O
        deal O
        . O

        Peter B-PER
        Brown I-PER
        said O
        Globex B-ORG
        Inc I-ORG
        would O
        grow O
        . O

        Acme B-ORG
        Corp I-ORG
        opened O
        an O
        office O
        in O
        Germany B-LOC
        . O

        The O
        British B-MISC
        economy O
        grew O
        . O

        Sales O
        in O
        Paris B-LOC
        fell O
        , O
        John B-PER
        Smith I-PER
        said O
        . O

        Globex B-ORG
        Inc I-ORG
        and O
        Acme B-ORG
        Corp I-ORG
        agreed O
        . O
        """

    static let places = LexiconFile(name: "places.tsv", text: "# test places\nParis\tLOC\t\nLondon\tLOC\tGreater London\nNew York City\tLOC\tNYC\n")

    static var trainingDocuments: [NERTrainingDocument] {
        CoNLLReader.documents(parsing: corpus).map(\.trainingDocument)
    }

    static func trainer() throws -> NERTrainer {
        try NERTrainer(lexicons: [.init(key: "places", name: "entities/places.tsv", file: places)])
    }

    /// The model text trained on `corpus`, once.
    static let modelText: String = {
        do {
            return try trainer().train(on: trainingDocuments, dev: trainingDocuments, epochs: 20, maximumFeatures: 10_000) { _ in }
        } catch {
            fatalError("training the fixture model failed: \(error)")
        }
    }()

    static func tagger(modelText: String = modelText, places: LexiconFile = places) throws -> NERTagger {
        try NERTagger(model: LexiconFile(name: "tiny.model", text: modelText), lexicons: [("places", places)])
    }

    /// A document of one sentence per line, tokens split on spaces (the corpus's own tokenization).
    static func document(_ lines: [String]) -> Document {
        let conll = lines.map { $0.split(separator: " ").map { "\($0) O" }.joined(separator: "\n") }.joined(separator: "\n\n")
        return CoNLLReader.documents(parsing: conll)[0].goldDocument
    }

    /// The tagged spans as `type: text` strings.
    static func describe(_ spans: [TaggedSpan], in document: Document) -> [String] {
        spans.map { span in
            "\(EntityType.conllName(span.type)): " + document.tokens[span.tokens].map(\.text).joined(separator: " ")
        }
    }
}
