/// What can go wrong reading or writing the plan, each with a message that names the file.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case corrupt(path: String, PlanDecodingError)
    case newerVersion(path: String, message: String)
    case locked(path: String, holder: String)
    case notSaved(path: String, reason: String)
    /// The plan or its folder lacks its owner's write permission (the README, "Where data lives").
    case readOnly(path: String, reason: String)
    /// Git merged the plan as text (the merge driver was not configured) and left markers.
    case gitConflict(path: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "no plan at \(path) (create one with: rounds init --plan \(path))"
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .corrupt(let path, let e):
            "\(path): \(e.description)\nThe file was left untouched. Fix it by hand, or restore \(path).bak if it is there."
        case .newerVersion(let path, let message):
            "\(path): \(message). The file was left untouched."
        case .locked(let path, let holder):
            "\(path) is being changed by another rounds (\(holder)); try again when it is done"
        case .notSaved(let path, let reason):
            "not saved: \(reason) (\(path) is unchanged)"
        case .readOnly(_, let reason):
            reason
        case .gitConflict(let path):
            "\(path) holds git conflict markers from a merge; run `rounds resolve` to merge it by post (every post of both sides is kept), then git add and commit"
        }
    }
}
