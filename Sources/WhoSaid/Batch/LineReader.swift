#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `\n`-terminated lines from a file descriptor as bytes, as soon as
/// each arrives (so a pipe gets an answer per line), without holding more
/// than one line in memory. A line over the size limit is skipped to its
/// end and reported by length, never buffered whole.
public final class LineReader {
    public enum Line: Equatable {
        case text([UInt8])
        case tooLong(byteCount: Int)
    }

    private let descriptor: Int32
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    public init(fileDescriptor: Int32, maxLineBytes: Int) {
        self.descriptor = fileDescriptor
        self.maxLineBytes = maxLineBytes
    }

    /// The next line without its `\n` (and `\r\n`), or nil at the end of input.
    public func next() throws(WhoSaidError) -> Line? {
        var skipped = 0  // bytes of an over-long line already discarded
        var scanned = 0  // bytes after `start` known to hold no newline
        while true {
            if let newline = buffer[(start + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                let length = newline - start + skipped
                defer { start = newline + 1 }
                if skipped > 0 || length > maxLineBytes { return .tooLong(byteCount: length) }
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                return .text(Array(buffer[start..<end]))
            }
            scanned = buffer.count - start
            if scanned > maxLineBytes {
                skipped += scanned
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if atEnd {
                guard buffer.count > start || skipped > 0 else { return nil }
                let length = buffer.count - start + skipped
                defer {
                    buffer.removeAll()
                    start = 0
                }
                if skipped > 0 || length > maxLineBytes { return .tooLong(byteCount: length) }
                return .text(Array(buffer[start...]))
            }
            try fill()
        }
    }

    private func fill() throws(WhoSaidError) {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        let chunk = 1 << 16
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let count = buffer.withUnsafeMutableBytes { raw in
            read(descriptor, raw.baseAddress! + oldCount, chunk)
        }
        if count < 0 {
            buffer.removeLast(chunk)
            if errno == EINTR { return }
            throw .document(id: "input", message: "read failed: \(String(cString: strerror(errno)))")
        }
        buffer.removeLast(chunk - count)
        if count == 0 { atEnd = true }
    }
}
