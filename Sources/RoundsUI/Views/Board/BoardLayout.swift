/// Where each part of the board goes, computed from the size alone: three header lines, the
/// rows, a legend, the status bar; a name column, seven day columns and a summary column.
public struct BoardLayout: Equatable, Sendable {
    public var size: Size
    /// Lines per doctor: two on a large screen (the second shows the specialty and the day's
    /// statuses or title), else one.
    public var rowHeight: Int
    public var nameWidth: Int
    public var dayWidth: Int
    /// The summary column: compact (`posts err due`) or wide (with gaps, approvals awaited, streak, last posted).
    public var summaryWidth: Int
    public var wideSummary: Bool
    /// The first line of rows, and how many lines they have.
    public var rowsTop: Int { 3 }
    public var rowsHeight: Int { max(0, size.height - 5) }
    /// The legend's line, above the status bar.
    public var legendY: Int { max(0, size.height - 2) }

    public var isTooSmall: Bool { Layout(size: size).isTooSmall }

    public init(size: Size) {
        self.size = size
        let w = size.width
        wideSummary = w >= 120
        rowHeight = w >= 120 && size.height >= 40 ? 2 : 1
        summaryWidth = wideSummary ? BoardLayout.wideSummaryWidth : BoardLayout.compactSummaryWidth
        var name = w >= 120 ? 26 : 16
        // name │ seven days, each followed by │ │ summary
        let forDays = max(0, w - name - 1 - summaryWidth)
        dayWidth = max(1, forDays / 7 - 1)
        name += max(0, forDays - 7 * (dayWidth + 1))
        nameWidth = name
    }

    static let compactSummaryWidth = 13
    static let wideSummaryWidth = 42

    /// Doctors that fit at once.
    public var visibleRows: Int { max(1, rowsHeight / max(1, rowHeight)) }

    /// Where day `i`'s column starts.
    public func dayX(_ i: Int) -> Int { nameWidth + 1 + i * (dayWidth + 1) }

    public var summaryX: Int { dayX(7) }
}
