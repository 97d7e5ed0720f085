// Bytes in, the default pipeline, whosaid/1 JSON out: every input must give a
// document or an error record, with offsets inside the text and JSON that parses.
import Foundation
import FuzzDriver
import WhoSaid

private let annotator = RecordAnnotator(
    pipeline: try! Pipeline(named: "news", resources: ResourceStore()),
    encoder: DocumentEncoder(includeTokens: true, includeText: true))

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The first byte picks the input kind, so records and raw text are both explored.
    let output = bytes.first.map { $0 & 1 == 0 } ?? true
        ? annotator.annotate(bytes: bytes.dropFirst(), id: "fuzz")
        : annotator.annotate(record: Array(bytes.dropFirst()), lineNumber: 1)
    guard let json = try? JSONValue.parse(output.json) else { fatalError("output is not JSON") }
    guard !output.failed, case let .string(text)? = json["text"] else { return 0 }
    let length = text.unicodeScalars.count
    var spans: [JSONValue] = []
    for layer in ["paragraphs", "sentences", "tokens", "quotes"] {
        if case let .array(items)? = json[layer] { spans += items }
    }
    if case let .array(entities)? = json["entities"] {
        for entity in entities { if case let .array(mentions)? = entity["mentions"] { spans += mentions } }
    }
    for span in spans {
        guard case let .number(start)? = span["start"], case let .number(end)? = span["end"],
            let first = Int(start), let last = Int(end), 0 <= first, first <= last, last <= length
        else { fatalError("span outside the text: \(span.json)") }
    }
    return 0
}

runFuzzer(fuzzPipeline)
