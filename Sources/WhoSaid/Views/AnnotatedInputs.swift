import Foundation

/// The documents behind a view command: raw text (annotated on the fly) or
/// existing `whosaid/1` output (a `.json` file, a `.jsonl` file, or a
/// directory of them), one at a time so an archive never sits in memory.
public struct AnnotatedInputs {
    public let paths: [String]
    public let maxBytes: Int
    /// Built on first use: viewing existing output needs no pipeline.
    private let makePipeline: () throws(WhoSaidError) -> Pipeline
    private var pipeline: Pipeline?

    public init(paths: [String], maxBytes: Int = 64 << 20, pipeline: @escaping () throws(WhoSaidError) -> Pipeline) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.maxBytes = maxBytes
        self.makePipeline = pipeline
    }

    /// Calls `body` with each document in order; a problem with one input is
    /// passed to `problem` and the others still come.
    public mutating func forEach(
        _ body: (AnnotatedDocument) throws -> Void, problem: (String) -> Void
    ) throws {
        let walker = InputWalker(include: ["*.json", "*.jsonl", "*.txt"])
        for path in paths {
            let entries = path == "-" ? [WalkEntry.file(path: "-", id: "stdin", byteCount: 0, isJSONLines: false)] : walker.walk([path])
            for entry in entries {
                guard case let .file(file, _, _, _) = entry else {
                    if case let .failed(id, message) = entry { problem("\(id): \(message)") }
                    continue
                }
                switch InputFile.readAll(file, maxBytes: maxBytes, sniffBinary: true) {
                case let .failure(.binary(kind)):
                    problem("\(file): not text (\(kind))")
                case let .failure(.tooLarge(count)):
                    problem("\(file): \(count) bytes is over the limit of \(maxBytes) (--max-bytes)")
                case let .failure(.unreadable(reason)):
                    problem("\(file): \(reason)")
                case let .success(bytes):
                    let documents: [AnnotatedDocument]
                    do {
                        documents = try self.documents(in: bytes, file: file)
                    } catch {
                        problem(error.description)
                        continue
                    }
                    for document in documents { try body(document) }
                }
            }
        }
    }

    private mutating func documents(in bytes: [UInt8], file: String) throws(WhoSaidError) -> [AnnotatedDocument] {
        let name = file == "-" ? "stdin" : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let firstByte = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        let looksLikeJSON = file.hasSuffix(".json") || file.hasSuffix(".jsonl") || (file == "-" && firstByte == UInt8(ascii: "{"))
        guard looksLikeJSON else {
            if pipeline == nil { pipeline = try makePipeline() }
            let decoded = TextDecoding.decodeUTF8(bytes)
            return [AnnotatedDocument(try pipeline!.annotate(decoded.text, id: name))]
        }
        // One JSON object, or JSON Lines (one object per non-empty line).
        if let whole = try? JSONValue.parse(bytes) { return [try AnnotatedDocument(json: whole, source: file)] }
        var documents: [AnnotatedDocument] = []
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) {
            let record: JSONValue
            do {
                record = try JSONValue.parse(line)
            } catch {
                throw .document(id: "\(file):\(index + 1)", message: error.description)
            }
            documents.append(try AnnotatedDocument(json: record, source: "\(file):\(index + 1)"))
        }
        return documents
    }
}
