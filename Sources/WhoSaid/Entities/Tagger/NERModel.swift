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
    var weights: TaggingWeights

    static func contentHash(_ text: String) -> String {
        let hash = FeatureHashing.part(text)
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Reading

    init(lexicons: [LexiconRecord], weights: TaggingWeights) {
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
        var reader = ByteLines(bytes: bytes)
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
        guard sawFormat else { throw .configuration(file: fileName, line: nil, message: "empty model file") }
        guard sawTags, let scale, let featureCount else {
            throw fail("incomplete header: needs 'tags', 'scale' and 'features' lines")
        }
        // Byte-level from here on: a model has ~10^5 feature lines and must load in milliseconds.
        var templates = KeyTable()
        for template in FeatureTemplate.allCases { templates.insert(FeatureHashing.part(template.name)) }
        var weights = TaggingWeights(capacity: featureCount, scale: scale)
        var lines = 0
        let tab = UInt8(ascii: "\t")
        let space = UInt8(ascii: " ")
        while let line = reader.next() {
            guard let firstTab = line.firstIndex(of: tab),
                let secondTab = line[(firstTab + 1)...].firstIndex(of: tab)
            else { throw fail("expected 'template<TAB>parts<TAB>weights'") }
            guard let template = templates.index(of: FeatureHashing.part(line[..<firstTab])) else {
                throw fail("unknown feature template '\(String(decoding: line[..<firstTab], as: UTF8.self))'")
            }
            let key = FeatureHashing.key(
                FeatureTemplate.allCases[template].rawValue,
                parts: SpaceSeparatedParts(bytes: line[(firstTab + 1)..<secondTab]))
            var values = SIMD16<Int32>.zero
            var position = secondTab + 1
            while position < line.endIndex {
                let end = line[position...].firstIndex(of: space) ?? line.endIndex
                let pair = line[position..<end]
                guard let colon = pair.firstIndex(of: UInt8(ascii: ":")),
                    let tag = ByteLines.integer(pair[..<colon]), (0..<NERTag.count).contains(tag),
                    let value = ByteLines.integer(pair[(colon + 1)...])
                else { throw fail("expected tag:weight pairs, found '\(String(decoding: pair, as: UTF8.self))'") }
                values[tag] = Int32(clamping: value)
                position = end + 1
            }
            weights.insert(key, quantized: values)
            lines += 1
        }
        guard lines == featureCount else {
            throw fail("the header announces \(featureCount) features, the file has \(lines)")
        }
        return NERModel(lexicons: lexicons, weights: weights)
    }


    /// The hashes of the space-separated parts of a feature name, without allocating.
    private struct SpaceSeparatedParts: Sequence, IteratorProtocol {
        var bytes: UnsafeBufferPointer<UInt8>.SubSequence

        mutating func next() -> UInt64? {
            while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
            guard !bytes.isEmpty else { return nil }
            let end = bytes.firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex
            defer { bytes = bytes[end...] }
            return FeatureHashing.part(bytes[..<end])
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
