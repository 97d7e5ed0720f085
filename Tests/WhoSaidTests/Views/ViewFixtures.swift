@testable import WhoSaid

/// A short article with two speakers, a pronoun attribution, an unattributed
/// partial quote and awkward characters, annotated by hand.
enum ViewFixtures {
    static let text = #"""
        Dana Ortiz, the mayor, said: "Fares stay flat, for now."
        "We'll see," she added. Critics called it "a <script> stunt" & worse.
        Council member Lee Park said the budget, "frankly", was "a mess, full stop."
        """#

    static func span(of fragment: String, occurrence: Int = 1) -> Span {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(fragment.unicodeScalars)
        var seen = 0
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            seen += 1
            if seen == occurrence { return Span(start: start, end: start + needle.count) }
        }
        fatalError("fixture lacks \(fragment)")
    }

    static func mention(_ fragment: String, occurrence: Int = 1) -> Mention {
        Mention(span: span(of: fragment, occurrence: occurrence), text: fragment, tokens: 0..<0)
    }

    static var document: AnnotatedDocument {
        let ortiz = Entity(id: "e1", name: "Dana Ortiz", type: .person, mentions: [mention("Dana Ortiz")])
        let park = Entity(id: "e2", name: "Lee Park", type: .person, mentions: [mention("Lee Park")])
        let quotes = [
            Quote(id: "q1", type: .direct, span: span(of: "Fares stay flat, for now."), text: "Fares stay flat, for now.",
                  cue: .init(span: span(of: "said"), text: "said"),
                  speaker: .init(span: span(of: "Dana Ortiz"), text: "Dana Ortiz", entity: "e1"), rule: "speaker-verb-colon-quote", confidence: 0.95),
            Quote(id: "q2", type: .direct, span: span(of: "We'll see,"), text: "We'll see,",
                  cue: .init(span: span(of: "added"), text: "added"),
                  speaker: .init(span: span(of: "she"), text: "she", entity: "e1"), rule: "quote-comma-speaker-verb", confidence: 0.9),
            Quote(id: "q3", type: .partial, span: span(of: "a <script> stunt"), text: "a <script> stunt"),
            Quote(id: "q4", type: .partial, span: span(of: "a mess, full stop."), text: "a mess, full stop.",
                  cue: .init(span: span(of: "said", occurrence: 2), text: "said"),
                  speaker: .init(span: span(of: "Lee Park"), text: "Lee Park", entity: "e2")),
        ]
        return AnnotatedDocument(id: "council", text: text, entities: [ortiz, park], quotes: quotes)
    }

    /// The same document as `whosaid/1` JSON.
    static var json: String {
        var document = Document(id: "council", text: text)
        document.entities = self.document.entities
        document.quotes = self.document.quotes
        return String(decoding: DocumentEncoder(includeText: true).encode(document), as: UTF8.self)
    }
}
