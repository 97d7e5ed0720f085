/// A lexicon's text and where it came from, read as rows of tab-separated
/// fields. `#` starts a comment line; blank lines are skipped. Every error
/// names the file and line.
public struct LexiconFile: Sendable {
    public struct Row: Sendable {
        public var fields: [String]
        public var line: Int
    }

    public let name: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// The data rows, each with between `minimum` and `maximum` fields (`columns`
    /// names them, for messages). Empty trailing fields count as present.
    public func rows(columns: [String], minimum: Int? = nil) throws(WhoSaidError) -> [Row] {
        let required = minimum ?? columns.count
        var rows: [Row] = []
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= required, fields.count <= columns.count else {
                let expected = required == columns.count ? "\(required)" : "\(required) to \(columns.count)"
                throw error(
                    line: lineNumber,
                    "expected \(expected) tab-separated columns (\(columns.joined(separator: ", "))), found \(fields.count)")
            }
            if let empty = fields.prefix(required).firstIndex(where: { $0.trimmingWhitespace.isEmpty }) {
                throw error(line: lineNumber, "column '\(columns[empty])' is empty")
            }
            rows.append(Row(fields: fields.map(\.trimmingWhitespace), line: lineNumber))
        }
        return rows
    }

    /// Rows whose first field is unique (case-sensitive); a repeat is an error naming both lines.
    public func uniqueRows(columns: [String], minimum: Int? = nil) throws(WhoSaidError) -> [Row] {
        let rows = try rows(columns: columns, minimum: minimum)
        var seen: [String: Int] = [:]
        for row in rows {
            if let first = seen[row.fields[0]] {
                throw error(line: row.line, "duplicate entry '\(row.fields[0])' (first on line \(first))")
            }
            seen[row.fields[0]] = row.line
        }
        return rows
    }

    public func error(line: Int, _ message: String) -> WhoSaidError {
        .configuration(file: name, line: line, message: message)
    }
}
