/// Why a post has no valid written consent. The words name no key and no command: the
/// planner adds "press C", the command line `rounds consent ID …`.
public enum ConsentProblem: Hashable, Sendable, CustomStringConvertible {
    case missing
    case revoked
    case expired(CalendarDate)
    case expiresBeforePost(CalendarDate)
    case textChanged

    public var description: String {
        switch self {
        case .missing: "no consent record"
        case .revoked: "consent was revoked"
        case .expired(let d): "consent expired on \(d.iso)"
        case .expiresBeforePost(let d): "consent expires on \(d.iso), before the post's date"
        case .textChanged: "the text changed after consent was recorded"
        }
    }
}
