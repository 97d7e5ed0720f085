import MemoryHints

/// An open-addressed hash table from 64-bit keys (already hashes, never 0) to
/// dense indices 0, 1, 2, … in insertion order. Faster than `Dictionary` here:
/// no rehashing of the key, linear probing over one flat array.
struct KeyTable: Sendable {
    private(set) var keys: [UInt64]
    private var slots: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        keys = []
        keys.reserveCapacity(minimumCapacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// Fibonacci hashing: the multiply spreads FNV's weaker low bits to the top.
    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    @inline(__always)
    func index(of key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                let mask = slots.count - 1
                var slot = home(key)
                while true {
                    let index = slots[slot]
                    if index < 0 { return nil }
                    if keys[Int(index)] == key { return Int(index) }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Asks the cache for what `index(of:)` reads for each key: the home slots, then the keys they
    /// point to. Lookups of these keys that follow then overlap their cache misses instead of taking
    /// them one after another. Meant for a few dozen keys at a time (the L1 cache holds 512 lines).
    func prefetch(_ lookups: some Collection<UInt64>) {
        guard !keys.isEmpty else { return }
        slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                for key in lookups { ws_prefetch(slots.baseAddress! + home(key)) }
                for key in lookups { ws_prefetch(keys.baseAddress! + Int(max(slots[home(key)], 0))) }
            }
        }
    }

    /// The index of `key`, added at the end when new.
    @discardableResult
    mutating func insert(_ key: UInt64) -> (index: Int, inserted: Bool) {
        if let index = index(of: key) { return (index, false) }
        if (count + 1) * 2 > slots.count { grow() }
        place(key, index: count)
        keys.append(key)
        count += 1
        return (count - 1, true)
    }

    private mutating func place(_ key: UInt64, index: Int) {
        let mask = slots.count - 1
        var slot = home(key)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        shift -= 1
        for (index, key) in keys.enumerated() { place(key, index: index) }
    }
}
