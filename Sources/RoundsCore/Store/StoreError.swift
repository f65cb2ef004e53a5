/// What can go wrong reading or writing the plan, each with a message that names the file.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case corrupt(path: String, PlanDecodingError)
    case newerVersion(path: String, message: String)
    case locked(path: String, holder: String)
    case notSaved(path: String, reason: String)

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
        }
    }
}
