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
        json.field("schema", Self.schema)
        json.field("id", document.id)
        if includeText {
            json.field("text", document.text.string)
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
                json.field("kind", token.kind.rawValue)
                json.field("text", token.text)
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
        return finish(&json, extraFields: extraFields)
    }

    /// The error record of a document that could not be annotated.
    public func encodeError(id: String?, message: String, extraFields: [(key: String, json: String)] = []) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.field("schema", Self.schema)
        json.key("id")
        json.optionalString(id)
        json.field("error", message)
        return finish(&json, extraFields: extraFields)
    }

    /// Appends the pass-through fields, closes the object and indents it when asked.
    private func finish(_ json: inout JSONWriter, extraFields: [(key: String, json: String)]) -> [UInt8] {
        for field in extraFields {
            json.key(field.key)
            json.raw(field.json)
        }
        json.endObject()
        return pretty ? JSONPrettyPrinter.indent(json.bytes) : json.bytes
    }

    private func writeSpanFields(_ span: Span, to json: inout JSONWriter) {
        json.field("start", span.start)
        json.field("end", span.end)
    }

    private func writeTextSpan(_ span: Span, _ text: String, to json: inout JSONWriter) {
        json.beginObject()
        writeSpanFields(span, to: &json)
        json.field("text", text)
        json.endObject()
    }

    private func writeSpan(_ span: Span, to json: inout JSONWriter) {
        json.beginObject()
        writeSpanFields(span, to: &json)
        json.endObject()
    }

    private func write(_ entity: Entity, to json: inout JSONWriter) {
        json.beginObject()
        json.field("id", entity.id)
        json.field("name", entity.name)
        json.field("type", entity.type.rawValue)
        if let gender = entity.gender { json.field("gender", gender.rawValue) }
        json.key("mentions")
        json.beginArray()
        for mention in entity.mentions { writeTextSpan(mention.span, mention.text, to: &json) }
        json.endArray()
        json.endObject()
    }

    private func write(_ quote: Quote, to json: inout JSONWriter) {
        json.beginObject()
        json.field("id", quote.id)
        json.field("type", quote.type.rawValue)
        json.field("text", quote.text)
        writeSpanFields(quote.span, to: &json)
        json.key("cue")
        if let cue = quote.cue {
            writeTextSpan(cue.span, cue.text, to: &json)
        } else {
            json.null()
        }
        json.key("speaker")
        if let speaker = quote.speaker {
            json.beginObject()
            writeSpanFields(speaker.span, to: &json)
            json.field("text", speaker.text)
            json.key("entity")
            json.optionalString(speaker.entity)
            json.endObject()
        } else {
            json.null()
        }
        if let rule = quote.rule {
            json.field("rule", rule)
        }
        if let confidence = quote.confidence {
            json.key("confidence")
            json.double((confidence * 1000).rounded() / 1000)
        }
        if let continues = quote.continues {
            json.field("continues", continues)
        }
        json.endObject()
    }
}
