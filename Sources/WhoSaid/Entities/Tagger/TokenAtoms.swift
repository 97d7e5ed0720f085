/// What the features know about one token, as part hashes (see `FeatureHashing`):
/// computed once per token, then combined into many feature keys.
struct TokenAtoms {
    struct Flags: OptionSet {
        let rawValue: UInt8
        static let hasLetter = Flags(rawValue: 1)
        static let hasLowercase = Flags(rawValue: 2)
        /// The first character is an uppercase letter.
        static let capitalized = Flags(rawValue: 4)
        static let hasDigit = Flags(rawValue: 8)
        static let startsWithLetter = Flags(rawValue: 16)
    }

    var word: UInt64 = 0
    var lower: UInt64 = 0
    /// Character classes with runs cut to two: `Germany` → `Xxx`, `U.S.` → `X.X.`, `1996-08-30` → `dd-dd-dd`.
    var shape: UInt64 = 0
    /// Declared before the 32-byte-aligned vectors, in the padding they leave: 128 bytes a record, not 160.
    var flags: Flags = []
    /// Lowercase prefixes and suffixes of 1 to 4 characters (index 0 = length 1), 0 when the word is not longer.
    var prefixes: SIMD4<UInt64> = .zero
    var suffixes: SIMD4<UInt64> = .zero
    /// Word-cluster parts at each granularity (`WordClusters`).
    var clusters: SIMD4<UInt64> = .zero

    var isCapitalized: Bool { flags.contains(.capitalized) }
    /// Letters, all of them uppercase (`EU`, `LONDON`, `U.S.`).
    var isAllCaps: Bool { flags.contains(.hasLetter) && !flags.contains(.hasLowercase) }
}

/// Receives the text behind each part hash; training keeps it to write the
/// model's feature names, tagging uses `IgnoringPartNames`.
protocol PartNameRecorder {
    mutating func record(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>)
}

struct IgnoringPartNames: PartNameRecorder {
    @inline(__always) func record(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// Computes `TokenAtoms`, reusing its byte buffers from token to token.
struct TokenAtomBuilder<Names: PartNameRecorder> {
    var names: Names
    private var lowerBytes: [UInt8] = []
    private var shapeBytes: [UInt8] = []
    /// Byte offset in `lowerBytes` where each character starts.
    private var characterStarts: [Int] = []

    init(names: Names) {
        self.names = names
        lowerBytes.reserveCapacity(64)
        shapeBytes.reserveCapacity(64)
        characterStarts.reserveCapacity(64)
    }

    /// The `word` part of `text`, as `atoms(of:)` computes it.
    mutating func wordPart(of text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hashAndRecord($0) }
    }

    mutating func atoms(of text: String) -> TokenAtoms {
        var atoms = TokenAtoms()
        lowerBytes.removeAll(keepingCapacity: true)
        shapeBytes.removeAll(keepingCapacity: true)
        characterStarts.removeAll(keepingCapacity: true)
        var text = text
        let isASCII = text.withUTF8 { bytes in
            atoms.word = hashAndRecord(bytes)
            return bytes.allSatisfy { $0 < 0x80 }
        }
        if isASCII {
            text.withUTF8 { bytes in
                for (index, byte) in bytes.enumerated() {
                    characterStarts.append(index)
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        atoms.flags.insert(.hasLetter)
                        if index == 0 { atoms.flags.insert(.capitalized) }
                        lowerBytes.append(byte | 0x20)
                        appendShape(UInt8(ascii: "X"))
                    case UInt8(ascii: "a")...UInt8(ascii: "z"):
                        atoms.flags.formUnion([.hasLetter, .hasLowercase])
                        lowerBytes.append(byte)
                        appendShape(UInt8(ascii: "x"))
                    case UInt8(ascii: "0")...UInt8(ascii: "9"):
                        atoms.flags.insert(.hasDigit)
                        lowerBytes.append(byte)
                        appendShape(UInt8(ascii: "d"))
                    default:
                        lowerBytes.append(byte)
                        appendShape(byte)
                    }
                }
            }
        } else {
            addNonASCII(text, to: &atoms)
        }
        if shapeBytes.first == UInt8(ascii: "X") || shapeBytes.first == UInt8(ascii: "x") {
            atoms.flags.insert(.startsWithLetter)
        }
        atoms.lower = hashAndRecord(lowerBytes[...])
        atoms.shape = hashAndRecord(shapeBytes[...])
        let count = characterStarts.count
        for length in 1...4 where count > length {
            atoms.prefixes[length - 1] = hashAndRecord(lowerBytes[..<characterStarts[length]])
            atoms.suffixes[length - 1] = hashAndRecord(lowerBytes[characterStarts[count - length]...])
        }
        return atoms
    }

    /// The `lower` hash of a word given as UTF-8 bytes (lexicon entries), as `atoms(of:)` computes it.
    mutating func lowerHash(of bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> UInt64 {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return atoms(of: String(decoding: bytes, as: UTF8.self)).lower }
        lowerBytes.removeAll(keepingCapacity: true)
        for byte in bytes { lowerBytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte) }
        return FeatureHashing.part(lowerBytes)
    }

    /// The slow path: Unicode case mapping and properties, per scalar.
    private mutating func addNonASCII(_ text: String, to atoms: inout TokenAtoms) {
        for (index, scalar) in text.unicodeScalars.enumerated() {
            characterStarts.append(lowerBytes.count)
            let properties = scalar.properties
            if properties.isUppercase {
                atoms.flags.insert(.hasLetter)
                if index == 0 { atoms.flags.insert(.capitalized) }
                lowerBytes.append(contentsOf: properties.lowercaseMapping.utf8)
                appendShape(UInt8(ascii: "X"))
            } else if properties.isLowercase {
                atoms.flags.formUnion([.hasLetter, .hasLowercase])
                lowerBytes.append(contentsOf: String(scalar).utf8)
                appendShape(UInt8(ascii: "x"))
            } else if properties.isAlphabetic {
                atoms.flags.insert(.hasLetter)
                lowerBytes.append(contentsOf: String(scalar).utf8)
                appendShape(UInt8(ascii: "x"))
            } else if properties.numericType != nil {
                atoms.flags.insert(.hasDigit)
                lowerBytes.append(contentsOf: String(scalar).utf8)
                appendShape(UInt8(ascii: "d"))
            } else {
                lowerBytes.append(contentsOf: String(scalar).utf8)
                appendShape(scalar.isASCII ? UInt8(scalar.value) : UInt8(ascii: "o"))
            }
        }
    }

    /// Appends a shape character unless it would make a run of three.
    @inline(__always)
    private mutating func appendShape(_ character: UInt8) {
        let count = shapeBytes.count
        if count >= 2, shapeBytes[count - 1] == character, shapeBytes[count - 2] == character { return }
        shapeBytes.append(character)
    }

    @inline(__always)
    private mutating func hashAndRecord(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer { hashAndRecord($0) }
    }

    @inline(__always)
    private mutating func hashAndRecord(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let hash = FeatureHashing.part(bytes)
        names.record(hash, bytes)
        return hash
    }
}
