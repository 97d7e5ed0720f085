/// Tags entity mentions with the learned tagger and groups them into one
/// entity per distinct (text, type). The grouping is a placeholder: the
/// entity stage proper links aliases and merges gazetteer matches.
///
/// Options: `model` (default `models/ner.model`) and one per lexicon the model
/// was trained with (`places`, `first-names`, …; defaults: the files recorded in the model).
public struct NERStage: Stage {
    public static let name = "ner"
    public static let requires: Set<Layer> = [.tokens, .sentences]
    public static let provides: Set<Layer> = [.entities]

    private let tagger: NERTagger

    public init(options: inout StageOptions) throws(WhoSaidError) {
        let model = try options.lexicon("model", default: "models/ner.model")
        tagger = try NERTagger(model: model) { key, file throws(WhoSaidError) in try options.lexicon(key, default: file) }
    }

    public func process(_ document: inout Document) throws(WhoSaidError) {
        document.warnings += tagger.warnings
        var entities: [Entity] = []
        var entityIndex: [String: Int] = [:]
        let tokens = document.tokens
        for span in tagger.tag(document) {
            let mentionSpan = Span(start: tokens[span.tokens.lowerBound].span.start, end: tokens[span.tokens.upperBound - 1].span.end)
            let mention = Mention(span: mentionSpan, text: document.text[mentionSpan], tokens: span.tokens)
            // A name has a letter: the tagger sometimes reads stray markup (`<`, `> &`) as one.
            guard mention.text.unicodeScalars.contains(where: \.properties.isAlphabetic) else { continue }
            let key = span.type.rawValue + "\t" + mention.text
            if let index = entityIndex[key] {
                entities[index].mentions.append(mention)
            } else {
                entityIndex[key] = entities.count
                entities.append(Entity(id: "e\(entities.count + 1)", name: mention.text, type: span.type, mentions: [mention]))
            }
        }
        document.entities = entities
    }
}
