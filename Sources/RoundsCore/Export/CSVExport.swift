/// RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break, quotes
/// doubled, CRLF after every record, UTF-8 without a byte-order mark.
enum CSVExport {
    static let roundsColumns = ["id", "date", "time", "theme", "platform", "status", "title", "body", "hashtags", "consent"]
    /// Hootsuite's bulk composer takes at most this many messages per file.
    static let hootsuiteMaxRows = 350

    static func render(_ plan: Plan, posts: some Collection<Post>, options: ExportOptions) -> (String, [String]) {
        var out = ""
        var warnings: [String] = []
        func row(_ fields: [String]) {
            for (k, f) in fields.enumerated() {
                if k > 0 { out.append(",") }
                appendField(f, to: &out)
            }
            out.append("\r\n")
        }
        let defaultTime = plan.profile.defaultTime
        switch options.csvProfile {
        case .rounds:
            row(roundsColumns)
            for p in posts {
                let platforms = p.platforms.isEmpty ? [""] : p.platforms
                for platform in platforms {
                    row([p.id, p.date?.iso ?? "", p.time?.description ?? "", p.themeID, platform, p.status.rawValue, p.title, p.body,
                         p.hashtags.joined(separator: " "), p.consent.map(consentField) ?? ""])
                }
            }
        case .buffer:
            row(["Text", "Image URL", "Tags", "Posting Time"])
            for p in posts {
                guard let date = p.date else { continue }
                let time = p.time ?? defaultTime
                row([Exporter.message(p), "", plan.theme(id: p.themeID)?.name ?? p.themeID, "\(date.iso) \(time)"])
            }
        case .sprout:
            row(["date", "time_24hr", "message_text"])
            for p in posts {
                guard let date = p.date else { continue }
                row([dateText(date, order: options.dateOrder), (p.time ?? defaultTime).description, Exporter.message(p)])
            }
        case .hootsuite:
            // No header row: the bulk composer reads date-time, message, link by position.
            var count = 0
            for p in posts {
                guard var date = p.date else { continue }
                var minutes = (p.time ?? defaultTime).minutes
                // Hootsuite schedules on 5-minute marks: round up, into the next day if need be.
                minutes = (minutes + 4) / 5 * 5
                if minutes >= 24 * 60 {
                    minutes -= 24 * 60
                    date = date.adding(days: 1)
                }
                let time = TimeOfDay(hour: minutes / 60, minute: minutes % 60)?.description ?? "00:00"
                row(["\(dateText(date, order: options.dateOrder)) \(time)", Exporter.message(p), ""])
                count += 1
            }
            if count > hootsuiteMaxRows {
                warnings.append("\(count) rows: Hootsuite's bulk composer takes at most \(hootsuiteMaxRows) per file; export a shorter range (--from/--to) for the rest")
            }
        }
        return (out, warnings)
    }

    /// `dd/mm/yyyy` or `mm/dd/yyyy`.
    static func dateText(_ d: CalendarDate, order: DateOrder) -> String {
        var dd = "", mm = "", yyyy = ""
        CalendarDate.pad(d.day, 2, into: &dd)
        CalendarDate.pad(d.month, 2, into: &mm)
        CalendarDate.pad(d.year, 4, into: &yyyy)
        switch order {
        case .dmy: return "\(dd)/\(mm)/\(yyyy)"
        case .mdy: return "\(mm)/\(dd)/\(yyyy)"
        }
    }

    /// The consent record as one JSON object, exact enough to import back (with the hash of
    /// the text it covers, so an import never makes consent cover other words).
    static func consentField(_ c: ConsentRecord) -> String {
        String(decoding: JSONWriter.compact(PlanCodec.consentValue(c)), as: UTF8.self)
    }

    static func appendField(_ f: String, to out: inout String) {
        var f = f
        f.withUTF8 { u in
            var needsQuotes = false
            for b in u where b == 44 || b == 34 || b == 10 || b == 13 {
                needsQuotes = true
                break
            }
            guard needsQuotes else {
                out.append(String(decoding: u, as: UTF8.self))
                return
            }
            var q: [UInt8] = [34]
            q.reserveCapacity(u.count + 8)
            for b in u {
                if b == 34 { q.append(34) }
                q.append(b)
            }
            q.append(34)
            out.append(String(decoding: q, as: UTF8.self))
        }
    }
}
