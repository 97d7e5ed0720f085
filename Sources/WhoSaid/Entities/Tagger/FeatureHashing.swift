/// Stable 64-bit hashing for feature keys. The model file stores features by
/// name and rehashes them on load, so these functions only need to agree
/// within one build; they are still fixed (FNV-1a, SplitMix64), never seeded
/// per process like Swift's `Hasher`, so keys are reproducible across runs.
enum FeatureHashing {
    /// FNV-1a over bytes: the hash of one feature part (a word, a shape, a tag name).
    @inline(__always)
    static func part<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func part(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { part($0) }
    }

    /// SplitMix64's finalizer: spreads every input bit over the whole key.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The key of a feature: its template, then its parts in order. The fixed-arity
    /// forms spare the hot path an array; all forms give the same key.
    static func key(_ template: UInt8, parts: some Sequence<UInt64>) -> UInt64 {
        var key = seed(template)
        for part in parts { key = mix(key ^ part) }
        return nonZero(key)
    }

    @inline(__always) static func key(_ template: UInt8) -> UInt64 { nonZero(seed(template)) }

    @inline(__always) static func key(_ template: UInt8, _ a: UInt64) -> UInt64 {
        nonZero(mix(seed(template) ^ a))
    }

    @inline(__always) static func key(_ template: UInt8, _ a: UInt64, _ b: UInt64) -> UInt64 {
        nonZero(mix(mix(seed(template) ^ a) ^ b))
    }

    @inline(__always) private static func seed(_ template: UInt8) -> UInt64 { mix(UInt64(template) &+ 1) }

    /// 0 marks an empty slot in `FeatureTable`.
    @inline(__always) private static func nonZero(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }
}
