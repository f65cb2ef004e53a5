/// Recognises a file git merged as text: its conflict markers at the start of lines.
public enum ConflictMarkers {
    /// True when the bytes hold `<<<<<<< `, `=======` and `>>>>>>> ` lines, in that order.
    public static func found(in bytes: [UInt8]) -> Bool {
        var stage = 0
        var lineStart = 0
        func starts(_ marker: [UInt8], at i: Int) -> Bool {
            guard i + marker.count <= bytes.count else { return false }
            for k in marker.indices where bytes[i + k] != marker[k] { return false }
            return true
        }
        let open = Array("<<<<<<<".utf8), middle = Array("=======".utf8), close = Array(">>>>>>>".utf8)
        while lineStart < bytes.count {
            switch stage {
            case 0: if starts(open, at: lineStart) { stage = 1 }
            case 1: if starts(middle, at: lineStart) { stage = 2 }
            default: if starts(close, at: lineStart) { return true }
            }
            guard let nl = bytes[lineStart...].firstIndex(of: 0x0A) else { break }
            lineStart = nl + 1
        }
        return false
    }
}
