/// `rounds observances` output: text for reading, JSON for scripts, iCalendar for calendars.
public enum ObservanceExport {
    /// One line per occurrence: dates, name, organiser, region; then the source.
    public static func text(_ placed: [PlacedObservance], from: CalendarDate, to: CalendarDate) -> String {
        var lines: [String] = []
        lines.append("Health observances \(from.iso) to \(to.iso): \(placed.count)")
        for p in placed {
            let o = p.observance
            let dates = p.isMonth ? String(p.start.iso.prefix(7)) : p.isOneDay ? p.start.iso : p.start.iso + "–" + p.end.iso.suffix(p.start.year == p.end.year ? 5 : 10)
            let day = p.isMonth ? "   " : p.start.weekday.shortName
            let pad = String(repeating: " ", count: max(1, 22 - dates.count))
            lines.append(dates + pad + day + "  " + o.name + " · " + o.organiser + " · " + o.region)
            if !o.source.isEmpty { lines.append(String(repeating: " ", count: 27) + o.source) }
        }
        return lines.joined(separator: "\n")
    }

    /// `{"version", "kind": "rounds-observances", "from", "to", "observances": [...]}`.
    public static func json(_ placed: [PlacedObservance], from: CalendarDate, to: CalendarDate) -> String {
        let items: [JSONValue] = placed.map { p in
            let o = p.observance
            return .object([
                "id": .string(o.id), "name": .string(o.name), "organiser": .string(o.organiser), "region": .string(o.region),
                "start": .string(p.start.iso), "end": .string(p.end.iso), "rule": .string(o.ruleText),
                "tags": .array(o.tags.map(JSONValue.string)), "source": .string(o.source), "checked": o.checked.map { .string($0.iso) } ?? .null,
                "description": .string(o.description),
            ])
        }
        let value = JSONValue.object([
            "version": .number(1), "kind": .string("rounds-observances"),
            "from": .string(from.iso), "to": .string(to.iso), "observances": .array(items),
        ])
        return String(decoding: JSONWriter.write(value), as: UTF8.self)
    }

    /// RFC 5545: an all-day event per occurrence. The UID is the observance's id and the year
    /// it starts, so importing a later file updates the events instead of adding copies.
    public static func ics(_ placed: [PlacedObservance]) -> String {
        var w = ICSExport.LineWriter()
        w.line("BEGIN:VCALENDAR")
        w.line("VERSION:2.0")
        w.line("PRODID:" + ICSExport.prodID)
        w.line("CALSCALE:GREGORIAN")
        w.line("METHOD:PUBLISH")
        w.line("X-WR-CALNAME:", text: "Rounds · health observances")
        for p in placed {
            let o = p.observance
            w.line("BEGIN:VEVENT")
            w.line("UID:" + uid(p))
            // The day the entry was checked (else its start): stable, so the same data gives the same bytes.
            w.line("DTSTAMP:", time: Timestamp(secondsSince1970: Int64((o.checked ?? p.start).dayNumber) * 86_400))
            w.line("DTSTART;VALUE=DATE:", date: p.start)
            w.line("DTEND;VALUE=DATE:", date: p.end.adding(days: 1))
            w.line("SUMMARY:", text: o.name)
            var description = o.description
            if !o.organiser.isEmpty { description += (description.isEmpty ? "" : "\n") + "Organiser: " + o.organiser }
            if !o.source.isEmpty { description += "\nSource: " + o.source }
            w.line("DESCRIPTION:", text: description)
            if !o.source.isEmpty { w.line("URL:" + o.source) }
            if !o.tags.isEmpty { w.line("CATEGORIES:", list: o.tags) }
            w.line("TRANSP:TRANSPARENT")
            w.line("END:VEVENT")
        }
        w.line("END:VCALENDAR")
        return String(decoding: w.out, as: UTF8.self)
    }

    /// `world-health-day-2027@observances.rounds`.
    public static func uid(_ p: PlacedObservance) -> String {
        "\(p.observance.id)-\(p.start.year)@observances.rounds"
    }
}
