import CNcursesw
import RoundsTerminal
import RoundsUI

/// Reading back what ncurses holds, for the headless tests (not part of the backend).
extension NcursesTerminal {
    /// The text of a row as ncurses holds it.
    func readRow(_ y: Int) -> String {
        var buf = [wchar_t](repeating: 0, count: size.width * 3 + 1)
        let n = buf.withUnsafeMutableBufferPointer { rounds_read_row(rounds_stdscr(), Int32(y), $0.baseAddress, Int32($0.count - 1)) }
        guard n > 0 else { return "" }
        var out = String.UnicodeScalarView()
        for w in buf.prefix(Int(n)) { if let u = Unicode.Scalar(UInt32(bitPattern: w)) { out.append(u) } }
        return String(out)
    }

    /// Attributes ncurses holds for a cell: bold, reverse, underline.
    func attributes(x: Int, y: Int) -> (bold: Bool, reverse: Bool, underline: Bool) {
        let a = rounds_cell_attrs(rounds_stdscr(), Int32(y), Int32(x))
        return (a & rounds_a_bold() != 0, a & rounds_a_reverse() != 0, a & rounds_a_underline() != 0)
    }
}
