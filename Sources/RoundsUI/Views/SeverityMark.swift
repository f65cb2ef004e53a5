import RoundsCore

extension Severity {
    /// The one mark of a severity on screen: ✗ error, ! warning, i info.
    var mark: String {
        switch self {
        case .error: "✗"
        case .warning: "!"
        case .info: "i"
        }
    }
}
