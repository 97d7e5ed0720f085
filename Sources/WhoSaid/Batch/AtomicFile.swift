import Foundation

/// Writes a file so that readers see either the old content or the whole new
/// content, never a half-written file: a temporary file beside it, then rename.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(WhoSaidError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .output(message: "\(path): \(error.localizedDescription)")
        }
    }
}
