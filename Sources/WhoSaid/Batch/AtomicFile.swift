#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written so that readers see either the old content or the whole new
/// content, never a half-written file: it is written under a temporary name
/// beside its final path (`.NAME.tmp-PID`) and renamed into place on `commit`.
/// The temporary file is opened with O_NOFOLLOW, and rename(2) replaces a
/// symlink at the final path rather than writing through it.
public final class AtomicFile {
    public let finalPath: String
    let temporaryPath: String
    private let descriptor: Int32
    private let writer: FileWriter

    public init(path: String) throws(WhoSaidError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        finalPath = path
        temporaryPath = directory + ".\(name).tmp-\(getpid())"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .output(message: "cannot create \(temporaryPath): \(String(cString: strerror(errno)))")
        }
        writer = FileWriter(fileDescriptor: descriptor)
    }

    public func write(_ bytes: [UInt8]) throws(WhoSaidError) { try writer.write(bytes) }

    /// Writes out the rest and renames the file into place.
    public func commit() throws(WhoSaidError) {
        do {
            try writer.flush()
        } catch {
            abandon()
            throw error
        }
        close(descriptor)
        guard rename(temporaryPath, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw .output(message: "cannot rename \(temporaryPath) to \(finalPath): \(reason)")
        }
    }

    /// Drops the temporary file; the final path keeps its previous content.
    public func abandon() {
        close(descriptor)
        unlink(temporaryPath)
    }

    /// The whole file in one go.
    public static func write(_ bytes: [UInt8], to path: String) throws(WhoSaidError) {
        let file = try AtomicFile(path: path)
        do {
            try file.write(bytes)
        } catch {
            file.abandon()
            throw error
        }
        try file.commit()
    }
}
