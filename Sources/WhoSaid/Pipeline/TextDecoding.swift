/// Turns input bytes into document text.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        /// Invalid UTF-8 sequences replaced by U+FFFD.
        public var invalidSequences: Int
    }

    /// Decodes UTF-8, replacing each invalid sequence (including encoded
    /// surrogates and overlong forms) with U+FFFD and counting them.
    public static func decodeUTF8(_ bytes: some Collection<UInt8>) -> Decoded {
        if let valid = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: valid, invalidSequences: 0)
        }
        var scalars = String.UnicodeScalarView()
        var invalid = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        decoding: while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): scalars.append(Unicode.UTF8.decode(encoded))
            case .error:
                scalars.append("\u{FFFD}")
                invalid += 1
            case .emptyInput: break decoding
            }
        }
        return Decoded(text: String(scalars), invalidSequences: invalid)
    }

    /// The warning (or, with `strict`, the error) for a document with invalid UTF-8.
    public static func invalidUTF8Message(_ count: Int) -> String {
        "invalid UTF-8: \(count) sequence\(count == 1 ? "" : "s") replaced by U+FFFD"
    }
}
