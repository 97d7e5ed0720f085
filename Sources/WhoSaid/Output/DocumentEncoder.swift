/// Encodes documents in the `whosaid/1` contract (see `schema/whosaid-1.schema.json`).
/// Offsets are Unicode code points, end-exclusive.
public struct DocumentEncoder: Sendable {
    public static let schema = "whosaid/1"

    public var includeTokens: Bool
    public var includeText: Bool
    public var pretty: Bool

    public init(includeTokens: Bool = false, includeText: Bool = false, pretty: Bool = false) {
        self.includeTokens = includeTokens
        self.includeText = includeText
        self.pretty = pretty
    }

    /// One JSON object, without a trailing newline. `extraFields` are
    /// already-encoded JSON values appended as they are (e.g. `"meta"`).
    public func encode(_ document: Document, extraFields: [(key: String, json: String)] = []) -> [UInt8] {
        var json = JSONWriter(capacity: 256 + document.tokens.count * 16)
        json.beginObject()
        json.key("schema")
        json.string(Self.schema)
        json.key("id")
        json.string(document.id)
        if includeText {
            json.key("text")
            json.string(document.text.string)
        }
        json.key("paragraphs")
        json.beginArray()
        for paragraph in document.paragraphs { writeSpan(paragraph.span, to: &json) }
        json.endArray()
        json.key("sentences")
        json.beginArray()
        for sentence in document.sentences { writeSpan(sentence.span, to: &json) }
        json.endArray()
        if includeTokens {
            json.key("tokens")
            json.beginArray()
            for token in document.tokens {
                json.beginObject()
                writeSpanFields(token.span, to: &json)
                json.key("kind")
                json.string(token.kind.rawValue)
                json.key("text")
                json.string(token.text)
                json.endObject()
            }
            json.endArray()
        }
        json.key("entities")
        json.beginArray()
        for entity in document.entities { write(entity, to: &json) }
        json.endArray()
        json.key("quotes")
        json.beginArray()
        for quote in document.quotes { write(quote, to: &json) }
        json.endArray()
        if !document.warnings.isEmpty {
            json.key("warnings")
            json.beginArray()
            for warning in document.warnings { json.string(warning) }
            json.endArray()
        }
        for field in extraFields {
            json.key(field.key)
            json.raw(field.json)
        }
        json.endObject()
        return pretty ? JSONPrettyPrinter.indent(json.bytes) : json.bytes
    }

    /// The error record of a document that could not be annotated.
    public func encodeError(id: String?, message: String, extraFields: [(key: String, json: String)] = []) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("schema")
        json.string(Self.schema)
        json.key("id")
        json.optionalString(id)
        json.key("error")
        json.string(message)
        for field in extraFields {
            json.key(field.key)
            json.raw(field.json)
        }
        json.endObject()
        return pretty ? JSONPrettyPrinter.indent(json.bytes) : json.bytes
    }

    private func writeSpanFields(_ span: Span, to json: inout JSONWriter) {
        json.key("start")
        json.int(span.start)
        json.key("end")
        json.int(span.end)
    }

    private func writeSpan(_ span: Span, to json: inout JSONWriter) {
        json.beginObject()
        writeSpanFields(span, to: &json)
        json.endObject()
    }

    private func write(_ entity: Entity, to json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.string(entity.id)
        json.key("name")
        json.string(entity.name)
        json.key("type")
        json.string(entity.type.rawValue)
        if let gender = entity.gender {
            json.key("gender")
            json.string(gender.rawValue)
        }
        json.key("mentions")
        json.beginArray()
        for mention in entity.mentions {
            json.beginObject()
            writeSpanFields(mention.span, to: &json)
            json.key("text")
            json.string(mention.text)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private func write(_ quote: Quote, to json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.string(quote.id)
        json.key("type")
        json.string(quote.type.rawValue)
        json.key("text")
        json.string(quote.text)
        writeSpanFields(quote.span, to: &json)
        json.key("cue")
        if let cue = quote.cue {
            json.beginObject()
            writeSpanFields(cue.span, to: &json)
            json.key("text")
            json.string(cue.text)
            json.endObject()
        } else {
            json.null()
        }
        json.key("speaker")
        if let speaker = quote.speaker {
            json.beginObject()
            writeSpanFields(speaker.span, to: &json)
            json.key("text")
            json.string(speaker.text)
            json.key("entity")
            json.optionalString(speaker.entity)
            json.endObject()
        } else {
            json.null()
        }
        if let rule = quote.rule {
            json.key("rule")
            json.string(rule)
        }
        if let confidence = quote.confidence {
            json.key("confidence")
            json.double((confidence * 1000).rounded() / 1000)
        }
        if let continues = quote.continues {
            json.key("continues")
            json.string(continues)
        }
        json.endObject()
    }
}
