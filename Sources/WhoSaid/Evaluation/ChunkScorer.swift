import Foundation

/// conlleval-style exact-chunk scoring of IOB label sequences, computed as
/// `score.py ner` computes it: per sentence, a chunk is (start, end, type);
/// `B-X` starts one, so does `I-X` after anything but a chunk of type X.
public struct ChunkScorer: Sendable {
    /// The types reported, in order (other types are ignored, as by `score.py`).
    public static let types = ["PER", "ORG", "LOC", "MISC"]

    public struct Counts: Sendable, Equatable {
        public var gold = 0
        public var predicted = 0
        public var correct = 0

        public init(gold: Int = 0, predicted: Int = 0, correct: Int = 0) {
            self.gold = gold
            self.predicted = predicted
            self.correct = correct
        }

        public var precision: Double { predicted > 0 ? Double(correct) / Double(predicted) : 0 }
        public var recall: Double { gold > 0 ? Double(correct) / Double(gold) : 0 }
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

        static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(gold: lhs.gold + rhs.gold, predicted: lhs.predicted + rhs.predicted, correct: lhs.correct + rhs.correct)
        }
    }

    public struct Chunk: Hashable, Sendable {
        public var start: Int
        public var end: Int
        public var type: String
    }

    public private(set) var perType: [String: Counts] = Dictionary(uniqueKeysWithValues: types.map { ($0, Counts()) })

    public init() {}

    public var overall: Counts { Self.types.reduce(Counts()) { $0 + perType[$1]! } }
    /// PER+ORG+LOC, the figure without MISC.
    public var personOrganizationLocation: Counts { ["PER", "ORG", "LOC"].reduce(Counts()) { $0 + perType[$1]! } }

    /// Adds one sentence's gold and predicted labels.
    public mutating func add(gold: [String], predicted: [String]) {
        let goldChunks = Set(Self.chunks(of: gold))
        let predictedChunks = Set(Self.chunks(of: predicted))
        for chunk in goldChunks where perType[chunk.type] != nil { perType[chunk.type]!.gold += 1 }
        for chunk in predictedChunks where perType[chunk.type] != nil { perType[chunk.type]!.predicted += 1 }
        for chunk in goldChunks.intersection(predictedChunks) where perType[chunk.type] != nil {
            perType[chunk.type]!.correct += 1
        }
    }

    /// The chunks of one sentence's labels. A label without `-` counts as O.
    public static func chunks(of labels: [String]) -> [Chunk] {
        var chunks: [Chunk] = []
        var open: (start: Int, type: String)?
        for (index, label) in (labels + ["O"]).enumerated() {
            var prefix = "O"
            var type: String?
            if let dash = label.firstIndex(of: "-") {
                prefix = String(label[..<dash])
                type = String(label[label.index(after: dash)...])
            }
            if prefix != "B" && prefix != "I" { prefix = "O" }
            let starts = prefix == "B" || (prefix == "I" && open?.type != type)
            if let current = open, prefix == "O" || starts {
                chunks.append(Chunk(start: current.start, end: index, type: current.type))
                open = nil
            }
            if prefix != "O" && starts, let type { open = (index, type) }
        }
        return chunks
    }

    /// The figures as a table, laid out as `score.py ner` prints it.
    public var table: String {
        var lines = [String(repeating: " ", count: 14) + "  gold  pred  corr       P       R      F1"]
        let rows = Self.types.map { ($0, perType[$0]!) } + [("overall", overall), ("PER+ORG+LOC", personOrganizationLocation)]
        for (label, counts) in rows {
            lines.append(label.padding(toLength: 14, withPad: " ", startingAt: 0)
                         + String(format: "%6d%6d%6d%8.3f%8.3f%8.3f", counts.gold, counts.predicted, counts.correct,
                                  counts.precision, counts.recall, counts.f1))
        }
        return lines.joined(separator: "\n")
    }
}
