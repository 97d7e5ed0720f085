#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole input document (a file, or `-` for stdin) within a size limit.
public enum InputFile {
    public enum Failure: Error, Equatable {
        /// Larger than the limit; the byte count (from the file's size, or counted while draining a pipe).
        case tooLarge(byteCount: Int)
        case unreadable(String)
        /// Not text: the kind of file it looks like ("PNG image", "NUL bytes").
        case binary(String)
    }

    /// Bytes inspected to tell binary files from text.
    static let sniffLength = 8192

    /// - Parameter sniffBinary: fail with `.binary` when the first 8 KiB look like a binary file.
    public static func readAll(_ path: String, maxBytes: Int, sniffBinary: Bool = false) -> Result<[UInt8], Failure> {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(errorMessage())) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var info = stat()
        let isRegularFile = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable("is a directory")) }
        var bytes: [UInt8] = []
        var total = 0
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        var sniffed = !sniffBinary
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, chunk) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(errorMessage()))
            }
            if !sniffed {
                sniffed = true
                if let kind = binaryKind(buffer[0..<min(count, sniffLength)]) { return .failure(.binary(kind)) }
                // A regular file's size is known: no need to read a huge one through to report it.
                if isRegularFile && Int(info.st_size) > maxBytes { return .failure(.tooLarge(byteCount: Int(info.st_size))) }
            }
            if count == 0 { break }
            total += count
            // Past the limit, keep counting (to report the size) but stop keeping.
            if total <= maxBytes { bytes.append(contentsOf: buffer[0..<count]) } else { bytes = [] }
        }
        return total > maxBytes ? .failure(.tooLarge(byteCount: total)) : .success(bytes)
    }

    /// File signatures of formats that turn up in archives beside the articles.
    private static let magicNumbers: [(kind: String, prefix: [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("GIF image", Array("GIF8".utf8)),
        ("PDF document", Array("%PDF".utf8)),
        ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
        ("gzip data", [0x1F, 0x8B]),
        ("bzip2 data", Array("BZh".utf8)),
        ("xz data", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("zstd data", [0x28, 0xB5, 0x2F, 0xFD]),
        ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
    ]

    /// What a file starting with `prefix` looks like, or nil when it may be text.
    public static func binaryKind(_ prefix: some Collection<UInt8>) -> String? {
        if let match = magicNumbers.first(where: { prefix.starts(with: $0.prefix) }) { return match.kind }
        return prefix.contains(0) ? "NUL bytes" : nil
    }

    private static func errorMessage() -> String { String(cString: strerror(errno)) }
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
