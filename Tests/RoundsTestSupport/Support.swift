import Foundation
import RoundsCore

/// Fixed points for tests: a known "today", timestamps and a small plan.
public enum Fixtures {
    /// Wednesday of ISO week 48, 2026.
    public static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    public static let now = Timestamp(iso: "2026-11-25T10:00:00Z")!

    /// A zone's rules from the system's tzdata (what the app reads).
    public static func zone(_ name: String) -> TimeZoneRules? {
        guard let data = FileManager.default.contents(atPath: "/usr/share/zoneinfo/" + name) else { return nil }
        return try? TimeZoneRules(name: name, tzif: [UInt8](data))
    }

    public static func date(_ iso: String) -> CalendarDate {
        guard let d = CalendarDate(iso: iso) else { fatalError("bad test date \(iso)") }
        return d
    }

    public static let themes: [Theme] = [
        Theme(id: "health-tip", name: "Health Tip", label: "Tip", color: .green, weekdays: [.monday], template: "Tip:\n"),
        Theme(id: "qa", name: "Q&A", label: "Q&A", color: .cyan, weekdays: [.wednesday], template: "Q:\n"),
        Theme(id: "success-story", name: "Success Story", label: "Story", color: .magenta, weekdays: [.friday],
              template: "Story:\n", requiresConsent: true),
    ]

    public static func emptyPlan(weekStart: WeekStart = .monday) -> Plan {
        Plan(profile: Profile(name: "Dr. Ana Ruiz", specialty: "Family medicine",
                              platforms: [Platform(id: "linkedin", name: "LinkedIn", characterLimit: 3000),
                                          Platform(id: "x", name: "X", characterLimit: 280)],
                              disclaimer: "Educational only; not medical advice.", weekStart: weekStart),
             themes: themes, cadence: CadenceGoals())
    }

    public static func post(_ id: String, _ date: String?, _ theme: String, title: String? = nil,
                            status: PostStatus = .draft, body: String = "Body text.") -> Post {
        Post(id: id, date: date.map(Fixtures.date), themeID: theme, platforms: ["linkedin"],
             title: title ?? "Post \(id)", body: body, status: status, created: now)
    }

    /// A plan with week 48 fully planned (Mon tip, Wed Q&A, Fri story with consent).
    public static func fullWeekPlan() -> Plan {
        var plan = emptyPlan()
        plan.upsert(post("a1", "2026-11-23", "health-tip", title: "Walk after meals", status: .posted))
        plan.upsert(post("b2", "2026-11-25", "qa", title: "Is a fever always bad?", status: .ready))
        var story = post("c3", "2026-11-27", "success-story", title: "Back to running", status: .draft)
        story.consent = ConsentRecord(obtainedOn: date("2026-11-20"), reference: "form 114", textHash: ConsentRecord.hash(of: story))
        plan.upsert(story)
        return plan
    }

    /// Generates a large plan: one post a day from 2000-01-03, cycling themes and statuses.
    public static func largePlan(posts count: Int) -> Plan {
        var posts: [Post] = []
        posts.reserveCapacity(count)
        let start = CalendarDate(year: 2000, month: 1, day: 3)!
        let statuses = PostStatus.allCases
        for i in 0..<count {
            let theme = themes[i % 3]
            let hex = String(i, radix: 16)
            posts.append(Post(id: String(repeating: "0", count: max(0, 8 - hex.count)) + hex,
                              date: start.adding(days: i), themeID: theme.id, platforms: ["linkedin", "x"],
                              title: "Post number \(i) about \(theme.name)",
                              body: String(repeating: "Sleep, movement and food matter. ", count: 10),
                              status: statuses[i % 5], hashtags: ["health"], created: now))
        }
        return Plan(profile: emptyPlan().profile, themes: themes, cadence: CadenceGoals(), posts: posts)
    }
}

/// A temporary folder, removed when the test ends.
public final class TempFolder {
    public let path: String

    public init() {
        let template = NSTemporaryDirectory() + "rounds-test-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let p = mkdtemp(&bytes) else { fatalError("mkdtemp failed") }
        path = String(cString: p)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func file(_ name: String) -> String { path + "/" + name }

    public func write(_ name: String, _ text: String) {
        _ = FileManager.default.createFile(atPath: file(name), contents: Data(text.utf8))
    }

    public func bytes(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: file(name)).map { [UInt8]($0) }
    }

    public func text(_ name: String) -> String? { bytes(name).map { String(decoding: $0, as: UTF8.self) } }
}

/// Line diff for readable failures of whole-text comparisons.
public func lineDiff(_ expected: String, _ actual: String) -> String {
    let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(e.count, a.count) {
        let x = i < e.count ? e[i] : "<none>", y = i < a.count ? a[i] : "<none>"
        if x != y { out.append("line \(i + 1):\n  expected: \(x)\n  actual:   \(y)") }
    }
    return out.joined(separator: "\n")
}

/// Set by `.ci/sanitizers thread`: the ThreadSanitizer runtime itself dies with SIGBUS under a
/// small file-size limit (`ulimit -f`), so the tests that need one cannot run there.
public let runningUnderThreadSanitizer = ProcessInfo.processInfo.environment["ROUNDS_SANITIZER"] == "thread"
