/// The tagger's labels: IOB2 over the four CoNLL-2003 types (`O`, `B-PER`, `I-PER`, …).
/// Raw values are row positions in the model's weight vectors.
enum NERTag: Int, CaseIterable, Sendable {
    case outside, beginPerson, insidePerson, beginOrganization, insideOrganization,
        beginLocation, insideLocation, beginMiscellaneous, insideMiscellaneous

    static let count = allCases.count

    init(type: EntityType, begins: Bool) {
        let base: Int
        switch type {
        case .person: base = 1
        case .organization: base = 3
        case .location: base = 5
        case .miscellaneous: base = 7
        }
        self.init(rawValue: begins ? base : base + 1)!
    }

    /// The IOB2 label (`B-PER`); parses what `name` writes, and CoNLL's labels.
    init?(name: String) {
        guard let tag = NERTag.allCases.first(where: { $0.name == name }) else { return nil }
        self = tag
    }

    var type: EntityType? {
        switch self {
        case .outside: return nil
        case .beginPerson, .insidePerson: return .person
        case .beginOrganization, .insideOrganization: return .organization
        case .beginLocation, .insideLocation: return .location
        case .beginMiscellaneous, .insideMiscellaneous: return .miscellaneous
        }
    }

    var isBegin: Bool { rawValue % 2 == 1 }

    /// CoNLL-2003 type names (PER, not PERSON).
    var name: String {
        guard let type else { return "O" }
        return (isBegin ? "B-" : "I-") + EntityType.conllName(type)
    }

    /// The tag with the highest score (lanes = raw values) that may follow `previous` (nil:
    /// the sentence start); on a tie the earlier tag, O first.
    @inline(__always)
    static func best(_ scores: SIMD16<Float>, after previous: NERTag?) -> NERTag {
        var best = NERTag.outside
        for tag in allCases where tag.canFollow(previous ?? .outside) && scores[tag.rawValue] > scores[best.rawValue] {
            best = tag
        }
        return best
    }

    /// IOB2 allows `I-X` only right after `B-X` or `I-X`.
    func canFollow(_ previous: NERTag) -> Bool {
        isBegin || self == .outside || previous.type == type
    }
}

extension EntityType {
    /// The CoNLL-2003 name of the type: PER, ORG, LOC, MISC.
    static func conllName(_ type: EntityType) -> String {
        type == .person ? "PER" : type.rawValue
    }

    /// The type of a CoNLL-2003 name (PER, ORG, LOC, MISC).
    init?(conllName: String) {
        switch conllName {
        case "PER": self = .person
        case "ORG": self = .organization
        case "LOC": self = .location
        case "MISC": self = .miscellaneous
        default: return nil
        }
    }
}

/// An entity mention found by the tagger.
public struct TaggedSpan: Hashable, Sendable {
    /// Indices into `Document.tokens`.
    public var tokens: Range<Int>
    public var type: EntityType

    public init(tokens: Range<Int>, type: EntityType) {
        self.tokens = tokens
        self.type = type
    }

    /// The spans of an IOB2 tag sequence whose first tag belongs to token `offset`.
    static func spans(of tags: some Collection<NERTag>, offset: Int) -> [TaggedSpan] {
        var spans: [TaggedSpan] = []
        var open: (start: Int, type: EntityType)?
        for (index, tag) in tags.enumerated() {
            if let current = open, tag.isBegin || tag.type != current.type {
                spans.append(TaggedSpan(tokens: (offset + current.start)..<(offset + index), type: current.type))
                open = nil
            }
            if let type = tag.type, open == nil { open = (index, type) }
        }
        if let current = open {
            spans.append(TaggedSpan(tokens: (offset + current.start)..<(offset + tags.count), type: current.type))
        }
        return spans
    }
}
