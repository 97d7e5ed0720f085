/// A read-only map from words to values for the lookups the quote stage makes
/// on every token: one FNV-1a hash of the word's UTF-8 bytes and a short
/// linear probe over integers, instead of `Dictionary`'s seeded `Hasher`.
/// Almost every token is in no lexicon, and such a miss usually ends at an
/// empty slot without comparing a string or retaining anything.
struct WordTable<Value: Sendable>: Sendable {
    /// Per slot: the index into `words`/`values` of the word stored there, or -1.
    private let slots: [Int32]
    private let hashes: [UInt32]
    private let words: [String]
    private let values: [Value]
    private let mask: Int

    /// Keeps the first value of a word given twice.
    init<Entries: Sequence>(_ entries: Entries) where Entries.Element == (String, Value) {
        var capacity = 16
        var words: [String] = []
        var values: [Value] = []
        var hashes: [UInt32] = []
        for (word, value) in entries {
            words.append(word)
            values.append(value)
            hashes.append(Self.hash(word))
        }
        while capacity < words.count * 4 { capacity *= 2 }  // at most a quarter full: short probes
        var slots = [Int32](repeating: -1, count: capacity)
        for entry in words.indices {
            var index = Int(hashes[entry]) & (capacity - 1)
            var duplicate = false
            while slots[index] >= 0 {
                let other = Int(slots[index])
                if hashes[other] == hashes[entry], words[other] == words[entry] {
                    duplicate = true
                    break
                }
                index = (index + 1) & (capacity - 1)
            }
            if !duplicate { slots[index] = Int32(entry) }
        }
        self.slots = slots
        self.hashes = hashes
        self.words = words
        self.values = values
        mask = capacity - 1
    }

    subscript(word: String) -> Value? {
        let hash = Self.hash(word)
        var index = Int(hash) & mask
        while slots[index] >= 0 {
            let entry = Int(slots[index])
            if hashes[entry] == hash, words[entry] == word { return values[entry] }
            index = (index + 1) & mask
        }
        return nil
    }

    private static func hash(_ word: String) -> UInt32 {
        func fnv<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
            var hash: UInt32 = 0x811C_9DC5
            for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
            return hash ^ (hash >> 15)
        }
        return word.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(word.utf8)
    }
}

/// A set of words with the same cheap lookup.
extension WordTable where Value == Void {
    init<Words: Sequence>(words: Words) where Words.Element == String { self.init(words.map { ($0, ()) }) }

    func contains(_ word: String) -> Bool { self[word] != nil }
}
