import Glibc

extension GitMerge {
    /// The merge of three plan files, decoding only the posts that are not byte-identical in all
    /// of them. Two people who each changed a hundred posts of a ten-thousand-post plan make git
    /// run the driver on three large files that are nearly all the same bytes: those posts are
    /// copied through, and the rest goes through `merge(base:ours:theirs:)` in a plan of its own.
    ///
    /// The result is the bytes `PlanCodec.encode(merge(...).plan)` gives for files rounds wrote
    /// (a test compares the two on random merges); a post copied through keeps its file's
    /// formatting otherwise. Returns nil when the shortcut does not apply (a file it cannot lay
    /// out, the themes changed, which can bring a deleted theme back for the posts in it, or a
    /// reduced plan that does not decode): the caller then merges the decoded plans, which also
    /// words any problem with a line and a column.
    public static func mergeFiles(base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> (bytes: [UInt8], newConflicts: Int)? {
        ours.withUnsafeBufferPointer { a in
            theirs.withUnsafeBufferPointer { t in
                guard let base else { return mergeFiles(base: nil, ours: a, theirs: t) }
                return base.withUnsafeBufferPointer { o in mergeFiles(base: o, ours: a, theirs: t) }
            }
        }
    }

    /// The same on bytes in memory (a mapped file: the driver does not copy the three plans).
    public static func mergeFiles(base: UnsafeBufferPointer<UInt8>?, ours: UnsafeBufferPointer<UInt8>, theirs: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], newConflicts: Int)? {
        guard let a = PlanLayout.scan(ours), let t = PlanLayout.scan(theirs) else { return nil }
        var o: PlanLayout?
        if let base {
            guard let scanned = PlanLayout.scan(base) else { return nil }
            o = scanned
        }
        func same(_ x: UnsafeBufferPointer<UInt8>, _ rx: Range<Int>, _ y: UnsafeBufferPointer<UInt8>, _ ry: Range<Int>) -> Bool {
            guard rx.count == ry.count else { return false }
            guard rx.count > 0 else { return true }
            return memcmp(x.baseAddress! + rx.lowerBound, y.baseAddress! + ry.lowerBound, rx.count) == 0
        }
        // Themes that differ can restore a deleted theme for the posts in it: that needs every post.
        guard let at = a.value("themes"), let tt = t.value("themes"), same(ours, at, theirs, tt) else { return nil }
        if let o, let base {
            guard let ot = o.value("themes"), same(base, ot, ours, at) else { return nil }
        }

        func index(_ l: PlanLayout) -> [String: Int]? {
            var d: [String: Int] = [:]
            d.reserveCapacity(l.elements.count)
            for k in l.elements.indices {
                guard d.updateValue(k, forKey: l.elements[k].id) == nil else { return nil }
            }
            return d
        }
        // A repeated id is refused by the full decoder, which says where: left to it.
        guard index(a) != nil, let ti = index(t) else { return nil }
        var oi: [String: Int] = [:]
        if let o {
            guard let d = index(o) else { return nil }
            oi = d
        }

        // Posts the same in all three (or in both sides, with no base): copied from ours.
        var unchanged = Set<String>()
        unchanged.reserveCapacity(a.elements.count)
        for e in a.elements {
            guard let k = ti[e.id], t.elements[k].dated == e.dated, same(ours, e.range, theirs, t.elements[k].range) else { continue }
            if let o, let base {
                guard let j = oi[e.id], o.elements[j].dated == e.dated, same(ours, e.range, base, o.elements[j].range) else { continue }
            }
            unchanged.insert(e.id)
        }

        func reduced(_ bytes: UnsafeBufferPointer<UInt8>, _ l: PlanLayout) -> [UInt8] {
            let keep = l.elements.filter { !unchanged.contains($0.id) }
            return replacingArrays(of: bytes, l) { dated, out in
                out.append(0x5B)
                var first = true
                for e in keep where e.dated == dated {
                    if !first { out.append(0x2C) }
                    first = false
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[e.range]))
                }
                out.append(0x5D)
            }
        }
        let mergedPlan: Plan
        let newConflicts: Int
        do {
            let reducedOurs = try PlanCodec.decode(reduced(ours, a))
            let reducedTheirs = try PlanCodec.decode(reduced(theirs, t))
            var reducedBase: Plan?
            if let o, let base { reducedBase = try PlanCodec.decode(reduced(base, o)) }
            let outcome = merge(base: reducedBase, ours: reducedOurs, theirs: reducedTheirs)
            mergedPlan = outcome.plan
            newConflicts = outcome.newConflicts
        } catch {
            return nil
        }

        let encoded = PlanCodec.encode(mergedPlan)
        return encoded.withUnsafeBufferPointer { e -> (bytes: [UInt8], newConflicts: Int)? in
            assemble(ours: ours, unchanged: unchanged, a: a, encoded: e, newConflicts: newConflicts)
        }
    }

    /// The merged file: the encoded merge of the posts that differed, with the posts copied from
    /// ours sorted in among its own.
    private static func assemble(ours: UnsafeBufferPointer<UInt8>, unchanged: Set<String>, a: PlanLayout,
                                 encoded: UnsafeBufferPointer<UInt8>, newConflicts: Int) -> (bytes: [UInt8], newConflicts: Int)? {
        guard let r = PlanLayout.scan(encoded) else { return nil }
        // Every post of the merge, in the order a plan keeps them (`Post.fileOrder`).
        var order: [(element: PlanLayout.Element, fromOurs: Bool)] = []
        order.reserveCapacity(a.elements.count + r.elements.count)
        for e in a.elements where unchanged.contains(e.id) { order.append((e, true)) }
        for e in r.elements { order.append((e, false)) }
        order.sort { PlanLayout.Element.fileOrder($0.element, $1.element) }

        // Written once into a buffer of the final size (growing it copied the plan several times).
        var size = encoded.count + 8
        for p in order { size += p.element.range.count + 6 }
        let bytes = replacingArrays(of: encoded, r, capacity: size) { dated, out in
            // As `PlanCodec.writePosts` writes them.
            var any = false
            for p in order where p.element.dated == dated {
                out.append(contentsOf: any ? Self.nextPost : Self.firstPost)
                any = true
                out.append(contentsOf: UnsafeBufferPointer(rebasing: (p.fromOurs ? ours : encoded)[p.element.range]))
            }
            out.append(contentsOf: any ? Self.closePosts : Self.noPosts)
        }
        return (bytes, newConflicts)
    }

    private static let firstPost = Array("[\n    ".utf8), nextPost = Array(",\n    ".utf8)
    private static let closePosts = Array("\n  ]".utf8), noPosts = Array("[]".utf8)

    /// `bytes` with the values of `posts` and `ideas` replaced by what `array(dated, &out)` appends.
    private static func replacingArrays(of bytes: UnsafeBufferPointer<UInt8>, _ l: PlanLayout, capacity: Int = 0,
                                        _ array: (Bool, inout [UInt8]) -> Void) -> [UInt8] {
        var spans: [(range: Range<Int>, dated: Bool)] = []
        for (key, range) in l.values where key == "posts" || key == "ideas" { spans.append((range, key == "posts")) }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        var at = 0
        for s in spans {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[at..<s.range.lowerBound]))
            array(s.dated, &out)
            at = s.range.upperBound
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[at...]))
        return out
    }
}
