/// The week as plain text a doctor can print or hand to an assistant: a header, a block per
/// day, bodies wrapped by display width, and the flags at the end. Deterministic.
enum TextExport {
    static func render(_ plan: Plan, from: CalendarDate, to: CalendarDate, options: ExportOptions, today: CalendarDate) -> String {
        let width = max(20, options.width)
        var out: [String] = []
        let title = (["Rounds", plan.profile.name.isEmpty ? nil : plan.profile.name, Exporter.rangeLabel(plan, from: from, to: to)] as [String?])
            .compactMap { $0 }.joined(separator: " · ")
        out.append(contentsOf: TextWidth.wrap(title, width: width))
        out.append(contentsOf: TextWidth.wrap(Exporter.summary(plan, from: from, to: to, today: today), width: width))
        out.append(String(repeating: "=", count: width))
        let indent = "    "
        for (date, items) in Exporter.days(plan, from: from, to: to) {
            out.append("")
            out.append(contentsOf: TextWidth.wrap("\(date.weekday.name) \(date.day) \(CalendarDate.monthNames[date.month - 1]) \(date.year)".uppercased(), width: width))
            out.append(String(repeating: "-", count: width))
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
                var meta = [theme?.name ?? post.themeID]
                if let t = post.time { meta.append(t.description) }
                let platforms = Exporter.platformNames(post, in: plan)
                if !platforms.isEmpty { meta.append(platforms) }
                meta.append(post.status.rawValue)
                out.append(contentsOf: TextWidth.wrap(meta.joined(separator: " · "), width: width))
                out.append(contentsOf: TextWidth.wrap(post.title, width: width))
                let body = post.body.trimmingCharacters(in: "\n")
                if !body.isEmpty {
                    out.append("")
                    out.append(contentsOf: TextWidth.wrap(body, width: width - indent.count).map { $0.isEmpty ? "" : indent + $0 })
                }
                if !post.hashtags.isEmpty {
                    let tags = post.hashtags.map { $0.hasPrefix("#") ? $0 : "#" + $0 }.joined(separator: " ")
                    out.append(contentsOf: TextWidth.wrap(tags, width: width - indent.count).map { indent + $0 })
                }
                if theme?.requiresDisclaimer == true, !plan.profile.disclaimer.isEmpty, !post.body.contains(plan.profile.disclaimer) {
                    out.append("")
                    out.append(contentsOf: TextWidth.wrap(plan.profile.disclaimer, width: width - indent.count).map { indent + $0 })
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
                let wrapped = TextWidth.wrap("\(f.message) [\(f.rule)]", width: width - 2)
                for (k, line) in wrapped.enumerated() { out.append((k == 0 ? mark + " " : "  ") + line) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
