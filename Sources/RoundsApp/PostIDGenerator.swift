import RoundsCore

/// New random post ids (8 lowercase hex digits), unused in the plan and neither a prefix of an
/// existing id nor extended by one, so that every id stays a unique prefix (as git's are).
///
/// O(1) per id: the plan's ids are hashed once, with the 8-character prefixes of longer ids;
/// each id made is remembered, so a whole import draws from one generator.
public final class PostIDGenerator {
    private var ids: Set<String>
    private var longPrefixes: Set<Substring>

    public init(plan: Plan) {
        ids = Set(minimumCapacity: plan.posts.count)
        longPrefixes = []
        for p in plan.posts { remember(p.id) }
    }

    private func remember(_ id: String) {
        ids.insert(id)
        if id.utf8.count > 8 { longPrefixes.insert(id.prefix(8)) }
    }

    /// A fresh id.
    public func next() -> String {
        while true {
            let hex = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let id = String(repeating: "0", count: 8 - hex.count) + hex
            guard !ids.contains(id), !longPrefixes.contains(Substring(id)) else { continue }
            var clash = false
            for n in 1..<8 where ids.contains(String(id.prefix(n))) { clash = true; break }
            if clash { continue }
            remember(id)
            return id
        }
    }

    /// The `makeID` closure the core's bulk edits take.
    public var makeID: (Plan) -> String { { _ in self.next() } }
}
