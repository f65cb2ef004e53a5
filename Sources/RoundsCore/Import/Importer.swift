import Dispatch
import FoundationEssentials

public enum ImportFormat: String, CaseIterable, Sendable {
    case csv, ics, json

    /// From the file name, else from the first bytes.
    public static func guess(path: String, bytes: [UInt8]) -> ImportFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".ics") || lower.hasSuffix(".ical") { return .ics }
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".csv") { return .csv }
        let head = String(decoding: bytes.prefix(64), as: UTF8.self).trimmingCharacters(in: "\u{FEFF} \r\n\t")
        if head.uppercased().hasPrefix("BEGIN:VCALENDAR") { return .ics }
        if head.hasPrefix("{") || head.hasPrefix("[") { return .json }
        return .csv
    }
}

/// One problem in an import file, with the line it is on (0 when the file as a whole).
public struct ImportIssue: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// What an import would do, or did.
public struct ImportOutcome: Sendable {
    public var added: [Post] = []
    /// Already in the plan (same id, or same date, theme and title), with the line.
    public var duplicates: [(line: Int, title: String)] = []
    public var invalid: [ImportIssue] = []
}

public struct ImportOptions: Sendable {
    /// The theme for rows or events that name none (events from another calendar).
    public var defaultTheme: String?
    /// How to read `03/04/2026` in a spreadsheet.
    public var dateOrder: DateOrder = .mdy
    /// Overrides the per-day maximum, never consent.
    public var force = false
    /// The plan's zone: ics times in UTC or another zone become wall-clock times in it.
    public var timeZone: TimeZoneRules = .utc
    /// The rules of a zone an ics `TZID` names (the app reads tzdata), nil when unknown.
    public var zoneNamed: @Sendable (String) -> TimeZoneRules? = { _ in nil }
    /// Who imports: the last editor of every post brought in (approvers must differ from it).
    public var editor: Identity?

    public init(defaultTheme: String? = nil, dateOrder: DateOrder = .mdy, force: Bool = false) {
        self.defaultTheme = defaultTheme
        self.dateOrder = dateOrder
        self.force = force
    }
}

/// Posts from our own CSV, a simple spreadsheet, iCalendar files and our JSON, checked row by
/// row against the plan's rules. Importing the same file twice adds nothing the second time.
public enum Importer {
    /// What a candidate's post is swapped for when the post is taken.
    static let emptyPost = Post(id: "", date: nil, themeID: "", title: "", created: Timestamp(secondsSince1970: 0))

    /// A post read from the file, before it meets the plan.
    struct Candidate {
        var line: Int
        var post: Post
        /// Whether the id came from the file (ours), so it may be kept.
        var idFromFile: Bool
    }

    public static func run(_ bytes: [UInt8], format: ImportFormat, into plan: inout Plan, options: ImportOptions,
                           today: CalendarDate, now: Timestamp, makeID: (Plan) -> String) -> ImportOutcome {
        var outcome = ImportOutcome()
        var candidates: [Candidate]
        switch format {
        case .csv: candidates = csv(bytes, plan: plan, options: options, now: now, issues: &outcome.invalid)
        case .ics: candidates = ics(bytes, plan: plan, options: options, now: now, issues: &outcome.invalid)
        case .json: candidates = json(bytes, plan: plan, now: now, issues: &outcome.invalid)
        }
        // Sets, not scans: an import of 10,000 rows must not look through the plan per row.
        let capacity = plan.posts.count + candidates.count
        var ids = Set<String>(minimumCapacity: capacity)
        for p in plan.posts { ids.insert(p.id) }
        struct Key: Hashable { var date: CalendarDate?; var theme: String; var title: String }
        var keys = Set<Key>(minimumCapacity: capacity)
        for p in plan.posts { keys.insert(Key(date: p.date, theme: p.themeID, title: p.title)) }
        // Posts are validated against the plan plus what this import adds (per-day counts kept
        // here) and merged in once at the end: the cost is linear in the rows.
        var byID: [String: Int] = Dictionary(minimumCapacity: plan.posts.count)
        for (k, p) in plan.posts.enumerated() { byID[p.id] = k }
        var addedPerDay: [CalendarDate: Int] = Dictionary(minimumCapacity: candidates.count)
        var fresh: [Post] = []
        fresh.reserveCapacity(candidates.count)
        var freshByID: [String: Int] = [:]
        // The plan as it was: nothing is added to it before the end, and passing it borrowed
        // costs nothing where passing the `inout` one copied the plan for every id.
        let planBefore = plan
        func newID() -> String {
            var id = makeID(planBefore)
            while ids.contains(id) { id = makeID(planBefore) }
            return id
        }
        // Taken from the list rather than copied out of it (a copy of a post retains each of
        // its strings and lists), in the file's order.
        // Posts are looked up by id only for rows that bring an id (our own csv, ics, json).
        let anyIDs = candidates.contains { $0.idFromFile }
        let count = candidates.count
        for k in 0..<count {
            let line = candidates[k].line, idFromFile = candidates[k].idFromFile
            // Swapped out for an empty post: no copy of the post's strings, no reversal.
            var post = Importer.emptyPost
            swap(&post, &candidates[k].post)
            // Line endings to \n (a spreadsheet's CRLF inside a cell, an old Mac file).
            post.title = ControlCharacters.normalizingLineEndings(post.title)
            post.body = ControlCharacters.normalizingLineEndings(post.body)
            post.notes = ControlCharacters.normalizingLineEndings(post.notes)
            // An approval comes in only from an approver this plan accepts (another plan's
            // approver approved nothing here); where the plan asks for approvals, whoever imports
            // the text last edited it (a record per post otherwise only grows a bulk import's file).
            if let a = post.approval, plan.approvals.approver(named: a.by) == nil { post.approval = nil }
            if plan.approvals.required, let editor = options.editor {
                post.lastEdit = LastEdit(name: editor.name, user: editor.user, textHash: ConsentRecord.hash(of: post))
            }
            if idFromFile, ids.contains(post.id),
               let existing = byID[post.id].map({ plan.posts[$0] }) ?? freshByID[post.id].map({ fresh[$0] }) {
                if existing.date == post.date || existing.title == post.title {
                    outcome.duplicates.append((line, post.title))
                    continue
                }
                post.id = newID()  // an id clash with a different post: keep both
            } else if !idFromFile || !PlanCodec.isValidID(post.id) {
                post.id = newID()
            }
            let key = Key(date: post.date, theme: post.themeID, title: post.title)
            if post.date != nil, keys.contains(key) {
                outcome.duplicates.append((line, post.title))
                continue
            }
            do {
                guard !ids.contains(post.id) else { throw PlanError.invalid("a post with id '\(post.id)' already exists") }
                try plan.validate(post, replacing: nil, today: today, force: true)
                if let d = post.date, !options.force {
                    let already = plan.postIndices(from: d, to: d).count + addedPerDay[d, default: 0]
                    if already >= plan.cadence.maxPerDay { throw PlanError.dayFull(d, max: plan.cadence.maxPerDay) }
                }
                if let d = post.date { addedPerDay[d, default: 0] += 1 }
                if anyIDs { freshByID[post.id] = fresh.count }
                fresh.append(post)
                ids.insert(post.id)
                keys.insert(key)
            } catch {
                outcome.invalid.append(ImportIssue(line: line, message: "'\(ControlCharacters.escaped(post.title, multiline: false))': \(error)"))
            }
        }
        // Reported in the plan's order (date, time, id), as `rounds list` shows them; the copy
        // for ids ends first, or the insertion would copy the plan's posts.
        _ = consume planBefore
        outcome.added = plan.insertNew(contentsOf: consume fresh)
        outcome.invalid.sort { $0.line < $1.line }
        return outcome
    }

    // MARK: - Shared field parsing

    /// The csv's separator: a comma, unless the header line has none and has semicolons (a
    /// spreadsheet saved where the comma is the decimal mark) or tabs.
    static func separator(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0, semicolons = 0, tabs = 0, inQuotes = false
        for b in bytes {
            if b == 34 { inQuotes.toggle() }
            if inQuotes { continue }
            if b == 10 || b == 13 { break }
            if b == 44 { commas += 1 } else if b == 59 { semicolons += 1 } else if b == 9 { tabs += 1 }
        }
        if commas == 0, semicolons > 0 { return 59 }
        if commas == 0, tabs > 0 { return 9 }
        return 44
    }

    static func date(_ text: String, order: DateOrder) -> CalendarDate? {
        let t = text.trimmingSpaces
        if let d = CalendarDate(iso: t) { return d }
        let parts = t.split(whereSeparator: { $0 == "/" || $0 == "." })
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 else { return nil }
        return order == .mdy ? CalendarDate(year: y, month: a, day: b) : CalendarDate(year: y, month: b, day: a)
    }

    static func consent(_ text: String) throws(PlanError) -> ConsentRecord? {
        let t = text.trimmingSpaces
        guard !t.isEmpty else { return nil }
        do {
            let r = try JSONReader(try JSONParser.parse(Array(t.utf8)))
            return ConsentRecord(obtainedOn: try r.date("obtainedOn"), reference: try r.string("reference"),
                                 expiresOn: try r.optionalDate("expiresOn"), revoked: try r.bool("revoked", default: false),
                                 textHash: try r.string("textHash"))
        } catch {
            throw .invalid("the consent column is not a consent record as rounds exports it ({\"obtainedOn\": …, \"reference\": …, \"textHash\": …})")
        }
    }

    // MARK: - CSV

    static func csv(_ bytes: [UInt8], plan: Plan, options: ImportOptions, now: Timestamp, issues: inout [ImportIssue]) -> [Candidate] {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(bytes, separator: separator(bytes))
        } catch {
            issues.append(ImportIssue(line: error.line, message: error.message))
            return []
        }
        guard let header = records.first else {
            issues.append(ImportIssue(line: 0, message: "the file is empty"))
            return []
        }
        func key(_ s: String) -> String {
            String(s.lowercased().filter { $0.isLetter || $0.isNumber })
        }
        let aliases: [String: String] = ["id": "id", "uid": "id", "date": "date", "day": "date", "time": "time", "time24hr": "time",
                                         "theme": "theme", "category": "theme", "platform": "platform", "platforms": "platform",
                                         "network": "platform", "status": "status", "title": "title", "body": "body", "text": "body",
                                         "message": "body", "messagetext": "body", "hashtags": "hashtags", "tags": "hashtags",
                                         "consent": "consent", "notes": "notes"]
        var column: [String: Int] = [:]
        for (k, name) in header.fields.enumerated() {
            if let field = aliases[key(name)], column[field] == nil { column[field] = k }
        }
        let missing = ["date", "theme", "title"].filter { column[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "'\($0)'" }.joined(separator: ", ")
            issues.append(ImportIssue(line: header.line, message: "no \(names) column\(missing.count == 1 ? "" : "s") (required: date, theme, title; optional: body, platform, time, status, hashtags, notes, id, consent; found: \(header.fields.map { "'\(ControlCharacters.escaped($0, multiline: false))'" }.joined(separator: ", ")))"))
        }
        guard issues.isEmpty else { return [] }
        let columns = CSVColumns(column)
        let rows = records.dropFirst()
        // A large file's rows are read in two parallel parts (each with its own caches); rows of
        // one id (our own csv: a row per platform) are then merged across the parts, as one
        // pass would have merged them: the same candidates and issues.
        guard rows.count >= 2 * 4096 else {
            return csvRows(rows, header: header, columns: columns, plan: plan, options: options, now: now, issues: &issues)
        }
        let half = rows.startIndex + rows.count / 2
        let parts = [rows[..<half], rows[half...]]
        nonisolated(unsafe) var results: [([Candidate], [ImportIssue])] = [([], []), ([], [])]
        results.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                var partIssues: [ImportIssue] = []
                let found = csvRows(parts[k], header: header, columns: columns, plan: plan, options: options, now: now, issues: &partIssues)
                slots[k] = (found, partIssues)
            }
        }
        issues += results[0].1
        issues += results[1].1
        var out = results[0].0
        let second = results[1].0
        results = []
        guard columns.id != nil else { out += consume second; return out }
        var byID: [String: Int] = [:]
        for (k, c) in out.enumerated() where c.idFromFile { byID[c.post.id] = k }
        out.reserveCapacity(out.count + second.count)
        for c in second {
            if c.idFromFile, let k = byID[c.post.id] {
                for p in c.post.platforms where !out[k].post.platforms.contains(p) { out[k].post.platforms.append(p) }
                continue
            }
            if c.idFromFile { byID[c.post.id] = out.count }
            out.append(c)
        }
        return out
    }

    /// Where each known column is (nil: not in the file).
    struct CSVColumns: Sendable {
        var body, consent, date, hashtags, id, notes, platform, status, theme, time, title: Int?
        init(_ column: [String: Int]) {
            body = column["body"]; consent = column["consent"]; date = column["date"]; hashtags = column["hashtags"]
            id = column["id"]; notes = column["notes"]; platform = column["platform"]; status = column["status"]
            theme = column["theme"]; time = column["time"]; title = column["title"]
        }
    }

    /// The candidates of some of a csv's rows, in order, with the issues of the others.
    static func csvRows(_ rows: ArraySlice<CSVReader.Record>, header: CSVReader.Record, columns: CSVColumns, plan: Plan,
                        options: ImportOptions, now: Timestamp, issues: inout [ImportIssue]) -> [Candidate] {
        var out: [Candidate] = []
        out.reserveCapacity(rows.count)
        var byID: [String: Int] = [:]
        // Columns as positions, and what a theme, platform or hashtags cell names, read once per
        // distinct text (a spreadsheet repeats a few of them on every row).
        let atBody = columns.body, atConsent = columns.consent, atDate = columns.date, atHashtags = columns.hashtags
        let atId = columns.id, atNotes = columns.notes, atPlatform = columns.platform, atStatus = columns.status
        let atTheme = columns.theme, atTime = columns.time, atTitle = columns.title
        var themes: [String: Theme?] = [:]
        var platformLists: [String: Result<[String], PlanError>] = [:]
        var hashtagLists: [String: [String]] = [:]
        for r in rows {
            func field(_ column: Int?) -> String {
                guard let k = column, k < r.fields.count else { return "" }
                return r.fields[k]
            }
            if r.fields.count != header.fields.count {
                issues.append(ImportIssue(line: r.line, message: "\(r.fields.count) fields, the header has \(header.fields.count)"))
                continue
            }
            do throws(PlanError) {
                let dateText = field(atDate)
                guard let date = date(dateText, order: options.dateOrder) else {
                    throw .invalid(dateText.isEmpty ? "no date" : "'\(dateText)' is not a date (YYYY-MM-DD)")
                }
                var time: TimeOfDay?
                let timeText = field(atTime).trimmingSpaces
                if !timeText.isEmpty {
                    guard let t = TimeOfDay(timeText) else { throw .invalid("'\(timeText)' is not a time (HH:MM)") }
                    time = t
                }
                let themeText = field(atTheme).isEmpty ? options.defaultTheme ?? "" : field(atTheme)
                let named: Theme?
                if let known = themes[themeText] { named = known } else {
                    named = plan.theme(named: themeText)
                    themes[themeText] = named
                }
                guard let theme = named else {
                    throw themeText.isEmpty ? .invalid("no theme") : .unknownTheme(themeText, known: plan.themes.map(\.id))
                }
                let title = field(atTitle).trimmingSpaces
                if title.isEmpty { throw .emptyTitle }
                let statusText = field(atStatus).trimmingSpaces.lowercased()
                var status = PostStatus.draft
                if !statusText.isEmpty {
                    guard let s = PostStatus(rawValue: statusText) else {
                        throw .invalid("'\(statusText)' is not a status (idea, draft, ready, scheduled, posted)")
                    }
                    status = s
                }
                let platformText = field(atPlatform)
                let platformResult: Result<[String], PlanError>
                if let known = platformLists[platformText] { platformResult = known } else {
                    platformResult = Result { () throws(PlanError) -> [String] in try plan.platformIDs(from: platformText) }
                    platformLists[platformText] = platformResult
                }
                let platforms = try platformResult.get()
                let id = field(atId).trimmingSpaces
                // Our own CSV has a row per platform: merge them into one post.
                if !id.isEmpty, let k = byID[id] {
                    for p in platforms where !out[k].post.platforms.contains(p) { out[k].post.platforms.append(p) }
                    continue
                }
                let hashtagText = field(atHashtags)
                let hashtags: [String]
                if let known = hashtagLists[hashtagText] { hashtags = known } else {
                    hashtags = Hashtags.parse(hashtagText)
                    hashtagLists[hashtagText] = hashtags
                }
                let post = Post(id: id, date: date, time: time, themeID: theme.id, platforms: platforms, title: title,
                                body: field(atBody), status: status, consent: try consent(field(atConsent)), notes: field(atNotes),
                                hashtags: hashtags, created: now)
                if !id.isEmpty { byID[id] = out.count }
                out.append(Candidate(line: r.line, post: post, idFromFile: !id.isEmpty))
            } catch {
                issues.append(ImportIssue(line: r.line, message: error.description))
            }
        }
        return out
    }

    // MARK: - iCalendar

    static func ics(_ bytes: [UInt8], plan: Plan, options: ImportOptions, now: Timestamp, issues: inout [ImportIssue]) -> [Candidate] {
        let events: [ICSReader.Event]
        do {
            events = try ICSReader.events(bytes)
        } catch {
            issues.append(ImportIssue(line: error.line, message: error.message))
            return []
        }
        var out: [Candidate] = []
        for e in events {
            do throws(PlanError) {
                guard let start = e.first("DTSTART") else { throw .invalid("this event has no DTSTART") }
                let (date, time) = try dateTime(start, options: options)
                var summary = ICSReader.unescape(e.first("SUMMARY")?.value ?? "").trimmingSpaces
                var theme: Theme?
                if let t = e.first("X-ROUNDS-THEME") { theme = plan.theme(id: ICSReader.unescape(t.value)) }
                if theme == nil, let cats = e.first("CATEGORIES") {
                    theme = ICSReader.list(cats.value).lazy.compactMap { plan.theme(named: $0) }.first
                }
                // "[Health Tip] Title": the export's own prefix names the theme.
                if summary.hasPrefix("["), let close = summary.firstIndex(of: "]") {
                    let name = String(summary[summary.index(after: summary.startIndex)..<close])
                    if let t = plan.theme(named: name) {
                        if theme == nil { theme = t }
                        if t.id == theme?.id { summary = String(summary[summary.index(after: close)...]).trimmingSpaces }
                    }
                }
                if theme == nil, let d = options.defaultTheme { theme = plan.theme(named: d) }
                guard let theme else {
                    throw .invalid("'\(summary)' names no theme of this plan (give one with --theme for events from another calendar)")
                }
                if summary.isEmpty { throw .emptyTitle }
                var status = PostStatus.draft
                if let s = e.first("X-ROUNDS-STATUS") {
                    guard let parsed = PostStatus(rawValue: s.value.lowercased()) else { throw .invalid("'\(s.value)' is not a status") }
                    status = parsed
                }
                let platforms = try plan.platformIDs(from: ICSReader.list(e.first("X-ROUNDS-PLATFORMS")?.value ?? "").joined(separator: ","))
                var id = ""
                if let uid = e.first("UID")?.value, uid.hasSuffix("@rounds") { id = String(uid.dropLast(7)) }
                let post = Post(id: id, date: date, time: time, themeID: theme.id, platforms: platforms, title: summary,
                                body: ICSReader.unescape(e.first("DESCRIPTION")?.value ?? ""), status: status,
                                consent: try consent(ICSReader.unescape(e.first("X-ROUNDS-CONSENT")?.value ?? "")),
                                notes: ICSReader.unescape(e.first("X-ROUNDS-NOTES")?.value ?? ""),
                                hashtags: Hashtags.unique(ICSReader.list(e.first("X-ROUNDS-HASHTAGS")?.value ?? "").flatMap(Hashtags.parse)), created: now)
                out.append(Candidate(line: e.line, post: post, idFromFile: !id.isEmpty))
            } catch {
                issues.append(ImportIssue(line: e.line, message: error.description))
            }
        }
        return out
    }

    /// A DTSTART as a calendar day and a time in the plan's zone (nil time for all-day events):
    /// `…Z` is UTC, `TZID=Area/City` that zone (its gaps and overlaps as RFC 5545 says), and a
    /// time with neither a floating time, taken as the plan's own wall clock.
    static func dateTime(_ p: ICSReader.Property, options: ImportOptions) throws(PlanError) -> (CalendarDate, TimeOfDay?) {
        let v = p.value.trimmingSpaces
        let digits = Array(v.utf8)
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= digits.count, digits[r].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return Int(String(decoding: digits[r], as: UTF8.self))
        }
        guard let y = number(0..<4), let m = number(4..<6), let d = number(6..<8), let date = CalendarDate(year: y, month: m, day: d) else {
            throw .invalid("DTSTART '\(p.value)' is not a date")
        }
        if digits.count == 8 { return (date, nil) }
        guard digits.count >= 15, digits[8] == UInt8(ascii: "T"), let h = number(9..<11), let mi = number(11..<13), let s = number(13..<15),
              h < 24, mi < 60, s < 61, digits.count == 15 || (digits.count == 16 && digits[15] == UInt8(ascii: "Z")) else {
            throw .invalid("DTSTART '\(p.value)' is not a date")
        }
        guard let time = TimeOfDay(hour: h, minute: mi) else { throw .invalid("DTSTART '\(p.value)' is not a date") }
        if digits.count == 16 {
            let local = options.timeZone.local(Timestamp(secondsSince1970: Int64(date.dayNumber) * 86_400 + Int64(h * 3600 + mi * 60)))
            return (local.date, local.time)
        }
        if var tzid = p.parameters["TZID"] {
            if tzid.hasPrefix("\""), tzid.hasSuffix("\""), tzid.count >= 2 { tzid = String(tzid.dropFirst().dropLast()) }
            // Some calendars write the zone as a path (`/mozilla.org/…/Europe/London`).
            if tzid.hasPrefix("/") { tzid = String(tzid.split(separator: "/").suffix(2).joined(separator: "/")) }
            guard tzid != options.timeZone.name else { return (date, time) }
            guard let from = options.zoneNamed(tzid) else {
                throw .invalid("DTSTART's time zone '\(tzid)' is unknown here (use an IANA name such as Europe/London, or times in UTC)")
            }
            let local = options.timeZone.local(from.instant(of: date, time))
            return (local.date, local.time)
        }
        return (date, time)
    }

    // MARK: - JSON

    static func json(_ bytes: [UInt8], plan: Plan, now: Timestamp, issues: inout [ImportIssue]) -> [Candidate] {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            issues.append(ImportIssue(line: TextPosition.of(offset: error.offset, in: bytes).line, message: "expected \(error.expected)"))
            return []
        }
        do throws(JSONReader.SchemaError) {
            let r = try JSONReader(root)
            if let v = r.object["version"], case .number(let n) = v, n > Double(Plan.currentVersion) {
                throw JSONReader.SchemaError(path: "version", problem: "this file is version \(PlanCodec.versionText(n)); this rounds reads up to \(Plan.currentVersion)")
            }
            var out: [Candidate] = []
            for (list, dated) in [("posts", true), ("ideas", false)] {
                for (k, v) in try r.array(list).enumerated() {
                    let path = "\(list)[\(k)]"
                    let line = PlanCodec.position(of: path, in: bytes)?.line ?? 0
                    do {
                        let post = try PlanCodec.post(from: try JSONReader(v, path: path), dated: dated)
                        out.append(Candidate(line: line, post: post, idFromFile: true))
                    } catch {
                        issues.append(ImportIssue(line: PlanCodec.position(of: error.path, in: bytes)?.line ?? line, message: "\(error.path): \(error.problem)"))
                    }
                }
            }
            return out
        } catch {
            issues.append(ImportIssue(line: PlanCodec.position(of: error.path, in: bytes)?.line ?? 0, message: (error.path.isEmpty ? "" : error.path + ": ") + error.problem))
            return []
        }
    }
}
