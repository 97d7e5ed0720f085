#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The inputs of a run, produced in order on the producer thread.
struct BatchInputs: Sendable {
    let source: BatchSource
    let entries: [WalkEntry]
    let maxLineBytes: Int

    init(source: BatchSource, walker: InputWalker, maxLineBytes: Int) {
        self.source = source
        self.maxLineBytes = maxLineBytes
        if case let .paths(paths) = source { entries = walker.walk(paths) } else { entries = [] }
    }

    /// Known when every input is a whole file; records inside JSONL files are counted only as they are read.
    var totalDocuments: Int? {
        guard case .paths = source else { return nil }
        let hasRecords = entries.contains { if case .file(_, _, _, true) = $0 { true } else { false } }
        return hasRecords ? nil : entries.count
    }

    var totalBytes: Int? {
        guard case .paths = source else { return nil }
        return entries.reduce(0) { if case let .file(_, _, count, _) = $1 { $0 + count } else { $0 } }
    }

    func produce(_ submit: OrderedParallelMap.Submit<BatchItem>) throws {
        switch source {
        case let .standardInputText(id):
            try submit(BatchItem(kind: .standardInput(id: id), byteCount: 0), 0)
        case .standardInputRecords:
            try produceRecords(from: STDIN_FILENO, sourcePath: nil, submit)
        case .paths:
            for entry in entries {
                switch entry {
                case let .file(path, id, byteCount, false):
                    try submit(BatchItem(kind: .textFile(path: path, id: id), byteCount: byteCount), byteCount)
                case let .file(path, id, _, true):
                    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
                    guard descriptor >= 0 else {
                        let failure = BatchItem.Kind.walkFailure(id: id, message: String(cString: strerror(errno)))
                        try submit(BatchItem(kind: failure, byteCount: 0), 0)
                        continue
                    }
                    defer { close(descriptor) }
                    do {
                        try produceRecords(from: descriptor, sourcePath: path, submit)
                    } catch let .document(_, message) as WhoSaidError {
                        try submit(BatchItem(kind: .walkFailure(id: id, message: message), byteCount: 0), 0)
                    }
                case let .skipped(id, reason):
                    try submit(BatchItem(kind: .walkSkip(id: id, reason: reason), byteCount: 0), 0)
                case let .failed(id, message):
                    try submit(BatchItem(kind: .walkFailure(id: id, message: message), byteCount: 0), 0)
                }
            }
        }
    }

    private func produceRecords(from descriptor: Int32, sourcePath: String?,
                                _ submit: OrderedParallelMap.Submit<BatchItem>) throws {
        let reader = LineReader(fileDescriptor: descriptor, maxLineBytes: maxLineBytes)
        var lineNumber = 0
        while let line = try reader.next() {
            lineNumber += 1
            switch line {
            case let .text(bytes):
                let item = BatchItem(kind: .record(line: bytes, lineNumber: lineNumber, sourcePath: sourcePath),
                                     byteCount: bytes.count + 1)
                try submit(item, bytes.count)
            case let .tooLong(count):
                try submit(BatchItem(kind: .oversizedRecord(byteCount: count, lineNumber: lineNumber), byteCount: count + 1), 0)
            }
        }
    }
}
