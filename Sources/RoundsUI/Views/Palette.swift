import RoundsCore

/// What a piece of the screen means; the palette decides how it looks (htop's idea).
public enum StyleRole: Sendable {
    case normal, title, dim, border, dayHeader, today, selected, selectedUnfocused, gap
    case error, warning, info, success, statusBar, statusKey, prompt, helpBox
    /// A health observance (World Health Day) on the grid, in the header and the details.
    case observance
}

/// Maps roles (and theme colors) to cell styles: in color, or monochrome with bold, reverse
/// and underline only (for `NO_COLOR` and terminals without colors).
public struct Palette: Sendable, Equatable {
    public var usesColor: Bool

    public static let color = Palette(usesColor: true)
    public static let monochrome = Palette(usesColor: false)

    public func style(_ role: StyleRole) -> CellStyle {
        if !usesColor {
            switch role {
            case .normal, .border, .info, .helpBox: return .plain
            case .title, .dayHeader, .warning, .statusKey: return CellStyle(bold: true)
            case .dim: return CellStyle(dim: true)
            case .today: return CellStyle(bold: true, underline: true)
            case .selected, .statusBar: return CellStyle(reverse: true)
            case .selectedUnfocused: return CellStyle(underline: true)
            case .gap: return CellStyle(dim: true)
            case .error: return CellStyle(bold: true, underline: true)
            case .success: return CellStyle(bold: true)
            case .prompt: return CellStyle(bold: true, reverse: true)
            case .observance: return .plain
            }
        }
        switch role {
        case .normal, .helpBox: return .plain
        case .title: return CellStyle(bold: true)
        case .dim: return CellStyle(dim: true)
        case .border: return CellStyle(fg: .blue)
        case .dayHeader: return CellStyle(bold: true)
        case .today: return CellStyle(fg: .black, bg: .yellow, bold: true)
        case .selected: return CellStyle(reverse: true)
        case .selectedUnfocused: return CellStyle(underline: true)
        case .gap: return CellStyle(fg: .yellow)
        case .error: return CellStyle(fg: .red, bold: true)
        case .warning: return CellStyle(fg: .yellow)
        case .info: return CellStyle(fg: .cyan)
        case .success: return CellStyle(fg: .green, bold: true)
        case .statusBar: return CellStyle(reverse: true)
        case .statusKey: return CellStyle(bold: true, reverse: true)
        case .prompt: return CellStyle(fg: .black, bg: .cyan)
        case .observance: return CellStyle(fg: .magenta)
        }
    }

    /// A theme's label: its color, or bold in monochrome.
    public func theme(_ color: ThemeColor) -> CellStyle {
        usesColor ? CellStyle(fg: color == .black ? .white : color, bold: true) : CellStyle(bold: true)
    }

    public func severity(_ s: Severity) -> CellStyle {
        switch s {
        case .error: style(.error)
        case .warning: style(.warning)
        case .info: style(.info)
        }
    }
}
