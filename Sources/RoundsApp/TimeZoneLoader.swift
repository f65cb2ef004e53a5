import Glibc
import RoundsCore

/// Reads zone files from the system's tzdata for the core, which only parses bytes.
///
/// Zones are looked up by IANA name under `$TZDIR` (else `/usr/share/zoneinfo`). The system's
/// zone is `TZ` (`Europe/London`, `:Europe/London`, or a path into the zone folder), else the
/// target of the `/etc/localtime` link, else `/etc/timezone`, else UTC.
extension AppEnvironment {
    /// The folder of zone files.
    public var zoneFolder: String { variables["TZDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/zoneinfo" }

    /// The rules of the zone `name`, read from the zone folder.
    public func zone(named name: String) throws(TimeZoneError) -> TimeZoneRules {
        let trimmed = name.trimmingSpaces
        guard TimeZoneRules.isValidName(trimmed) else { throw .unknown(name) }
        let bytes: [UInt8]
        do {
            bytes = try DurableFile.read(zoneFolder + "/" + trimmed)
        } catch {
            // Without tzdata, UTC still works (it has no rules to read).
            if ["UTC", "Etc/UTC", "GMT", "Etc/GMT", "Zulu", "Etc/Zulu", "UCT", "Etc/UCT", "Universal"].contains(trimmed) {
                return TimeZoneRules(name: trimmed, fixedOffset: 0)
            }
            throw .unknown(name)
        }
        do { return try TimeZoneRules(name: trimmed, tzif: bytes) } catch { throw .unknown(name) }
    }

    /// The plan's zone: `profile.timeZone`, or UTC and the reason when it cannot be read
    /// (what needs exact instants, the ics export and import, refuses with that reason).
    public func zone(of plan: Plan) -> (zone: TimeZoneRules, problem: String?) {
        do {
            return (try zone(named: plan.profile.timeZone), nil)
        } catch {
            return (.utc, "the plan's time zone '\(plan.profile.timeZone)' is unknown here; set it with: rounds profile --time-zone NAME (an IANA name such as Europe/London)")
        }
    }

    /// Today in the plan's zone (or the date of `ROUNDS_NOW` there, when tests pin the clock).
    public func today(for plan: Plan) -> CalendarDate {
        zone(of: plan).zone.today(at: now)
    }

    /// The IANA name of the system's zone: `TZ`, else `/etc/localtime`, else `/etc/timezone`,
    /// else `UTC`. A name that cannot be loaded is skipped.
    public func systemZoneName() -> String {
        var candidates: [String] = []
        if let tz = variables["TZ"], !tz.isEmpty {
            var name = tz.hasPrefix(":") ? String(tz.dropFirst()) : tz
            if name.hasPrefix("/") { name = zoneName(fromPath: name) ?? "" }
            if !name.isEmpty { candidates.append(name) }
        }
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/etc/localtime", &buf, buf.count - 1)
        if n > 0 {
            let target = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let name = zoneName(fromPath: target) { candidates.append(name) }
        }
        if let bytes = try? DurableFile.read("/etc/timezone") {
            let name = String(decoding: bytes, as: UTF8.self).trimmingSpaces
            if !name.isEmpty { candidates.append(name) }
        }
        for name in candidates where (try? zone(named: name)) != nil { return name }
        return "UTC"
    }

    /// `Europe/London` from `/usr/share/zoneinfo/Europe/London` (or `../zoneinfo/…`).
    private func zoneName(fromPath path: String) -> String? {
        let folder = zoneFolder.hasSuffix("/") ? zoneFolder : zoneFolder + "/"
        if path.hasPrefix(folder) { return String(path.dropFirst(folder.count)) }
        let parts = path.split(separator: "/").map(String.init)
        guard let i = parts.lastIndex(of: "zoneinfo"), i + 1 < parts.count else { return nil }
        var name = parts[(i + 1)...].joined(separator: "/")
        // posix/ and right/ hold the same zones (right/ with leap seconds: not what a clock shows).
        for prefix in ["posix/", "right/"] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        return name
    }
}
