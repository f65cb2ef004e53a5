/// A time zone's rules, read from a TZif file (RFC 8536, what `/usr/share/zoneinfo` holds):
/// the UTC offset at any instant, and local wall-clock time to UTC and back.
///
/// Pure: the bytes are handed in (the app reads the file), so the core touches no files.
/// Instants after the file's last transition follow the file's footer rule (a POSIX `TZ`
/// string such as `EST5EDT,M3.2.0,M11.1.0`), so a 2040 or 9999 date converts too.
///
/// Local to UTC follows RFC 5545 (section 3.3.5), which is what calendars do:
/// - a wall-clock time that does not exist (in a spring-forward gap, `02:30` on the day New
///   York moves from 02:00 to 03:00) is read with the offset before the gap, so it moves
///   forward by the gap (`03:30` EDT);
/// - a wall-clock time that happens twice (in a fall-back overlap, `01:30` on the day New York
///   moves from 02:00 back to 01:00) is the first occurrence (`01:30` EDT).
public struct TimeZoneRules: Hashable, Sendable {
    /// The IANA name (`Europe/London`), as the plan names it.
    public let name: String
    /// Transition instants (seconds since 1970-01-01 UTC), ascending.
    let transitions: [Int64]
    /// The UTC offset (seconds east) from each transition on.
    let offsets: [Int32]
    /// The offset before the first transition.
    let initialOffset: Int32
    /// The rule after the last transition (the TZif footer), if any.
    let footer: PosixTimeZoneRule?

    /// Coordinated Universal Time: no offset, no transitions.
    public static let utc = TimeZoneRules(name: "UTC", transitions: [], offsets: [], initialOffset: 0, footer: nil)

    init(name: String, transitions: [Int64], offsets: [Int32], initialOffset: Int32, footer: PosixTimeZoneRule?) {
        self.name = name
        self.transitions = transitions
        self.offsets = offsets
        self.initialOffset = initialOffset
        self.footer = footer
    }

    /// A zone with a fixed offset (seconds east of UTC).
    public init(name: String, fixedOffset: Int) {
        self.init(name: name, transitions: [], offsets: [], initialOffset: Int32(clamping: fixedOffset), footer: nil)
    }

    /// Parses a TZif file (versions 1 to 4). Throws when the bytes are not one.
    public init(name: String, tzif bytes: [UInt8]) throws(TimeZoneError) {
        var r = TZifReader(bytes: bytes)
        let v1 = try r.header()
        var header = v1
        var timeSize = 4
        if v1.version >= 2 {
            // Skip the version 1 block; the second one has 64-bit times and the footer.
            try r.skip(v1.blockSize(timeSize: 4))
            header = try r.header()
            timeSize = 8
        }
        var times: [Int64] = []
        times.reserveCapacity(header.timeCount)
        for _ in 0..<header.timeCount { times.append(try r.signed(timeSize)) }
        var indices: [Int] = []
        indices.reserveCapacity(header.timeCount)
        for _ in 0..<header.timeCount { indices.append(Int(try r.byte())) }
        var typeOffsets: [Int32] = []
        for _ in 0..<header.typeCount {
            let off = try r.signed(4)
            _ = try r.byte()  // is DST
            _ = try r.byte()  // abbreviation index
            guard (-89_999...93_599).contains(off) else { throw TimeZoneError.malformed("an offset of \(off) seconds") }
            typeOffsets.append(Int32(off))
        }
        guard !typeOffsets.isEmpty else { throw TimeZoneError.malformed("no local time types") }
        guard indices.allSatisfy({ $0 < typeOffsets.count }) else { throw TimeZoneError.malformed("a transition to a missing type") }
        for i in times.indices.dropFirst() where times[i] <= times[i - 1] {
            throw TimeZoneError.malformed("transitions out of order")
        }
        try r.skip(header.charCount + header.leapCount * (timeSize + 4) + header.stdCount + header.utCount)
        var footer: PosixTimeZoneRule?
        if v1.version >= 2, r.remaining > 1, try r.byte() == 0x0A {
            let rest = r.rest
            if let end = rest.firstIndex(of: 0x0A) {
                let text = String(decoding: rest[..<end], as: UTF8.self)
                if !text.isEmpty {
                    guard let rule = PosixTimeZoneRule(text) else { throw TimeZoneError.malformed("footer '\(text)'") }
                    footer = rule
                }
            }
        }
        self.init(name: name, transitions: times, offsets: indices.map { typeOffsets[$0] },
                  initialOffset: typeOffsets[0], footer: footer)
    }

    /// Seconds east of UTC at an instant.
    public func offset(atUTC t: Int64) -> Int {
        if let last = transitions.last, t >= last, let footer { return footer.offset(atUTC: t) }
        if transitions.isEmpty { return footer?.offset(atUTC: t) ?? Int(initialOffset) }
        if t < transitions[0] { return Int(initialOffset) }
        var lo = 0, hi = transitions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if transitions[mid] <= t { lo = mid + 1 } else { hi = mid }
        }
        return Int(offsets[lo - 1])
    }

    /// The instant of a wall-clock time (seconds since 1970-01-01 as if local time were UTC).
    /// Gaps move forward by the gap; overlaps take the first occurrence (RFC 5545).
    public func utc(fromLocal local: Int64) -> Int64 {
        // At most one transition within 26 hours either side (true of every zone in tzdata).
        let before = Int64(offset(atUTC: local - 93_600))
        let after = Int64(offset(atUTC: local + 93_600))
        let early = local - before  // read with the earlier offset
        let late = local - after  // read with the later offset
        let earlyValid = Int64(offset(atUTC: early)) == before
        let lateValid = Int64(offset(atUTC: late)) == after
        switch (earlyValid, lateValid) {
        case (true, true): return min(early, late)  // the same, or an overlap: the first
        case (true, false): return early
        case (false, true): return late
        case (false, false): return early  // a gap: the offset before it, so forward by the gap
        }
    }

    /// The instant of a time on a day in this zone.
    public func instant(of date: CalendarDate, _ time: TimeOfDay) -> Timestamp {
        Timestamp(secondsSince1970: utc(fromLocal: Int64(date.dayNumber) * 86_400 + Int64(time.minutes) * 60))
    }

    /// The wall-clock day and time of an instant in this zone.
    public func local(_ instant: Timestamp) -> (date: CalendarDate, time: TimeOfDay) {
        let s = instant.secondsSince1970 + Int64(offset(atUTC: instant.secondsSince1970))
        let day = CalendarDate(dayNumber: Int((s >= 0 ? s : s - 86_399) / 86_400))
        let minutes = Int(s - Int64(day.dayNumber) * 86_400) / 60
        return (day, TimeOfDay(hour: min(23, max(0, minutes / 60)), minute: min(59, max(0, minutes % 60))) ?? TimeOfDay(hour: 0, minute: 0)!)
    }

    /// Today in this zone at an instant.
    public func today(at now: Timestamp) -> CalendarDate { local(now).date }

    /// Whether `name` may name a zone file: `Area/City` words of letters, digits, `_ + -`,
    /// never `..`, never absolute (so a plan cannot make the app read another file).
    public static func isValidName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 255, !name.hasPrefix("/"), !name.hasSuffix("/") else { return false }
        for part in name.split(separator: "/", omittingEmptySubsequences: false) {
            guard !part.isEmpty, part != ".", part != "..", part.first != "-" else { return false }
            for u in part.utf8 {
                let ok = (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) || (u >= 0x30 && u <= 0x39)
                    || u == 0x5F || u == 0x2B || u == 0x2D || u == 0x2E
                guard ok else { return false }
            }
        }
        return true
    }
}

/// Why a zone could not be used.
public enum TimeZoneError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case unknown(String)

    public var description: String {
        switch self {
        case .malformed(let what): "not a time zone file (\(what))"
        case .unknown(let name): "unknown time zone '\(name)' (use an IANA name such as Europe/London, America/New_York, Asia/Tokyo, or UTC)"
        }
    }
}

/// Reads the big-endian fields of a TZif file.
private struct TZifReader {
    let bytes: [UInt8]
    var at = 0

    struct Header {
        var version: Int
        var utCount, stdCount, leapCount, timeCount, typeCount, charCount: Int

        func blockSize(timeSize: Int) -> Int {
            timeCount * timeSize + timeCount + typeCount * 6 + charCount + leapCount * (timeSize + 4) + stdCount + utCount
        }
    }

    var remaining: Int { bytes.count - at }
    var rest: ArraySlice<UInt8> { bytes[at...] }

    mutating func header() throws(TimeZoneError) -> Header {
        guard remaining >= 44, bytes[at] == 0x54, bytes[at + 1] == 0x5A, bytes[at + 2] == 0x69, bytes[at + 3] == 0x66 else {
            throw .malformed("no TZif header")
        }
        let v = bytes[at + 4]
        let version = v == 0 ? 1 : (v >= 0x32 && v <= 0x39 ? Int(v - 0x30) : 0)
        guard version > 0 else { throw .malformed("version byte \(v)") }
        at += 20
        var counts: [Int] = []
        for _ in 0..<6 {
            let n = try signed(4)
            guard n >= 0, n < 1_000_000 else { throw .malformed("a count of \(n)") }
            counts.append(Int(n))
        }
        let h = Header(version: version, utCount: counts[0], stdCount: counts[1], leapCount: counts[2],
                       timeCount: counts[3], typeCount: counts[4], charCount: counts[5])
        guard h.typeCount > 0, h.typeCount <= 256 else { throw .malformed("\(h.typeCount) local time types") }
        return h
    }

    mutating func skip(_ n: Int) throws(TimeZoneError) {
        guard n <= remaining else { throw .malformed("cut short") }
        at += n
    }

    mutating func byte() throws(TimeZoneError) -> UInt8 {
        guard remaining >= 1 else { throw .malformed("cut short") }
        at += 1
        return bytes[at - 1]
    }

    mutating func signed(_ size: Int) throws(TimeZoneError) -> Int64 {
        guard remaining >= size else { throw .malformed("cut short") }
        var v: UInt64 = 0
        for i in 0..<size { v = v << 8 | UInt64(bytes[at + i]) }
        at += size
        if size == 4 { return Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: v))) }
        return Int64(bitPattern: v)
    }
}
