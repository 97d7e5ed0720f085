#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the views need to know about where their output goes.
public enum Terminal {
    /// The width of the terminal on standard output, or nil when output is piped or redirected.
    public static var standardOutputWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
