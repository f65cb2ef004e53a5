import RoundsCore

/// New random post ids (8 lowercase hex digits), unused in the plan and neither a prefix of an
/// existing id nor extended by one, so that every id stays a unique prefix (as git's are).
///
/// O(1) per id: the plan's ids are hashed once, with the 8-character prefixes of longer ids
/// and the ids shorter than 8 (checked only when there are any); each id made is remembered,
/// so a whole import draws from one generator. The digits come from a generator seeded once
/// from the system's (one `getrandom` per generator, not per id: 100,000 ids made 100,000
/// system calls).
public final class PostIDGenerator {
    private var ids: Set<String>
    private var longPrefixes: Set<Substring>
    /// The lengths of ids shorter than 8 in the plan (an id made must not extend one).
    private var shortLengths: Set<Int> = []
    private var random: SplitMix64

    /// `expecting`: about how many ids will be made (an import's rows), so the set of ids is
    /// sized once instead of growing through every doubling.
    public init(plan: Plan, expecting: Int = 0) {
        ids = Set(minimumCapacity: plan.posts.count + max(0, expecting))
        longPrefixes = []
        var system = SystemRandomNumberGenerator()
        random = SplitMix64(seed: system.next())
        for p in plan.posts { remember(p.id) }
    }

    private func remember(_ id: String) {
        ids.insert(id)
        let n = id.utf8.count
        if n > 8 { longPrefixes.insert(id.prefix(8)) } else if n < 8 { shortLengths.insert(n) }
    }

    /// A fresh id.
    public func next() -> String {
        while true {
            let value = UInt32(truncatingIfNeeded: random.next() >> 32)
            let id = String(unsafeUninitializedCapacity: 8) { buffer in
                for k in 0..<8 {
                    let nibble = UInt8((value >> (28 - 4 * UInt32(k))) & 0xF)
                    buffer[k] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
                }
                return 8
            }
            guard longPrefixes.isEmpty || !longPrefixes.contains(Substring(id)) else { continue }
            if !shortLengths.isEmpty, shortLengths.contains(where: { ids.contains(String(id.prefix($0))) }) { continue }
            // One hash: inserted only when new (an 8-digit id is neither long nor short).
            guard ids.insert(id).inserted else { continue }
            return id
        }
    }

    /// The `makeID` closure the core's bulk edits take.
    public var makeID: (Plan) -> String { { _ in self.next() } }
}

/// Sebastiano Vigna's SplitMix64: fast, and good enough to spread ids (the seed is the
/// system's randomness; ids need to differ, not to be secret).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
