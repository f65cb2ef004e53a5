import Foundation
import Testing

/// Compares text with a snapshot file beside the test (`__Snapshots__/NAME.txt`). With
/// `RECORD_SNAPSHOTS=1` the file is (re)written and the test fails, so recording is always
/// a deliberate, reviewed step.
public func assertSnapshot(_ actual: String, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = dir.appendingPathComponent(name + ".txt")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let expected = try? String(contentsOf: file, encoding: .utf8)
    if record || expected == nil {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? (actual + "\n").write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); check it and run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
        return
    }
    let want = String((expected ?? "").dropLast(expected?.hasSuffix("\n") == true ? 1 : 0))
    if want != actual {
        Issue.record("snapshot \(name) differs:\n\(lineDiff(want, actual))", sourceLocation: sourceLocation)
    }
}
