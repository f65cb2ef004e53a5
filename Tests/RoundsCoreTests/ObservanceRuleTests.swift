import Testing
import RoundsCore
import RoundsTestSupport

/// The rules that place observances, across years: leap years, months starting on every
/// weekday, last weekdays, ranges over a month's or a year's end, days relative to others.
@Suite("Observance rules")
struct ObservanceRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var year: Int
        var start: String
        var end: String
        var testDescription: String { "\(rule) in \(year)" }
    }

    static let cases: [Case] = [
        // Fixed dates, including 29 February (the 28th in common years).
        Case(rule: "11-14", year: 2027, start: "2027-11-14", end: "2027-11-14"),
        Case(rule: "04-07", year: 2027, start: "2027-04-07", end: "2027-04-07"),
        Case(rule: "02-29", year: 2028, start: "2028-02-29", end: "2028-02-29"),
        Case(rule: "02-29", year: 2027, start: "2027-02-28", end: "2027-02-28"),
        // The last day of February: leap years, century years.
        Case(rule: "last day of february", year: 2027, start: "2027-02-28", end: "2027-02-28"),
        Case(rule: "last day of february", year: 2028, start: "2028-02-29", end: "2028-02-29"),
        Case(rule: "last day of february", year: 2100, start: "2100-02-28", end: "2100-02-28"),
        Case(rule: "last day of february", year: 2000, start: "2000-02-29", end: "2000-02-29"),
        // Fixed ranges, within a month, over a month's end, over the year's end.
        Case(rule: "11-18 to 11-24", year: 2027, start: "2027-11-18", end: "2027-11-24"),
        Case(rule: "01-28 to 02-03", year: 2027, start: "2027-01-28", end: "2027-02-03"),
        Case(rule: "02-25 to 03-02", year: 2028, start: "2028-02-25", end: "2028-03-02"),
        Case(rule: "12-28 to 01-03", year: 2027, start: "2027-12-28", end: "2028-01-03"),
        // Whole months: February in leap and common years.
        Case(rule: "month of february", year: 2027, start: "2027-02-01", end: "2027-02-28"),
        Case(rule: "month of february", year: 2028, start: "2028-02-01", end: "2028-02-29"),
        Case(rule: "month of november", year: 2027, start: "2027-11-01", end: "2027-11-30"),
        // First Friday of February, with February starting on each weekday (2027 Mon … 2026 Sun).
        Case(rule: "first friday of february", year: 2027, start: "2027-02-05", end: "2027-02-05"),  // starts Monday
        Case(rule: "first friday of february", year: 2022, start: "2022-02-04", end: "2022-02-04"),  // Tuesday
        Case(rule: "first friday of february", year: 2023, start: "2023-02-03", end: "2023-02-03"),  // Wednesday
        Case(rule: "first friday of february", year: 2024, start: "2024-02-02", end: "2024-02-02"),  // Thursday
        Case(rule: "first friday of february", year: 2030, start: "2030-02-01", end: "2030-02-01"),  // Friday
        Case(rule: "first friday of february", year: 2025, start: "2025-02-07", end: "2025-02-07"),  // Saturday
        Case(rule: "first friday of february", year: 2026, start: "2026-02-06", end: "2026-02-06"),  // Sunday
        // Second Wednesday of March (No Smoking Day's rule), second Thursday (World Kidney Day).
        Case(rule: "second wednesday of march", year: 2026, start: "2026-03-11", end: "2026-03-11"),
        Case(rule: "second wednesday of march", year: 2027, start: "2027-03-10", end: "2027-03-10"),
        Case(rule: "second thursday of march", year: 2024, start: "2024-03-14", end: "2024-03-14"),
        Case(rule: "second thursday of march", year: 2025, start: "2025-03-13", end: "2025-03-13"),
        Case(rule: "third thursday of november", year: 2026, start: "2026-11-19", end: "2026-11-19"),
        Case(rule: "fourth thursday of november", year: 2027, start: "2027-11-25", end: "2027-11-25"),
        // Last weekdays: the month ending on that weekday, and not.
        Case(rule: "last monday of may", year: 2027, start: "2027-05-31", end: "2027-05-31"),  // 31 May is a Monday
        Case(rule: "last monday of may", year: 2026, start: "2026-05-25", end: "2026-05-25"),
        Case(rule: "last friday of february", year: 2028, start: "2028-02-25", end: "2028-02-25"),
        Case(rule: "last tuesday of february", year: 2028, start: "2028-02-29", end: "2028-02-29"),  // leap day
        // A week defined by a rule: the last seven days of April (World Immunization Week).
        Case(rule: "last 7 days of april", year: 2027, start: "2027-04-24", end: "2027-04-30"),
        Case(rule: "last 7 days of february", year: 2028, start: "2028-02-23", end: "2028-02-29"),
        // Relative to another day: the week from Mother's Day (US), the week ending on Father's Day.
        Case(rule: "7 days from second sunday of may", year: 2027, start: "2027-05-09", end: "2027-05-15"),
        Case(rule: "7 days from second sunday of may", year: 2026, start: "2026-05-10", end: "2026-05-16"),
        Case(rule: "7 days to third sunday of june", year: 2027, start: "2027-06-14", end: "2027-06-20"),
        Case(rule: "7 days to third sunday of june", year: 2024, start: "2024-06-10", end: "2024-06-16"),
        Case(rule: "7 days from first monday of april", year: 2024, start: "2024-04-01", end: "2024-04-07"),
        Case(rule: "1 day after fourth thursday of november", year: 2027, start: "2027-11-26", end: "2027-11-26"),
        Case(rule: "2 days before 03-01", year: 2028, start: "2028-02-28", end: "2028-02-28"),
        Case(rule: "2 days before 03-01", year: 2027, start: "2027-02-27", end: "2027-02-27"),
        Case(rule: "3 days from last day of december", year: 2027, start: "2027-12-31", end: "2028-01-02"),
    ]

    @Test("a rule places its days", arguments: cases)
    func places(_ c: Case) throws {
        let rule = try ObservanceRule.parse(c.rule)
        let r = try #require(rule.place(in: c.year))
        #expect(r.lowerBound.iso == c.start)
        #expect(r.upperBound.iso == c.end)
    }

    @Test("a fifth weekday that a month does not have places nothing that year")
    func missingFifth() throws {
        let rule = try ObservanceRule.parse("fifth monday of february")
        #expect(rule.place(in: 2027) == nil)  // February 2027 has four Mondays
        #expect(rule.place(in: 2044).map { $0.lowerBound.iso } == "2044-02-29")  // and 2044 five
    }

    @Test("a range over the year's end shows in both years it touches")
    func acrossYears() throws {
        let o = Observance(id: "x", name: "X", organiser: "", region: "intl", rule: try ObservanceRule.parse("12-28 to 01-03"),
                           tags: [], source: "", checked: Fixtures.date("2026-12-01"), description: "")
        let set = ObservanceSet([o])
        let jan = set.placed(from: Fixtures.date("2028-01-01"), to: Fixtures.date("2028-01-31"))
        #expect(jan.map { "\($0.start.iso)…\($0.end.iso)" } == ["2027-12-28…2028-01-03"])
        let year = set.placed(from: Fixtures.date("2027-01-01"), to: Fixtures.date("2027-12-31"))
        #expect(year.map { $0.start.iso } == ["2026-12-28", "2027-12-28"])
    }

    @Test("bad phrases are refused with where and why", arguments: [
        ("", 0, "expected a rule"),
        ("13-01", 0, "is not a day of the year"),
        ("02-30", 0, "is not a day of the year"),
        ("second wensday of march", 7, "expected a weekday"),
        ("second wednesday of marchember", 20, "expected a month"),
        ("second wednesday in march", 17, "expected 'of'"),
        ("month of", 8, "expected a month"),
        ("04-07 and more", 6, "unexpected 'and'"),
        ("0 days from 04-07", 0, "expected a number of days"),
        ("tenth monday of may", 0, "expected a day"),
    ])
    func refused(_ text: String, _ offset: Int, _ problem: String) {
        do {
            let r = try ObservanceRule.parse(text)
            Issue.record("'\(text)' was read as \(r)")
        } catch {
            #expect(error.offset == offset, "\(text): \(error.problem)")
            #expect(error.problem.contains(problem), "\(text): \(error.problem)")
        }
    }
}
