/// The text of a document with the offset conversions every stage needs.
///
/// Offsets in the document model are Unicode code-point offsets, end-exclusive
/// (Python's `text[start:end]`). ICU works in UTF-16 units, so the UTF-16 form
/// is kept alongside with the positions of its surrogate pairs; converting an
/// offset is then a binary search over the (usually empty) pair list, never a
/// walk over the text.
public struct DocumentText: Sendable {
    public let string: String
    public let utf16: [UInt16]
    /// Code-point offset of every scalar outside the BMP (one surrogate pair each), ascending.
    private let astralCodePoints: [Int]
    public let codePointCount: Int

    public init(_ string: String) {
        self.string = string
        let units = Array(string.utf16)
        var astral: [Int] = []
        var codePoint = 0
        var index = 0
        while index < units.count {
            if UTF16.isLeadSurrogate(units[index]) {
                astral.append(codePoint)
                index += 2
            } else {
                index += 1
            }
            codePoint += 1
        }
        self.utf16 = units
        self.astralCodePoints = astral
        self.codePointCount = codePoint
    }

    /// Number of astral scalars at code-point offsets below `codePoint`.
    private func astralCount(below codePoint: Int) -> Int {
        var low = 0
        var high = astralCodePoints.count
        while low < high {
            let mid = (low + high) / 2
            if astralCodePoints[mid] < codePoint { low = mid + 1 } else { high = mid }
        }
        return low
    }

    public func codePointOffset(utf16 offset: Int) -> Int {
        guard !astralCodePoints.isEmpty else { return offset }
        // A pair at code point c occupies UTF-16 units c+k and c+k+1, k = pairs before it.
        var low = 0
        var high = astralCodePoints.count
        while low < high {
            let mid = (low + high) / 2
            if astralCodePoints[mid] + mid < offset { low = mid + 1 } else { high = mid }
        }
        return offset - low
    }

    public func utf16Offset(codePoint offset: Int) -> Int {
        astralCodePoints.isEmpty ? offset : offset + astralCount(below: offset)
    }

    /// The text of a span, in code points.
    public subscript(span: Span) -> String {
        string(utf16: utf16Offset(codePoint: span.start)..<utf16Offset(codePoint: span.end))
    }

    /// The text of a UTF-16 range; ASCII (most tokens) is copied byte for byte
    /// instead of going through the generic transcoder.
    public func string(utf16 range: Range<Int>) -> String {
        utf16.withUnsafeBufferPointer { buffer in
            let units = UnsafeBufferPointer(rebasing: buffer[range])
            if units.allSatisfy({ $0 < 0x80 }) {
                return String(unsafeUninitializedCapacity: units.count) { bytes in
                    for (index, unit) in units.enumerated() { bytes[index] = UInt8(truncatingIfNeeded: unit) }
                    return units.count
                }
            }
            return String(unsafeUninitializedCapacity: units.count * 3) { Self.transcode(units, into: $0) }
        }
    }

    /// Writes UTF-16 units as UTF-8 and returns the byte count (at most three bytes per unit). A lone
    /// surrogate becomes U+FFFD, as `String(decoding:as:)` repairs it; that generic transcoder costs
    /// several times more per unit, and quotes (curly marks, dashes) take it on every character.
    private static func transcode(_ units: UnsafeBufferPointer<UInt16>, into bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        func append(_ scalar: UInt32) {
            switch scalar {
            case ..<0x80:
                bytes[count] = UInt8(scalar)
                count += 1
            case ..<0x800:
                bytes[count] = UInt8(0xC0 | scalar >> 6)
                bytes[count + 1] = UInt8(0x80 | scalar & 0x3F)
                count += 2
            case ..<0x10000:
                bytes[count] = UInt8(0xE0 | scalar >> 12)
                bytes[count + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                bytes[count + 2] = UInt8(0x80 | scalar & 0x3F)
                count += 3
            default:
                bytes[count] = UInt8(0xF0 | scalar >> 18)
                bytes[count + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                bytes[count + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                bytes[count + 3] = UInt8(0x80 | scalar & 0x3F)
                count += 4
            }
        }
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            if UTF16.isLeadSurrogate(unit), index < units.count, UTF16.isTrailSurrogate(units[index]) {
                append(0x10000 + (UInt32(unit & 0x3FF) << 10 | UInt32(units[index] & 0x3FF)))
                index += 1
            } else {
                append(UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) ? 0xFFFD : UInt32(unit))
            }
        }
        return count
    }

    /// Whether the code unit is white space; ASCII without a property look-up.
    @inline(__always)
    static func isWhitespace(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x20 || (0x09...0x0D).contains(unit) }
        guard let scalar = Unicode.Scalar(unit) else { return false }  // surrogates are never white space
        return scalar.properties.isWhitespace
    }

    /// The scalar at a code-point offset.
    public func scalar(at codePoint: Int) -> Unicode.Scalar {
        let index = utf16Offset(codePoint: codePoint)
        let unit = utf16[index]
        if UTF16.isLeadSurrogate(unit) {
            return UTF16.decode(UTF16.EncodedScalar([unit, utf16[index + 1]]))
        }
        return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }
}
