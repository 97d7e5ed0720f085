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
            if strict { return errorRecord(id: id, message: message, extraFields: extraFields) }
            warnings.append(message)
        }
        return annotate(text: decoded.text, id: id, warnings: warnings, extraFields: extraFields)
    }

    /// A JSON Lines record taken apart, ready to annotate.
    public struct Record: Sendable {
        public var id: String
        public var text: String
        public var warnings: [String]
        /// `"meta"`: the record's other fields, already encoded.
        public var extraFields: [(key: String, json: String)]
    }

    public enum ParsedRecord: Sendable {
        case record(Record)
        /// The error record for a line that is no usable record.
        case invalid(Output)
    }

    /// One JSON Lines record `{"id": …, "text": …, …}`; other fields come back under `"meta"`.
    public func annotate(record line: [UInt8], lineNumber: Int) -> Output {
        switch parse(record: line, lineNumber: lineNumber) {
        case let .record(record): return annotate(record)
        case let .invalid(output): return output
        }
    }

    /// Takes a record apart without annotating it, so a caller can look at its id first.
    public func parse(record line: [UInt8], lineNumber: Int) -> ParsedRecord {
        let fallbackID = "line \(lineNumber)"
        let decoded = TextDecoding.decodeUTF8(line)
        if decoded.invalidSequences > 0 && strict {
            return .invalid(errorRecord(id: fallbackID, message: TextDecoding.invalidUTF8Message(decoded.invalidSequences)))
        }
        let record: JSONValue
        do {
            record = try JSONValue.parse(Array(decoded.text.utf8))
        } catch {
            return .invalid(errorRecord(id: nil, message: "line \(lineNumber): \(error)", messageID: fallbackID))
        }
        guard case let .object(members) = record else {
            return .invalid(errorRecord(id: nil, message: "line \(lineNumber): expected a JSON object", messageID: fallbackID))
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
            return .invalid(errorRecord(id: id, message: "record has no string field '\(textField)'", extraFields: extraFields))
        }
        var warnings: [String] = []
        if decoded.invalidSequences > 0 { warnings.append(TextDecoding.invalidUTF8Message(decoded.invalidSequences)) }
        return .record(Record(id: id, text: text, warnings: warnings, extraFields: extraFields))
    }

    public func annotate(_ record: Record) -> Output {
        annotate(text: record.text, id: record.id, warnings: record.warnings, extraFields: record.extraFields)
    }

    /// The error record for an input over the size limit.
    public func tooLarge(id: String?, byteCount: Int, limit: Int) -> Output {
        errorRecord(id: id, message: "input of \(byteCount) bytes is over the limit of \(limit) bytes (--max-bytes)",
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
            return errorRecord(id: id, message: message, extraFields: extraFields)
        } catch {
            return errorRecord(id: id, message: error.description, extraFields: extraFields)
        }
    }

    /// An error record; `messageID` names the input on stderr when the record has no id.
    public func errorRecord(id: String?, message: String, extraFields: [(key: String, json: String)] = [],
                            messageID: String? = nil) -> Output {
        Output(json: encoder.encodeError(id: id, message: message, extraFields: extraFields), failed: true,
               messages: ["\(messageID ?? id ?? "input"): error: \(message)"])
    }
}
