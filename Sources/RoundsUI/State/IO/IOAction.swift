import RoundsCore

/// What the outside world and the effects report back.
public enum IOAction: Equatable, Sendable {
    /// The keyboard was idle for a moment (typed text is saved then).
    case idle
    /// The planner is leaving (a signal, a closed terminal): what the editor holds is written.
    case leaving
    /// The plan file changed on disk: the plan as it is there now.
    case planReloaded(Plan)
    /// The plan on disk cannot be read now (the last good version stays on screen).
    case reloadFailed(StoreError)
    /// A save finished: the plan as written (merged with outside changes).
    case saved(Plan)
    case saveFailed(StoreError)
    case externalEditDone(postID: String, text: String)
    case externalEditFailed(String)
    /// An export was written: the full path, the posts in it, and warnings.
    case exported(path: String, posts: Int, warnings: [String])
    /// An export would replace a file: ask first.
    case exportWouldReplace(ExportRequest, fullPath: String)
    case exportFailed(path: String, reason: String)
    /// A message for the status bar.
    case notify(StatusMessage)
    /// A zone typed in the settings, looked up: its tzdata name, or why it is unknown.
    case timeZoneChecked(typed: String, name: String?, problem: String?)
    /// The health observances Rounds knows (shipped and the user's own), read after the first frame.
    case observancesLoaded([Observance])
}
