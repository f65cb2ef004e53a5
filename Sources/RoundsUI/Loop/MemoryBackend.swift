/// A terminal in memory: plays a script of events and keeps every frame, for tests and for
/// `rounds render`.
public final class MemoryBackend: TerminalBackend {
    public private(set) var size: Size
    public private(set) var frames: [CellBuffer] = []
    private var events: [TerminalEvent]
    /// The sizes the terminal takes, one at each `.resize` event.
    private var resizes: [Size]

    public init(size: Size, events: [TerminalEvent], resizes: [Size] = []) {
        self.size = size
        self.events = events
        self.resizes = resizes
    }

    /// Keys from a script such as `"3]jj<Tab>q"`.
    public convenience init(size: Size, keys: String) {
        self.init(size: size, events: Key.script(keys).map { .key($0) })
    }

    public var lastFrame: CellBuffer? { frames.last }

    public func draw(_ buffer: CellBuffer) { frames.append(buffer) }

    public func resize(to newSize: Size) { size = newSize }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        guard !events.isEmpty else { return .signal(15) }
        let e = events.removeFirst()
        if e == .resize, !resizes.isEmpty { size = resizes.removeFirst() }
        return e
    }
}
