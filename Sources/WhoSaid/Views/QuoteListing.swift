/// The rows of `whosaid quotes`: one per quote, with its speaker's canonical name.
public struct QuoteListing: Sendable {
    public struct Filter: Sendable {
        /// Matches the canonical name, any of the entity's mentions, the speaker's own words, or one word of the name.
        public var speaker: String?
        public var type: QuoteType?
        public var unattributedOnly = false

        public init(speaker: String? = nil, type: QuoteType? = nil, unattributedOnly: Bool = false) {
            self.speaker = speaker
            self.type = type
            self.unattributedOnly = unattributedOnly
        }
    }

    public static let columns = ["document", "speaker", "type", "quote", "cue"]

    public var filter: Filter
    public private(set) var rows: [[String]] = []

    public init(filter: Filter) { self.filter = filter }

    public mutating func add(_ document: AnnotatedDocument) {
        for quote in document.quotes where matches(quote, in: document) {
            rows.append([document.id, document.speakerName(of: quote) ?? "", quote.type.rawValue,
                         quote.text, quote.cue?.text ?? ""])
        }
    }

    private func matches(_ quote: Quote, in document: AnnotatedDocument) -> Bool {
        if let type = filter.type, quote.type != type { return false }
        if filter.unattributedOnly { return quote.speaker == nil }
        guard let wanted = filter.speaker?.lowercased() else { return true }
        guard let speaker = quote.speaker else { return false }
        var names = [speaker.text]
        if let entity = document.entity(withID: speaker.entity) {
            names.append(entity.name)
            names += entity.mentions.map(\.text)
        }
        return names.contains { name in
            let lowered = name.lowercased()
            return lowered == wanted || lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).contains { $0 == wanted }
        }
    }
}

/// The rows of `whosaid entities`: entities merged across documents by name and type.
public struct EntityListing: Sendable {
    public static let columns = ["entity", "type", "mentions", "aliases", "quotes", "documents"]

    public var type: EntityType?
    private var order: [String] = []
    private var totals: [String: (name: String, type: EntityType, mentions: Int, aliases: [String], quotes: Int, documents: Int)] = [:]

    public init(type: EntityType? = nil) { self.type = type }

    public mutating func add(_ document: AnnotatedDocument) {
        for entity in document.entities where type == nil || entity.type == type {
            let key = entity.type.rawValue + "\t" + entity.name
            let quotes = document.quotes.filter { $0.speaker?.entity == entity.id }.count
            var total = totals[key] ?? (entity.name, entity.type, 0, [], 0, 0)
            if totals[key] == nil { order.append(key) }
            total.mentions += entity.mentions.count
            for mention in entity.mentions where mention.text != entity.name && !total.aliases.contains(mention.text) {
                total.aliases.append(mention.text)
            }
            total.quotes += quotes
            total.documents += 1
            totals[key] = total
        }
    }

    /// Most mentioned first; ties in order of first appearance.
    public var rows: [[String]] {
        order.enumerated()
            .sorted { (totals[$0.element]!.mentions, -$0.offset) > (totals[$1.element]!.mentions, -$1.offset) }
            .map { totals[$0.element]! }
            .map { [$0.name, $0.type.rawValue, String($0.mentions), $0.aliases.joined(separator: "; "), String($0.quotes), String($0.documents)] }
    }
}
