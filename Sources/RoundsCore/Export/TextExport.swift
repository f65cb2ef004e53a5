/// The week as plain text a doctor can print or hand to an assistant: a header, a block per
/// day, bodies wrapped by display width, and the flags at the end. Deterministic.
enum TextExport {
    static func render(_ plan: Plan, from: CalendarDate, to: CalendarDate, options: ExportOptions, today: CalendarDate) -> String {
        let width = max(20, options.width)
        var out = TextLines()
        out.text.reserveCapacity(plan.posts(from: from, to: to).count * 700 + 1024)
        let title = (["Rounds", plan.profile.displayName, Exporter.rangeLabel(plan, from: from, to: to)] as [String?])
            .compactMap { $0 }.joined(separator: " · ")
        out.append(contentsOf: TextWidth.wrap(title, width: width))
        out.append(contentsOf: TextWidth.wrap(Exporter.summary(plan, from: from, to: to, today: today), width: width))
        out.append(String(repeating: "=", count: width))
        let indent = "    "
        let dayRule = String(repeating: "-", count: width)
        let weekdayNames = Weekday.allCases.sorted().map { $0.name.uppercased() }
        let monthNames = CalendarDate.monthNames.map { $0.uppercased() }
        // The same disclaimer under many posts: wrapped once.
        let disclaimer = TextWidth.wrap(plan.profile.disclaimer, width: width - indent.count).map { indent + $0 }
        Exporter.forEachDay(plan, from: from, to: to, quiet: { first, last, weeks in
            out.append("")
            out.append(contentsOf: TextWidth.wrap(WeekWalk.quietLine(first, last, weeks), width: width))
        }) { date, items in
            out.append("")
            out.append(contentsOf: TextWidth.wrap("\(weekdayNames[date.weekday.isoIndex]) \(date.day) \(monthNames[date.month - 1]) \(date.year)", width: width))
            out.append(dayRule)
            var first = true
            for item in items {
                if !first { out.append("") }
                first = false
                guard let post = item.post else {
                    if case .slot(let slot) = item {
                        out.append(contentsOf: TextWidth.wrap("\(slot.theme.name) · GAP: nothing planned yet", width: width))
                    }
                    continue
                }
                let theme = plan.theme(id: post.themeID)
                let facts = Exporter.facts(post, theme: theme, in: plan) + [post.status.rawValue]
                out.append(contentsOf: TextWidth.wrap(facts.joined(separator: " · "), width: width))
                out.append(contentsOf: TextWidth.wrap(ControlCharacters.escaped(post.title, multiline: false), width: width))
                let body = ControlCharacters.escaped(post.body.trimmingCharacters(in: "\n"))
                if !body.isEmpty {
                    out.append("")
                    out.append(indented: TextWidth.wrap(body, width: width - indent.count), indent: indent)
                }
                if !post.hashtags.isEmpty {
                    let tags = post.hashtags.map { $0.hasPrefix("#") ? $0 : "#" + $0 }.joined(separator: " ")
                    out.append(contentsOf: TextWidth.wrap(tags, width: width - indent.count).map { indent + $0 })
                }
                if theme?.requiresDisclaimer == true, !plan.profile.disclaimer.isEmpty, !post.body.containsBytes(plan.profile.disclaimer) {
                    out.append("")
                    out.append(contentsOf: disclaimer)
                }
                if theme?.requiresConsent == true {
                    out.append("")
                    out.append(contentsOf: TextWidth.wrap(Exporter.consentLine(post, today: today), width: width - indent.count).map { indent + $0 })
                }
            }
        }
        if options.includeFlags {
            let flags = Review.flags(plan: plan, from: from, to: to, today: today)
            out.append("")
            out.append(String(repeating: "=", count: width))
            let errors = flags.filter { $0.severity == .error }.count
            let warnings = flags.filter { $0.severity == .warning }.count
            let heading = flags.isEmpty ? "Flags: none. The plan meets its goals." : "Flags: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            out.append(contentsOf: TextWidth.wrap(heading, width: width))
            for f in flags {
                let mark = f.severity == .error ? "✗" : f.severity == .warning ? "!" : "i"
                let wrapped = TextWidth.wrap("\(ControlCharacters.escaped(f.message, multiline: false)) [\(f.rule)]", width: width - 2)
                for (k, line) in wrapped.enumerated() { out.append((k == 0 ? mark + " " : "  ") + line) }
            }
        }
        return out.text
    }
}

/// Lines appended straight into one string (an export of 100,000 posts is a million lines).
struct TextLines {
    var text = ""

    mutating func append(_ line: String) {
        text.append(line)
        text.append("\n")
    }

    /// Lines behind an indent; empty lines stay empty (no trailing blanks).
    mutating func append(indented lines: [String], indent: String) {
        for l in lines {
            if !l.isEmpty { text.append(indent) }
            append(l)
        }
    }

    mutating func append(contentsOf lines: [String]) {
        for l in lines { append(l) }
    }
}
