/// Renders rows of strings as a terminal table, TSV, CSV (RFC 4180) or JSON Lines.
public struct TableRenderer: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case table, tsv, csv, json
    }

    public var format: Format
    /// Terminal width for wrapping the widest column; nil when piped (no wrapping, no color).
    public var terminalWidth: Int?
    /// Column whose text wraps in a terminal table (the quote).
    public var wrappingColumn: Int?
    /// Column whose values get a stable color each in a terminal (the speaker).
    public var coloredColumn: Int?

    public init(format: Format, terminalWidth: Int? = nil, wrappingColumn: Int? = nil, coloredColumn: Int? = nil) {
        self.format = format
        self.terminalWidth = terminalWidth
        self.wrappingColumn = wrappingColumn
        self.coloredColumn = coloredColumn
    }

    public func render(columns: [String], rows: [[String]]) -> String {
        switch format {
        case .csv: return ([columns] + rows).map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
        case .tsv: return ([columns] + rows).map { $0.map(Self.tsvField).joined(separator: "\t") + "\n" }.joined()
        case .json: return rows.map(jsonLine(columns: columns)).joined()
        case .table: return table(columns: columns, rows: rows)
        }
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, inner quotes doubled.
    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    /// TSV has no quoting: tabs and line breaks inside a field become spaces.
    static func tsvField(_ field: String) -> String {
        String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    private func jsonLine(columns: [String]) -> ([String]) -> String {
        { row in
            var json = JSONWriter()
            json.beginObject()
            for (column, value) in zip(columns, row) { json.field(column, value) }
            json.endObject()
            return String(decoding: json.bytes, as: UTF8.self) + "\n"
        }
    }

    private func table(columns: [String], rows: [[String]]) -> String {
        let cells = rows.map { $0.map(Self.tsvField) }
        var widths = columns.indices.map { column in
            ([columns[column]] + cells.map { $0[column] }).map(\.count).max() ?? 0
        }
        let gap = 2
        if let wrap = wrappingColumn, let width = terminalWidth {
            let others = widths.enumerated().filter { $0.offset != wrap }.map(\.element).reduce(0, +)
            widths[wrap] = max(20, min(widths[wrap], width - others - gap * (columns.count - 1)))
        }
        var out = line(columns.map { $0.uppercased() }, widths: widths, bold: terminalWidth != nil)
        for row in cells {
            let wrapped = wrappingColumn.map { Self.wrap(row[$0], width: terminalWidth == nil ? Int.max : widths[$0]) } ?? []
            var first = row
            if let wrap = wrappingColumn { first[wrap] = wrapped.first ?? "" }
            out += line(first, widths: widths, colorKey: coloredColumn.map { row[$0] })
            for continuation in wrapped.dropFirst() {
                var blank = Array(repeating: "", count: columns.count)
                blank[wrappingColumn!] = continuation
                out += line(blank, widths: widths)
            }
        }
        return out
    }

    private func line(_ values: [String], widths: [Int], bold: Bool = false, colorKey: String? = nil) -> String {
        var parts: [String] = []
        for (index, value) in values.enumerated() {
            let padded = index == values.count - 1 ? value : value.padding(to: widths[index])
            if terminalWidth != nil, index == coloredColumn, let key = colorKey, !key.isEmpty {
                parts.append(Self.ansiColor(for: key) + padded + "\u{1B}[0m")
            } else {
                parts.append(padded)
            }
        }
        let text = parts.joined(separator: "  ").trailingSpacesRemoved
        return bold ? "\u{1B}[1m" + text + "\u{1B}[0m\n" : text + "\n"
    }

    /// Greedy word wrap; a word longer than the width gets a line of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A stable color per name, from a palette readable on dark and light terminals.
    static func ansiColor(for key: String) -> String {
        let palette = [31, 32, 33, 34, 35, 36, 91, 92, 93, 94, 95, 96]
        let hash = key.unicodeScalars.reduce(UInt32(2166136261)) { ($0 ^ $1.value) &* 16777619 }
        return "\u{1B}[\(palette[Int(hash % UInt32(palette.count))])m"
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    var trailingSpacesRemoved: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
