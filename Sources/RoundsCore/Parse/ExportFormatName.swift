extension ExportFormat {
    /// The format a file name asks for by its extension (`.txt .md .csv .ics .json`, and
    /// `.text`, `.markdown`), in any case; nil for any other name.
    public init?(fileName: String) {
        let name = fileName.trimmingSpaces
        guard let dot = name.lastIndex(of: "."), !name[name.index(after: dot)...].contains("/") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        case "ics": self = .ics
        case "json": self = .json
        default: return nil
        }
    }
}
