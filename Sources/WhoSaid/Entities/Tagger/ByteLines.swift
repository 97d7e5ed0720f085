/// Lines of UTF-8 text as byte slices (`\n`, optional `\r`, empty lines
/// skipped), counting line numbers: the tagger reads its model and lexicons
/// this way because they must load in milliseconds, and String's
/// Character-level splitting is far too slow for ~10^5 lines.
struct ByteLines {
    typealias Line = UnsafeBufferPointer<UInt8>.SubSequence

    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private(set) var lineNumber = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> Line? {
        while position < bytes.count {
            lineNumber += 1
            let start = position
            var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            position = end + 1
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            if end > start { return bytes[start..<end] }
        }
        return nil
    }

    /// A decimal integer with an optional minus sign, or nil.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Int? {
        var value = 0
        var negative = false
        var digits = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == 0 && byte == UInt8(ascii: "-") {
                negative = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") && digits < 18 {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        return digits == 0 ? nil : (negative ? -value : value)
    }

    /// The rows of a lexicon file as `LexiconFile.rows` reads them (`#` comment
    /// lines and blank lines skipped, fields split on tabs and trimmed of
    /// spaces, between `minimum` and `columns.count` fields), calling `body`
    /// with the fields and the line number.
    static func rows(
        of file: LexiconFile, columns: [String], minimum: Int,
        _ body: (_ fields: [Line], _ line: Int) throws(WhoSaidError) -> Void
    ) throws(WhoSaidError) {
        var text = file.text
        let failure: WhoSaidError? = text.withUTF8 { bytes in
            var lines = ByteLines(bytes: bytes)
            var fields: [Line] = []
            while let line = lines.next() {
                let content = trimmed(line)
                if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
                fields.removeAll(keepingCapacity: true)
                for field in line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false) {
                    fields.append(trimmed(field))
                }
                guard fields.count >= minimum, fields.count <= columns.count else {
                    let expected = minimum == columns.count ? "\(minimum)" : "\(minimum) to \(columns.count)"
                    return file.error(line: lines.lineNumber,
                                      "expected \(expected) tab-separated columns (\(columns.joined(separator: ", "))), found \(fields.count)")
                }
                if let empty = fields.prefix(minimum).firstIndex(where: { $0.isEmpty }) {
                    return file.error(line: lines.lineNumber, "column '\(columns[empty])' is empty")
                }
                do throws(WhoSaidError) {
                    try body(fields, lines.lineNumber)
                } catch {
                    return error
                }
            }
            return nil
        }
        if let failure { throw failure }
    }

    private static func trimmed(_ field: Line) -> Line {
        var field = field
        while let first = field.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { field = field.dropFirst() }
        while let last = field.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { field = field.dropLast() }
        return field
    }
}
