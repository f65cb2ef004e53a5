/// Where each part of the screen goes, computed from the size alone.
public struct Layout: Equatable, Sendable {
    public static let minimum = Size(width: 80, height: 24)

    public var size: Size
    public var header: Rect
    public var dayHeader: Rect
    public var grid: Rect
    public var detail: Rect
    public var flags: Rect
    public var statusBar: Rect
    /// Lines a post's title may take in a grid cell.
    public var titleLines: Int
    /// Column x offsets and widths of the 7 days.
    public var columns: [(x: Int, width: Int)]

    public static func == (a: Layout, b: Layout) -> Bool {
        a.size == b.size && a.grid == b.grid && a.detail == b.detail && a.flags == b.flags
    }

    public var isTooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }

    public init(size: Size) {
        self.size = size
        let w = size.width, h = size.height
        header = Rect(x: 0, y: 0, width: w, height: 2)
        dayHeader = Rect(x: 0, y: 2, width: w, height: 1)
        statusBar = Rect(x: 0, y: max(0, h - 1), width: w, height: 1)
        let available = max(0, h - 4)
        let paneHeight = max(7, h >= 40 ? available / 2 : available * 2 / 5)
        let gridHeight = max(0, available - paneHeight)
        grid = Rect(x: 0, y: 3, width: w, height: gridHeight)
        let paneTop = 3 + gridHeight
        let detailWidth = w >= 120 ? w * 11 / 20 : w / 2
        detail = Rect(x: 0, y: paneTop, width: detailWidth, height: paneHeight)
        flags = Rect(x: detailWidth + 1, y: paneTop, width: max(0, w - detailWidth - 1), height: paneHeight)
        titleLines = w >= 120 && gridHeight >= 16 ? 2 : 1
        // Seven columns split by six one-cell separators; spare cells go to the first columns.
        let usable = max(0, w - 6)
        let base = usable / 7, spare = usable % 7
        var cols: [(Int, Int)] = []
        var x = 0
        for i in 0..<7 {
            let cw = base + (i < spare ? 1 : 0)
            cols.append((x, cw))
            x += cw + 1
        }
        columns = cols
    }

    /// Rows one grid item takes, with the blank line after it.
    public var itemHeight: Int { titleLines + 3 }
}
