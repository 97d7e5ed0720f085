/// Reads `whosaid/1` JSON back into the document model's entities and quotes,
/// for the views (`whosaid quotes`, `entities`, `show`) over existing output.
public struct AnnotatedDocument: Sendable {
    public var id: String
    /// The text, when the output carries it (`--with-text`) or the view ran the pipeline itself.
    public var text: String?
    public var entities: [Entity]
    public var quotes: [Quote]
    /// The message of an error record.
    public var error: String?

    public init(id: String, text: String?, entities: [Entity], quotes: [Quote], error: String? = nil) {
        self.id = id
        self.text = text
        self.entities = entities
        self.quotes = quotes
        self.error = error
    }

    public init(_ document: Document) {
        self.init(id: document.id, text: document.text.string, entities: document.entities, quotes: document.quotes)
    }

    /// Decodes one `whosaid/1` object; `source` names where it came from in error messages.
    public init(json: JSONValue, source: String) throws(WhoSaidError) {
        func fail(_ message: String) -> WhoSaidError { .document(id: source, message: "not whosaid/1 output: \(message)") }
        guard json["schema"] == .string(DocumentEncoder.schema) else { throw fail("\"schema\" is not \"whosaid/1\"") }
        id = json["id"]?.stringValue ?? source
        text = json["text"]?.stringValue
        error = json["error"]?.stringValue
        guard error == nil else {
            entities = []
            quotes = []
            return
        }
        func span(_ value: JSONValue?, _ what: String) throws(WhoSaidError) -> Span {
            guard let start = value?["start"]?.intValue, let end = value?["end"]?.intValue, start >= 0, start <= end else {
                throw fail("\(what) has no valid start and end")
            }
            return Span(start: start, end: end)
        }
        var entities: [Entity] = []
        for item in json["entities"]?.arrayValue ?? [] {
            guard let entityID = item["id"]?.stringValue, let name = item["name"]?.stringValue,
                let type = item["type"]?.stringValue.flatMap(EntityType.init(rawValue:))
            else { throw fail("an entity lacks id, name or a known type") }
            var mentions: [Mention] = []
            for mention in item["mentions"]?.arrayValue ?? [] {
                mentions.append(Mention(span: try span(mention, "a mention of \(entityID)"),
                                        text: mention["text"]?.stringValue ?? "", tokens: 0..<0))
            }
            var entity = Entity(id: entityID, name: name, type: type, mentions: mentions)
            entity.gender = item["gender"]?.stringValue.flatMap(Gender.init(rawValue:))
            entities.append(entity)
        }
        var quotes: [Quote] = []
        for item in json["quotes"]?.arrayValue ?? [] {
            guard let quoteID = item["id"]?.stringValue,
                let type = item["type"]?.stringValue.flatMap(QuoteType.init(rawValue:))
            else { throw fail("a quote lacks id or a known type") }
            var quote = Quote(id: quoteID, type: type, span: try span(item, "quote \(quoteID)"),
                              text: item["text"]?.stringValue ?? "")
            if let cue = item["cue"], cue != .null {
                quote.cue = Quote.Cue(span: try span(cue, "the cue of \(quoteID)"), text: cue["text"]?.stringValue ?? "")
            }
            if let speaker = item["speaker"], speaker != .null {
                quote.speaker = Quote.Speaker(span: try span(speaker, "the speaker of \(quoteID)"),
                                              text: speaker["text"]?.stringValue ?? "",
                                              entity: speaker["entity"]?.stringValue)
            }
            quote.rule = item["rule"]?.stringValue
            if case let .number(confidence)? = item["confidence"] { quote.confidence = Double(confidence) }
            quote.continues = item["continues"]?.stringValue
            quotes.append(quote)
        }
        self.entities = entities
        self.quotes = quotes
    }

    public func entity(withID id: String?) -> Entity? {
        guard let id else { return nil }
        return entities.first { $0.id == id }
    }

    /// Who said a quote, as people read it: the entity's canonical name, else
    /// the speaker's own words. A group that merely contains the entity keeps
    /// its words ("650 Salesforce employees" did not speak for Salesforce);
    /// a name with a title or role before it ("CEO Marc Benioff") is the entity.
    public func speakerName(of quote: Quote) -> String? {
        guard let speaker = quote.speaker else { return nil }
        guard let entity = entity(withID: speaker.entity) else { return speaker.text }
        let isGroupAroundEntity = entity.mentions.contains { mention in
            speaker.span.contains(mention.span) && mention.span.end < speaker.span.end
        } && !entity.mentions.contains { $0.span.end == speaker.span.end && speaker.span.contains($0.span) }
        return isGroupAroundEntity ? speaker.text : entity.name
    }
}

extension JSONValue {
    var stringValue: String? { if case let .string(text) = self { text } else { nil } }
    var intValue: Int? { if case let .number(text) = self { Int(text) } else { nil } }
    var arrayValue: [JSONValue]? { if case let .array(items) = self { items } else { nil } }
}
