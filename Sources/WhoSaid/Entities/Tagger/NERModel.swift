/// The trained tagger as UTF-8 text, so it can live in `Lexicons/` and be
/// embedded like any lexicon. Layout:
///
///     # comment lines (header only)
///     format	whosaid-ner	1
///     tags	O B-PER I-PER …          (must equal the tag set of this build)
///     scale	0.0001                    (weight = integer × scale)
///     lexicon	places	entities/places.tsv	fnv1a64:…   (one per lexicon, with a hash of its text)
///     features	123456
///     w	Germany	5:1234 6:-56        (template, parts joined by spaces, tag:weight pairs)
///
/// Features are stored by name, not by hash, so the file says what the model
/// learned and survives changes to the hashing.
struct NERModel: Sendable {
    struct LexiconRecord: Sendable, Equatable {
        var key: String
        var file: String
        /// `fnv1a64:` and the hash of the file's text, in hex.
        var hash: String
    }

    static let formatName = "whosaid-ner"
    static let formatVersion = 1

    var lexicons: [LexiconRecord]
    var weights: WeightTable

    static func contentHash(_ text: String) -> String {
        let hash = FeatureHashing.part(text)
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Reading

    init(lexicons: [LexiconRecord], weights: WeightTable) {
        self.lexicons = lexicons
        self.weights = weights
    }

    init(parsing file: LexiconFile) throws(WhoSaidError) {
        var text = file.text
        let parsed = text.withUTF8 { bytes in
            Result { () throws(WhoSaidError) in try Self.parse(bytes, fileName: file.name) }
        }
        self = try parsed.get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String) throws(WhoSaidError) -> NERModel {
        var reader = LineReader(bytes: bytes)
        func fail(_ message: String) -> WhoSaidError {
            .configuration(file: fileName, line: reader.lineNumber, message: message)
        }
        var lexicons: [LexiconRecord] = []
        var scale: Float?
        var sawFormat = false
        var sawTags = false
        var featureCount: Int?
        // Header: tab-separated key and values, up to the `features` line.
        while featureCount == nil, let line = reader.next() {
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = String(decoding: line, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
                .map(String.init)
            switch fields[0] {
            case "format":
                guard fields.count == 3, fields[1] == formatName, fields[2] == String(formatVersion) else {
                    throw fail("expected 'format<TAB>\(formatName)<TAB>\(formatVersion)', found '\(fields.joined(separator: " "))'")
                }
                sawFormat = true
            case _ where !sawFormat:
                throw fail("not a whosaid NER model: the first line must be 'format<TAB>\(formatName)<TAB>\(formatVersion)'")
            case "tags":
                let expected = NERTag.allCases.map(\.name).joined(separator: " ")
                guard fields.count == 2, fields[1] == expected else {
                    throw fail("the model's tags differ from this build's (\(expected))")
                }
                sawTags = true
            case "scale":
                guard fields.count == 2, let value = Float(fields[1]), value > 0 else {
                    throw fail("expected 'scale<TAB>positive number'")
                }
                scale = value
            case "lexicon":
                guard fields.count == 4, !fields[1].isEmpty, !fields[2].isEmpty, fields[3].hasPrefix("fnv1a64:") else {
                    throw fail("expected 'lexicon<TAB>key<TAB>file<TAB>fnv1a64:hash'")
                }
                lexicons.append(LexiconRecord(key: fields[1], file: fields[2], hash: fields[3]))
            case "features":
                guard fields.count == 2, let count = Int(fields[1]), count >= 0 else {
                    throw fail("expected 'features<TAB>count'")
                }
                featureCount = count
            default:
                throw fail("unknown header line '\(fields[0])'")
            }
        }
        guard sawFormat else { throw fail("empty model file") }
        guard sawTags, let scale, let featureCount else {
            throw fail("incomplete header: needs 'tags', 'scale' and 'features' lines")
        }
        let templates = Dictionary(uniqueKeysWithValues: FeatureTemplate.allCases.map { (FeatureHashing.part($0.name), $0) })
        var weights = WeightTable(minimumCapacity: featureCount)
        while let line = reader.next() {
            guard let firstTab = line.firstIndex(of: UInt8(ascii: "\t")),
                let secondTab = line[(firstTab + 1)...].firstIndex(of: UInt8(ascii: "\t"))
            else { throw fail("expected 'template<TAB>parts<TAB>weights'") }
            guard let template = templates[FeatureHashing.part(line[..<firstTab])] else {
                throw fail("unknown feature template '\(String(decoding: line[..<firstTab], as: UTF8.self))'")
            }
            let parts = line[(firstTab + 1)..<secondTab].split(separator: UInt8(ascii: " ")).map { FeatureHashing.part($0) }
            let key = FeatureHashing.key(template.rawValue, parts: parts)
            let (row, inserted) = weights.row(for: key)
            guard inserted else { throw fail("duplicate feature") }
            var values = SIMD16<Float>.zero
            for pair in line[(secondTab + 1)...].split(separator: UInt8(ascii: " ")) {
                guard let colon = pair.firstIndex(of: UInt8(ascii: ":")),
                    let tag = parseInteger(pair[..<colon]), (0..<NERTag.count).contains(tag),
                    let value = parseInteger(pair[(colon + 1)...])
                else { throw fail("expected tag:weight pairs, found '\(String(decoding: pair, as: UTF8.self))'") }
                values[tag] = Float(value) * scale
            }
            weights.add(values, toRow: row)
        }
        guard weights.count == featureCount else {
            throw fail("the header announces \(featureCount) features, the file has \(weights.count)")
        }
        return NERModel(lexicons: lexicons, weights: weights)
    }

    private static func parseInteger(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Int? {
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

    /// Lines of a byte buffer (`\n`, optional `\r`), counting line numbers.
    private struct LineReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        private(set) var lineNumber = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> UnsafeBufferPointer<UInt8>.SubSequence? {
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
    }

    // MARK: Writing

    /// A feature as the file names it.
    struct FeatureName {
        var template: FeatureTemplate
        var parts: [String]
    }

    /// The model file's text. Weights are rounded to multiples of `scale`
    /// (the largest weight / 9999); features whose rounded weights are all
    /// zero are left out, and only the `maximumFeatures` with the largest
    /// weights are kept.
    static func text(weights: WeightTable, names: [FeatureName?], lexicons: [LexiconRecord], maximumFeatures: Int,
                     comments: [String]) -> String {
        let largest = weights.rows.reduce(Float(0)) { max($0, $1.replacing(with: -$1, where: $1 .< 0).max()) }
        let scale = largest > 0 ? largest / 9999 : 1
        var kept: [(row: Int, size: Float)] = []
        for (row, values) in weights.rows.enumerated() {
            guard let name = names[row], name.parts.allSatisfy(isWritablePart) else { continue }
            let size = values.replacing(with: -values, where: values .< 0).max()
            if size >= scale / 2 { kept.append((row, size)) }
        }
        if kept.count > maximumFeatures {
            kept.sort { $0.size > $1.size }
            kept.removeLast(kept.count - maximumFeatures)
        }
        // Stable order (by template, then name) keeps diffs between retrained models readable.
        let lines: [String] = kept.map { entry in
            let name = names[entry.row]!
            var line = name.template.name + "\t" + name.parts.joined(separator: " ") + "\t"
            var pairs: [String] = []
            for tag in 0..<NERTag.count {
                let quantized = Int((weights.rows[entry.row][tag] / scale).rounded())
                if quantized != 0 { pairs.append("\(tag):\(quantized)") }
            }
            line += pairs.joined(separator: " ")
            return line
        }.sorted()
        var text = comments.map { "# " + $0 + "\n" }.joined()
        text += "format\t\(formatName)\t\(formatVersion)\n"
        text += "tags\t" + NERTag.allCases.map(\.name).joined(separator: " ") + "\n"
        text += "scale\t\(scale)\n"
        for lexicon in lexicons { text += "lexicon\t\(lexicon.key)\t\(lexicon.file)\t\(lexicon.hash)\n" }
        text += "features\t\(lines.count)\n"
        for line in lines { text += line + "\n" }
        return text
    }

    /// Parts are written between tabs and split on spaces, so they must hold neither (nor line breaks).
    private static func isWritablePart(_ part: String) -> Bool {
        !part.isEmpty && !part.utf8.contains { $0 <= 0x20 || $0 == 0x7F }
    }
}
