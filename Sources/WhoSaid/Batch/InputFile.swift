#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole input document (a file, or `-` for stdin) within a size limit.
public enum InputFile {
    public enum Failure: Error, Equatable {
        /// Larger than the limit; the byte count read (the input was drained, not kept).
        case tooLarge(byteCount: Int)
        case unreadable(String)
    }

    public static func readAll(_ path: String, maxBytes: Int) -> Result<[UInt8], Failure> {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(.unreadable("is a directory"))
        }
        var bytes: [UInt8] = []
        var total = 0
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, chunk) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            total += count
            // Past the limit, keep counting (to report the size) but stop keeping.
            if total <= maxBytes { bytes.append(contentsOf: buffer[0..<count]) } else { bytes = [] }
        }
        return total > maxBytes ? .failure(.tooLarge(byteCount: total)) : .success(bytes)
    }
}

/// Buffered writing to a file descriptor; `flush` after each record in streaming mode.
public final class FileWriter {
    public static func standardOutput() -> FileWriter { FileWriter(fileDescriptor: STDOUT_FILENO) }

    private let descriptor: Int32
    private var buffer: [UInt8] = []

    public init(fileDescriptor: Int32) {
        self.descriptor = fileDescriptor
        buffer.reserveCapacity(1 << 16)
    }

    public func write(_ bytes: [UInt8]) throws(WhoSaidError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes out what is buffered; a failed write (disk full, closed pipe) is an error, never silent.
    public func flush() throws(WhoSaidError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                buffer.removeAll(keepingCapacity: true)
                throw .output(message: "write failed: \(reason)")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// POSIX write(2), under a name the writer's own `write` method does not shadow.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
