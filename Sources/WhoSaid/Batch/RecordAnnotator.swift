/// Annotates one input (a raw text or a JSON Lines record) into one output
/// record: the `whosaid/1` document, or an error record. Nothing here throws:
/// a bad input becomes its own error record and the stream goes on.
public struct RecordAnnotator: Sendable {
    public struct Output: Sendable {
        /// One JSON object, no trailing newline.
        public var json: [UInt8]
        public var failed: Bool
        /// Warnings and errors for stderr, already prefixed with the document id.
        public var messages: [String]
    }

    public var pipeline: Pipeline
    public var encoder: DocumentEncoder
    public var textField: String
    public var idField: String
    /// Invalid UTF-8 fails the document instead of being replaced with U+FFFD.
    public var strict: Bool
    /// Time budget per document; nil for none.
    public var timeLimit: Duration?

    public init(pipeline: Pipeline, encoder: DocumentEncoder, textField: String = "text", idField: String = "id",
                strict: Bool = false, timeLimit: Duration? = nil) {
        self.pipeline = pipeline
        self.encoder = encoder
        self.textField = textField
        self.idField = idField
        self.strict = strict
        self.timeLimit = timeLimit
    }

    /// A raw text document.
    public func annotate(bytes: some Collection<UInt8>, id: String, extraFields: [(key: String, json: String)] = []) -> Output {
        let decoded = TextDecoding.decodeUTF8(bytes)
        var warnings: [String] = []
        if decoded.invalidSequences > 0 {
            let message = TextDecoding.invalidUTF8Message(decoded.invalidSequences)
            if strict { return failure(id: id, message: message, extraFields: extraFields) }
            warnings.append(message)
        }
        return annotate(text: decoded.text, id: id, warnings: warnings, extraFields: extraFields)
    }

    /// One JSON Lines record `{"id": …, "text": …, …}`; other fields come back under `"meta"`.
    public func annotate(record line: [UInt8], lineNumber: Int) -> Output {
        let fallbackID = "line \(lineNumber)"
        let decoded = TextDecoding.decodeUTF8(line)
        if decoded.invalidSequences > 0 && strict {
            return failure(id: fallbackID, message: TextDecoding.invalidUTF8Message(decoded.invalidSequences))
        }
        let record: JSONValue
        do {
            record = try JSONValue.parse(Array(decoded.text.utf8))
        } catch {
            return failure(id: nil, message: "line \(lineNumber): \(error)", messageID: fallbackID)
        }
        guard case let .object(members) = record else {
            return failure(id: nil, message: "line \(lineNumber): expected a JSON object", messageID: fallbackID)
        }
        let id: String
        switch record[idField] {
        case let .string(text)?: id = text
        case let value? where value != .null: id = value.json
        default: id = fallbackID
        }
        let others = members.filter { $0.key != idField && $0.key != textField }
        let extraFields: [(key: String, json: String)] = others.isEmpty ? [] : [("meta", JSONValue.object(others).json)]
        guard case let .string(text)? = record[textField] else {
            return failure(id: id, message: "record has no string field '\(textField)'", extraFields: extraFields)
        }
        var warnings: [String] = []
        if decoded.invalidSequences > 0 { warnings.append(TextDecoding.invalidUTF8Message(decoded.invalidSequences)) }
        return annotate(text: text, id: id, warnings: warnings, extraFields: extraFields)
    }

    /// The error record for an input over the size limit.
    public func tooLarge(id: String?, byteCount: Int, limit: Int) -> Output {
        failure(id: id, message: "input of \(byteCount) bytes is over the limit of \(limit) bytes (--max-bytes)",
                messageID: id ?? "input")
    }

    private func annotate(text: String, id: String, warnings: [String], extraFields: [(key: String, json: String)]) -> Output {
        do {
            var document = Document(id: id, text: text)
            document.warnings = warnings
            document.deadline = timeLimit.map { ContinuousClock.now + $0 }
            try pipeline.annotate(&document)
            return Output(json: encoder.encode(document, extraFields: extraFields), failed: false,
                          messages: warnings.map { "\(id): warning: \($0)" })
        } catch let WhoSaidError.document(_, message) {
            return failure(id: id, message: message, extraFields: extraFields)
        } catch {
            return failure(id: id, message: error.description, extraFields: extraFields)
        }
    }

    private func failure(id: String?, message: String, extraFields: [(key: String, json: String)] = [],
                         messageID: String? = nil) -> Output {
        Output(json: encoder.encodeError(id: id, message: message, extraFields: extraFields), failed: true,
               messages: ["\(messageID ?? id ?? "input"): error: \(message)"])
    }
}
