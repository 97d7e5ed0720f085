/// The library's version, reported by `whosaid --version`.
public let version = "0.1.0"
