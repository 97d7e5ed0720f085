/// An annotated document: the text and the layers the pipeline's stages add.
/// Plain values throughout, so documents move freely between threads.
public struct Document: Sendable {
    public var id: String
    public let text: DocumentText
    public var paragraphs: [Paragraph] = []
    public var tokens: [Token] = []
    public var sentences: [Sentence] = []
    public var entities: [Entity] = []
    public var quotes: [Quote] = []
    /// Non-fatal problems met while reading or annotating (e.g. invalid UTF-8 replaced).
    public var warnings: [String] = []
    /// When annotating this document must stop; stages check it between units of work.
    public var deadline: ContinuousClock.Instant?

    public init(id: String, text: String) {
        self.id = id
        self.text = DocumentText(text)
    }
}

extension Document {
    /// Throws once the document's time budget is spent, so one pathological
    /// document fails alone instead of stalling a whole batch.
    public func checkDeadline(in stage: String) throws(WhoSaidError) {
        if let deadline, ContinuousClock.now > deadline {
            throw .document(id: id, message: "time budget exceeded in stage '\(stage)' (raise it with --time-limit)")
        }
    }
}

public struct Paragraph: Hashable, Sendable {
    public var span: Span
    public init(span: Span) { self.span = span }
}

public struct Token: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case word, number, punctuation, quotationMark = "quote", symbol, link
    }

    public var span: Span
    public var kind: Kind
    public var text: String

    public init(span: Span, kind: Kind, text: String) {
        self.span = span
        self.kind = kind
        self.text = text
    }
}

public struct Sentence: Hashable, Sendable {
    public var span: Span
    /// Indices into `Document.tokens`.
    public var tokens: Range<Int>
    public var paragraph: Int

    public init(span: Span, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}

public enum EntityType: String, Sendable, CaseIterable {
    case person = "PERSON", organization = "ORG", location = "LOC", miscellaneous = "MISC"
}

public struct Mention: Hashable, Sendable {
    public var span: Span
    public var text: String
    /// Indices into `Document.tokens`.
    public var tokens: Range<Int>

    public init(span: Span, text: String, tokens: Range<Int>) {
        self.span = span
        self.text = text
        self.tokens = tokens
    }
}

/// The grammatical gender a person's name or title tells, for resolving "he" and "she".
public enum Gender: String, Sendable, CaseIterable {
    case male, female
}

/// One real-world thing with every mention of it in the document.
public struct Entity: Hashable, Sendable {
    public var id: String
    public var name: String
    public var type: EntityType
    public var mentions: [Mention]
    /// For a PERSON, the gender its first name or a title tells (`Mr.`, `spokeswoman`); nil when unknown.
    public var gender: Gender?

    public init(id: String, name: String, type: EntityType, mentions: [Mention], gender: Gender? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.mentions = mentions
        self.gender = gender
    }
}

public enum QuoteType: String, Sendable, CaseIterable {
    case direct, partial, indirect
}

/// A quoted or reported stretch of speech and, when known, who said it.
public struct Quote: Hashable, Sendable {
    public struct Cue: Hashable, Sendable {
        public var span: Span
        public var text: String
        public init(span: Span, text: String) {
            self.span = span
            self.text = text
        }
    }

    public struct Speaker: Hashable, Sendable {
        public var span: Span
        public var text: String
        /// The id of the document entity the local mention refers to.
        public var entity: String?
        public init(span: Span, text: String, entity: String?) {
            self.span = span
            self.text = text
            self.entity = entity
        }
    }

    public var id: String
    public var type: QuoteType
    public var span: Span
    public var text: String
    public var cue: Cue?
    public var speaker: Speaker?
    /// The attribution rule (sieve) that chose the speaker.
    public var rule: String?
    public var confidence: Double?
    /// For a quote continued from an earlier paragraph, the id of its first part.
    public var continues: String?

    public init(
        id: String, type: QuoteType, span: Span, text: String, cue: Cue? = nil, speaker: Speaker? = nil,
        rule: String? = nil, confidence: Double? = nil, continues: String? = nil
    ) {
        self.id = id
        self.type = type
        self.span = span
        self.text = text
        self.cue = cue
        self.speaker = speaker
        self.rule = rule
        self.confidence = confidence
        self.continues = continues
    }
}
