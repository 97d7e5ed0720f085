import Foundation

/// `whosaid eval quotes`: annotates every `NAME.txt` of a PolNeAR-style gold
/// directory with a pipeline and scores the quotes against `NAME.ann`. The
/// figures and their layout are those of `shared/tools/score.py quotes`.
public enum QuoteEvaluation {
    public static func run(pipeline: Pipeline, goldDirectory: String) throws(WhoSaidError) -> QuoteScorer {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: goldDirectory)
                .filter { $0.hasSuffix(".ann") }.map { String($0.dropLast(4)) }.sorted()
        } catch {
            throw .missingResource(kind: "gold directory", name: goldDirectory, searched: [goldDirectory])
        }
        guard !names.isEmpty else {
            throw .configuration(file: goldDirectory, line: nil, message: "no .ann files in the gold directory")
        }
        var scorer = QuoteScorer()
        for name in names {
            let base = goldDirectory + "/" + name
            guard let text = ResourceStore.readFile(base + ".txt"), let annotation = ResourceStore.readFile(base + ".ann")
            else { throw .missingResource(kind: "gold file", name: base + ".txt", searched: [goldDirectory]) }
            let document = try pipeline.annotate(text, id: name)
            scorer.add(document, gold: try BratReader.attributions(in: annotation, file: base + ".ann"))
        }
        return scorer
    }

    /// The score table, laid out as the reference scorer prints it.
    public static func table(_ scorer: QuoteScorer) -> String {
        func cell(_ text: String, _ width: Int, left: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + padding : padding + text
        }
        func number(_ value: Double) -> String { String(format: "%.3f", value) }
        var lines = ["quotes: \(scorer.documents) gold docs, \(scorer.documents) with predictions (0 missing, 0 predicted docs not in gold)"]
        lines.append(cell("", 28) + cell("gold", 6) + cell("pred", 6) + cell("match", 7) + cell("P", 8) + cell("R", 8) + cell("F1", 8))
        for (label, tally) in [("direct quotes", scorer.direct), ("all attributions", scorer.all)] {
            lines.append(cell(label + " detection", 28, left: true) + cell("\(tally.gold)", 6) + cell("\(tally.predicted)", 6)
                + cell("\(tally.matched)", 7) + cell(number(tally.precision), 8) + cell(number(tally.recall), 8) + cell(number(tally.f1), 8))
            lines.append(cell(label + " attribution", 28, left: true) + cell("", 19)
                + "acc \(number(tally.attributionAccuracy)) (\(tally.correctSpeakers)/\(tally.matchedWithSource) matched with gold source)")
            lines.append(cell(label + " end-to-end", 28, left: true) + cell("\(tally.gold)", 6) + cell("\(tally.predicted)", 6)
                + cell("\(tally.endToEnd)", 7) + cell(number(tally.endToEndPrecision), 8) + cell(number(tally.endToEndRecall), 8)
                + cell(number(tally.endToEndF1), 8))
        }
        return lines.joined(separator: "\n")
    }

    /// The figures as JSON, with the keys of the reference scorer's `--json`.
    public static func json(_ scorer: QuoteScorer) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("docs")
        json.int(scorer.documents)
        json.key("docs_missing_prediction")
        json.int(0)
        json.key("pred_docs_not_in_gold")
        json.int(0)
        for (key, tally) in [("direct", scorer.direct), ("all_attributions", scorer.all)] {
            json.key(key)
            json.beginObject()
            for (name, value) in [("gold", tally.gold), ("pred", tally.predicted), ("matched", tally.matched)] {
                json.key(name)
                json.int(value)
            }
            for (name, value) in [("precision", tally.precision), ("recall", tally.recall), ("f1", tally.f1)] {
                json.key(name)
                json.double(value)
            }
            json.key("attribution")
            json.beginObject()
            json.key("matched_with_source")
            json.int(tally.matchedWithSource)
            json.key("correct")
            json.int(tally.correctSpeakers)
            json.key("accuracy")
            json.double(tally.attributionAccuracy)
            json.endObject()
            json.key("end_to_end")
            json.beginObject()
            json.key("tp")
            json.int(tally.endToEnd)
            for (name, value) in [("precision", tally.endToEndPrecision), ("recall", tally.endToEndRecall), ("f1", tally.endToEndF1)] {
                json.key(name)
                json.double(value)
            }
            json.endObject()
            json.endObject()
        }
        json.endObject()
        return String(decoding: JSONPrettyPrinter.indent(json.bytes), as: UTF8.self)
    }

    /// The first `limit` errors of each view, one line each: kind, document, gold text and source, prediction and speaker.
    public static func errors(_ scorer: QuoteScorer, limit: Int) -> String {
        var lines: [String] = []
        for (label, errors) in [("direct", scorer.directErrors), ("all", scorer.allErrors)] {
            lines.append("--- \(label): first \(limit) errors")
            for error in errors.prefix(limit) {
                let gold = String((error.goldText ?? "").prefix(160))
                let predicted = String((error.predicted?.text ?? "").prefix(160))
                lines.append("[\(error.kind.rawValue)] \(error.document) gold='\(gold)' src='\(error.sourceText ?? "None")'"
                    + " pred='\(predicted)' spk='\(error.predicted?.speaker?.text ?? "None")'")
            }
        }
        return lines.joined(separator: "\n")
    }
}
