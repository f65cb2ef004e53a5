import RoundsCore

/// What must be written to turn the previous frame into the next (ratatui's buffer diff):
/// the cells that changed, in screen order, and whether the screen must be cleared first.
/// Pure, so the rules are tested by table; the terminal backend only writes what it returns.
public struct FrameDiff: Equatable, Sendable {
    /// A cell to write at a place.
    public struct Change: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var cell: Cell
    }

    /// The screen changed size (or there was no frame): clear it, then write every cell.
    public var clear: Bool
    public var changes: [Change]

    /// The changes from `previous` (nil: nothing on screen) to `next`.
    ///
    /// - The right half of a wide character is never written: the wide character covers it.
    /// - A cell is written again when the cell after it turns into the right half of a wide
    ///   character (the terminal would otherwise keep a stale half).
    /// - The bottom-right cell is never written: writing it scrolls some terminals.
    public static func between(_ previous: CellBuffer?, _ next: CellBuffer) -> FrameDiff {
        let w = next.size.width, h = next.size.height
        let clear = previous?.size != next.size
        var changes: [Change] = []
        for y in 0..<h {
            for x in 0..<w {
                let cell = next[x, y]
                if cell.isContinuation { continue }
                if !clear, let p = previous {
                    let same = p[x, y] == cell
                    let halfChanged = x + 1 < w && p[x + 1, y] != next[x + 1, y] && next[x + 1, y].isContinuation
                    if same && !halfChanged { continue }
                }
                if y == h - 1, x + TextWidth.width(of: cell.character) >= w { continue }
                changes.append(Change(x: x, y: y, cell: cell))
            }
        }
        return FrameDiff(clear: clear, changes: changes)
    }
}
