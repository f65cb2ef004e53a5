import RoundsCore

/// Health observances on the planner's screen: month-long ones in the header, a line at the
/// top of each day they touch, and the selected day's in the details pane. They come from the
/// state (`weekObservances`, placed when the week changes), never computed while drawing.
enum ObservanceView {
    static let mark = "◆"

    /// Observances that touch `day`, days and weeks before months.
    static func touching(_ day: CalendarDate, in placed: [PlacedObservance]) -> [PlacedObservance] {
        placed.filter { $0.contains(day) }.sorted { a, b in a.isMonth != b.isMonth ? !a.isMonth : PlacedObservance.order(a, b) }
    }

    /// Whether any day of the week has a day or week observance (then each column gives its
    /// first line to them, and the posts start one line lower).
    static func hasDayLine(_ placed: [PlacedObservance]) -> Bool { placed.contains { !$0.isMonth } }

    /// " · ◆ Movember · ◆ Lung Cancer Awareness Month" after the cadence summary, as far as it fits.
    @discardableResult
    static func drawMonths(_ placed: [PlacedObservance], into buf: inout CellBuffer, x: Int, y: Int, maxX: Int, palette: Palette) -> Int {
        var x = x
        for p in placed where p.isMonth {
            let text = mark + " " + p.observance.name
            let need = 3 + TextWidth.width(of: text)
            guard x + need <= maxX else { break }
            x += buf.put(" · ", x: x, y: y, style: palette.style(.dim))
            x += buf.put(text, x: x, y: y, style: palette.style(.observance))
        }
        return x
    }

    /// "◆ World Health Day" (or "◆2 World Health Day" when two fall on the day) on a column's first line.
    static func drawDayLine(_ day: CalendarDate, placed: [PlacedObservance], x: Int, y: Int, width: Int, into buf: inout CellBuffer, palette: Palette) {
        let here = touching(day, in: placed).filter { !$0.isMonth }
        guard let first = here.first else { return }
        let text = (here.count > 1 ? mark + "\(here.count) " : mark + " ") + first.observance.name
        buf.put(TextWidth.truncate(text, to: width), x: x, y: y, style: palette.style(.observance))
    }

    static func shortURL(_ url: String) -> String {
        for scheme in ["https://", "http://"] where url.hasPrefix(scheme) { return String(url.dropFirst(scheme.count)) }
        return url
    }

    /// The details pane's lines for the selected day: name, dates, organiser, then the source.
    static func detailLines(_ day: CalendarDate, placed: [PlacedObservance], palette: Palette) -> [(String, CellStyle)] {
        var lines: [(String, CellStyle)] = []
        for p in touching(day, in: placed) {
            let o = p.observance
            lines.append(("\(mark) \(o.name) · \(p.when)" + (o.organiser.isEmpty ? "" : " · " + o.organiser), palette.style(.observance)))
            // Without the scheme, so the address fits the pane at 80 columns.
            if !o.source.isEmpty { lines.append((shortURL(o.source), palette.style(.dim))) }
        }
        return lines
    }
}
