import RoundsCore

/// How a cell looks. Colors are the eight terminal colors (nil: the terminal's default).
public struct CellStyle: Hashable, Sendable {
    public var fg: ThemeColor?
    public var bg: ThemeColor?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(fg: ThemeColor? = nil, bg: ThemeColor? = nil, bold: Bool = false, reverse: Bool = false,
                underline: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = CellStyle()
}

/// One screen cell: a grapheme and its style. A wide grapheme fills its cell and marks the
/// next one as its continuation.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: CellStyle
    /// The right half of a wide character: drawn by the cell to its left.
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", style: .plain, isContinuation: false)
}

/// The size of a screen or an area, in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var description: String { "\(width)×\(height)" }
}

/// A cell's place on the screen.
public struct Point: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A rectangle of the screen.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
}

/// An in-memory screen that views draw into. Every write clips: drawing outside the buffer,
/// at width 1 or height 1, or with a wide character at the last column is safe.
public struct CellBuffer: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor stands (in a text field being edited); nil: hidden.
    public var cursor: Point?

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Draws text from (x, y), at most `maxWidth` columns (and never past `clipX`). Returns
    /// the columns used. Graphemes are never split: a wide one that does not fit is left out.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let limit = min(size.width, maxWidth.map { x + max(0, $0) } ?? size.width)
        var col = x
        for c in text {
            let w = TextWidth.width(of: c)
            if col + w > limit { break }
            if col >= 0 {
                set(col, y, Cell(character: TextWidth.drawable(c), style: style, isContinuation: false))
                if w == 2 { set(col + 1, y, Cell(character: " ", style: style, isContinuation: true)) }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: CellStyle = .plain, character: Character = " ") {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        let cell = Cell(character: character, style: style, isContinuation: false)
        for y in y0..<y1 {
            let row = y * size.width
            for x in x0..<x1 { cells[row + x] = cell }
        }
    }

    /// Applies a style change to the cells of a rectangle (keeps their characters).
    public mutating func restyle(_ rect: Rect, _ change: (inout CellStyle) -> Void) {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { change(&cells[y * size.width + x].style) }
        }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let i = y * size.width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[i].isContinuation, x > 0, !cell.isContinuation { cells[i - 1] = Cell(character: " ", style: cells[i - 1].style, isContinuation: false) }
        if !cell.isContinuation, TextWidth.width(of: cells[i].character) == 2, !cells[i].isContinuation, x + 1 < size.width,
           cells[i + 1].isContinuation, TextWidth.width(of: cell.character) == 1 {
            cells[i + 1] = Cell(character: " ", style: cells[i + 1].style, isContinuation: false)
        }
        cells[i] = cell
    }

    /// The screen as lines of text, trailing spaces removed: what a person would read.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let cell = cells[y * size.width + x]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }

    /// The screen as text with what text alone cannot show, for snapshots: the cursor's place
    /// and the runs of reverse video (the selection), one line each after the screen.
    public var snapshot: String {
        var out = lines
        out.append("── cursor: " + (cursor.map { "\($0.x),\($0.y)" } ?? "hidden"))
        for y in 0..<size.height {
            var runs: [String] = []
            var x = 0
            while x < size.width {
                guard cells[y * size.width + x].style.reverse else { x += 1; continue }
                let start = x
                while x < size.width, cells[y * size.width + x].style.reverse { x += 1 }
                runs.append(start == x - 1 ? "\(start)" : "\(start)–\(x - 1)")
            }
            if !runs.isEmpty { out.append("── reverse row \(y): " + runs.joined(separator: ", ")) }
        }
        return out.joined(separator: "\n")
    }
}
