/// The bytes of a plan file, kept alive for as long as a plan read from them needs them.
///
/// Either a copy the object owns, or memory the caller mapped (the app maps a private
/// snapshot of the file: see `PlanStore.load`), released by the caller's closure when the last
/// post that refers to it is gone. Read-only once made, so it may be shared between threads.
public final class PlanBytes: @unchecked Sendable {
    public let buffer: UnsafeBufferPointer<UInt8>
    private let owned: UnsafeMutableBufferPointer<UInt8>?
    private let release: (@Sendable () -> Void)?
    private let trim: (@Sendable () -> Void)?

    public init(copying bytes: [UInt8]) {
        let m = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = m.initialize(from: bytes)
        owned = m
        release = nil
        trim = nil
        buffer = UnsafeBufferPointer(start: m.baseAddress, count: bytes.count)
    }

    /// Memory the caller made (a mapping); `release` unmaps it, `trim` lets the system take
    /// back the pages read so far (they are read again from the file when needed).
    public init(mapped: UnsafeBufferPointer<UInt8>, release: @escaping @Sendable () -> Void, trim: (@Sendable () -> Void)? = nil) {
        buffer = mapped
        owned = nil
        self.release = release
        self.trim = trim
    }

    /// After reading every body (a save, an export): the pages go back to the system.
    public func trimResident() { trim?() }

    deinit {
        owned?.deallocate()
        release?()
    }
}

/// A string still in the plan file's bytes: a post's body, decoded when asked for. A plan of
/// 100,000 posts holds about 40 MB of bodies the planner never shows; reading them on demand
/// keeps the planner's memory near the size of what it shows (README, Decisions).
public struct FileText: Sendable {
    let source: PlanBytes
    /// The opening quote's offset and the length to the closing quote, inclusive.
    let start: UInt32
    let length: UInt32
    /// Whether the string holds an escape or non-ASCII bytes (decoded by the parser), or is
    /// plain ASCII copied as it is.
    let plain: Bool
    /// Whether the text holds a `[` (a template placeholder may be there): asked of every
    /// idea in the plan's history by the streak, answered without reading the file.
    let bracket: Bool

    init(source: PlanBytes, start: Int, length: Int, plain: Bool, bracket: Bool) {
        self.source = source
        self.start = UInt32(start)
        self.length = UInt32(length)
        self.plain = plain
        self.bracket = bracket
    }

    /// The JSON string as it is in the file, quotes included.
    var rawJSON: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: source.buffer[Int(start)..<(Int(start) + Int(length))])
    }

    public var string: String {
        let raw = rawJSON
        if plain {
            let inner = UnsafeBufferPointer(rebasing: raw[(raw.startIndex + 1)..<(raw.endIndex - 1)])
            return String(unsafeUninitializedCapacity: inner.count) { out in
                _ = out.initialize(fromContentsOf: inner)
                return inner.count
            }
        }
        var p = JSONParser(source: source, at: Int(start))
        // Validated when the plan was read; the bytes are read-only since.
        return (try? p.parseString()) ?? ""
    }

    func sameBytes(as other: FileText) -> Bool {
        source === other.source && start == other.start && length == other.length
    }
}

/// A post's body: a string, or still in the file (see `FileText`).
enum PostText: Sendable {
    case string(String)
    case file(FileText)

    var string: String {
        switch self {
        case .string(let s): s
        case .file(let t): t.string
        }
    }

    var mayHoldBracket: Bool {
        switch self {
        case .string(let s): s.utf8.contains(UInt8(ascii: "["))
        case .file(let t): t.bracket
        }
    }

    static func == (a: PostText, b: PostText) -> Bool {
        if case .file(let x) = a, case .file(let y) = b, x.sameBytes(as: y) { return true }
        if case .string(let x) = a, case .string(let y) = b { return x == y }
        return a.string == b.string
    }
}

extension Plan {
    /// The file bytes the posts' bodies are still in (usually one, none for a new plan).
    public var bodySources: [PlanBytes] {
        var out: [PlanBytes] = []
        for i in posts.indices {
            if case .file(let t) = posts[i].bodyText, !out.contains(where: { $0 === t.source }) { out.append(t.source) }
        }
        return out
    }
}
