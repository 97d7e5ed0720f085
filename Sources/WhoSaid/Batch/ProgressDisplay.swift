#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages and a progress line on stderr. The progress line (documents done,
/// MB/s, time left) is redrawn in place at most five times a second, and only
/// when enabled (stderr is a terminal and not `--quiet`); messages are printed
/// above it. Used from the emitting thread only.
public final class ProgressDisplay {
    private let output = FileWriter(fileDescriptor: STDERR_FILENO)
    private let enabled: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant?
    private var lineShown = false
    /// Known up front for a walked tree; nil for a stream (stdin, or records inside JSONL files).
    public var totalDocuments: Int?
    public var totalBytes: Int?

    public init(enabled: Bool) {
        self.enabled = enabled
        start = clock.now
    }

    public var elapsedSeconds: Double { (clock.now - start).inSeconds }

    /// Prints one line of text above the progress line.
    public func message(_ line: String) {
        clearLine()
        try? output.write(Array((line + "\n").utf8))
        try? output.flush()
    }

    public func update(documents: Int, bytes: Int) {
        guard enabled else { return }
        let now = clock.now
        if let lastDraw, now - lastDraw < .milliseconds(200) { return }
        lastDraw = now
        let seconds = (now - start).inSeconds
        let rate = seconds > 0 ? Double(bytes) / seconds : 0
        var line = totalDocuments.map { "\(documents)/\($0) docs" } ?? "\(documents) docs"
        line += ", \(oneDecimal(rate / 1e6)) MB/s"
        if let totalBytes, rate > 0, bytes <= totalBytes {
            let left = Int((Double(totalBytes - bytes) / rate).rounded())
            line += ", ETA \(left / 60):" + (left % 60 < 10 ? "0" : "") + "\(left % 60)"
        }
        try? output.write(Array(("\r\u{1B}[K" + line).utf8))
        try? output.flush()
        lineShown = true
    }

    /// Removes the progress line (before a message, and at the end).
    public func clearLine() {
        guard lineShown else { return }
        try? output.write(Array("\r\u{1B}[K".utf8))
        try? output.flush()
        lineShown = false
    }
}

extension Duration {
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
