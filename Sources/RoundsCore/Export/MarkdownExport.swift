/// The same content as the text export, as Markdown: a heading per week and day.
enum MarkdownExport {
    static func render(_ plan: Plan, from: CalendarDate, to: CalendarDate, options: ExportOptions, today: CalendarDate) -> String {
        var out: [String] = []
        out.append("# " + escape(plan.profile.displayName) + " · " + Exporter.rangeLabel(plan, from: from, to: to))
        out.append("")
        out.append("_" + escape(Exporter.summary(plan, from: from, to: to, today: today)) + "_")
        var week: Week?
        // Within one week the title says which; longer ranges get a heading per week.
        let oneWeek = Week(containing: from, weekStart: plan.profile.weekStart).end >= to
        Exporter.forEachDay(plan, from: from, to: to, quiet: { first, last, weeks in
            out.append("")
            out.append("_" + WeekWalk.quietLine(first, last, weeks) + "_")
            week = nil
        }) { date, items in
            let w = Week(containing: date, weekStart: plan.profile.weekStart)
            if w != week, !oneWeek {
                out.append("")
                out.append("## \(w.isoName) · \(w.rangeLabel)")
            }
            week = w
            out.append("")
            out.append("### \(date.weekday.name) \(date.day) \(CalendarDate.monthNames[date.month - 1]) \(date.year)")
            for item in items {
                out.append("")
                guard let post = item.post else {
                    if case .slot(let slot) = item { out.append("- **\(escape(slot.theme.name))**: _gap, nothing planned yet_") }
                    continue
                }
                let theme = plan.theme(id: post.themeID)
                out.append("#### " + escape(ControlCharacters.escaped(post.title, multiline: false)))
                out.append("")
                out.append((Exporter.facts(post, theme: theme, in: plan).map(escape) + ["`\(post.status.rawValue)`"]).joined(separator: " · "))
                let body = ControlCharacters.escaped(post.body.trimmingCharacters(in: "\n"))
                if !body.isEmpty {
                    out.append("")
                    // Hard line breaks inside paragraphs, as the doctor wrote them.
                    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                        out.append(line.isEmpty ? "" : escape(String(line)) + "  ")
                    }
                }
                if !post.hashtags.isEmpty {
                    out.append("")
                    out.append(escape(post.hashtags.map { $0.hasPrefix("#") ? $0 : "#" + $0 }.joined(separator: " ")))
                }
                if theme?.requiresDisclaimer == true, !plan.profile.disclaimer.isEmpty, !post.body.containsBytes(plan.profile.disclaimer) {
                    out.append("")
                    out.append("> " + escape(plan.profile.disclaimer))
                }
                if theme?.requiresConsent == true {
                    out.append("")
                    out.append("_" + escape(Exporter.consentLine(post, today: today)) + "_")
                }
            }
        }
        if options.includeFlags {
            let flags = Review.flags(plan: plan, from: from, to: to, today: today)
            out.append("")
            out.append("## Flags")
            out.append("")
            if flags.isEmpty { out.append("None: the plan meets its goals.") }
            for f in flags {
                out.append("- **\(f.severity.rawValue)** \(escape(ControlCharacters.escaped(f.message, multiline: false))) `\(f.rule)`")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Backslash-escapes the characters Markdown would read as markup (all ASCII, so bytes).
    static func escape(_ s: String) -> String {
        var s = s
        return s.withUTF8 { u in
            var out: [UInt8] = []
            out.reserveCapacity(u.count + 8)
            var atLineStart = true
            // Digits from the line's start: `1. ` or `2) ` there would start an ordered list.
            var leadingDigits = false
            for b in u {
                if (b == UInt8(ascii: ".") || b == UInt8(ascii: ")")), leadingDigits { out.append(UInt8(ascii: "\\")) }
                leadingDigits = (atLineStart || leadingDigits) && b >= 0x30 && b <= 0x39
                switch b {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                     UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"):
                    out.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"):
                    if atLineStart { out.append(UInt8(ascii: "\\")) }
                default:
                    break
                }
                out.append(b)
                atLineStart = b == 0x0A
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
