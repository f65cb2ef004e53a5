import Testing
import RoundsCore
import RoundsThemes
import RoundsTestSupport

/// The shipped observances: every entry sourced, checked, unique, and placed every year.
@Suite("Shipped observances")
struct ObservanceDataTests {
    static let loaded = ObservanceSet.decode(ShippedObservances.file.bytes)

    @Test("the file reads with no problem, and has the campaigns the issue names")
    func reads() {
        #expect(Self.loaded.problems.isEmpty, "\(Self.loaded.problems.map(\.description))")
        let ids = Set(Self.loaded.observances.map(\.id))
        for id in ["world-health-day", "world-tb-day", "world-chagas-disease-day", "world-immunization-week", "world-malaria-day",
                   "world-no-tobacco-day", "world-blood-donor-day", "world-hepatitis-day", "world-patient-safety-day",
                   "world-amr-awareness-week", "world-aids-day", "american-heart-month", "world-diabetes-day",
                   "national-wear-red-day", "national-womens-health-week", "dry-january", "stoptober"] {
            #expect(ids.contains(id), "missing \(id)")
        }
    }

    @Test("no two entries share an id")
    func uniqueIDs() {
        // The decoder refuses a repeated id; count the raw entries too, so a refused one shows.
        let text = String(decoding: ShippedObservances.file.bytes, as: UTF8.self)
        let raw = text.components(separatedBy: "\"id\": ").count - 1
        #expect(raw == Self.loaded.observances.count)
        #expect(Set(Self.loaded.observances.map(\.id)).count == Self.loaded.observances.count)
    }

    @Test("every entry has an https source, a checked date, an organiser, tags and a description")
    func sourced() {
        for o in Self.loaded.observances {
            #expect(o.source.hasPrefix("https://"), "\(o.id): source '\(o.source)'")
            let checked = o.checked ?? CalendarDate.earliest
            #expect(checked >= Fixtures.date("2026-01-01") && checked <= Fixtures.date("2026-12-31"), "\(o.id): checked \(String(describing: o.checked))")
            #expect(!o.organiser.isEmpty, "\(o.id): no organiser")
            #expect(!o.tags.isEmpty, "\(o.id): no tags")
            #expect(!o.description.isEmpty, "\(o.id): no description")
            #expect(["intl", "us", "uk"].contains(o.region), "\(o.id): region \(o.region)")
        }
    }

    @Test("every entry's rule places it once in each of the next ten years, inside that year or just over its end")
    func placesTenYears() {
        for o in Self.loaded.observances {
            for year in 2027...2036 {
                guard let r = o.rule.place(in: year) else {
                    Issue.record("\(o.id) has no day in \(year)")
                    continue
                }
                #expect(r.lowerBound.year == year, "\(o.id) \(year): starts \(r.lowerBound)")
                #expect(r.lowerBound.days(until: r.upperBound) < 31, "\(o.id) \(year): lasts too long")
                let placed = ObservanceSet([o]).placed(from: CalendarDate(year: year, month: 1, day: 1)!, to: CalendarDate(year: year, month: 12, day: 31)!)
                #expect(placed.count == 1, "\(o.id) \(year): placed \(placed.count) times")
            }
        }
    }

    @Test("the dates the organisers state", arguments: [
        ("world-health-day", 2027, "2027-04-07", "2027-04-07"),
        ("world-immunization-week", 2027, "2027-04-24", "2027-04-30"),
        ("world-amr-awareness-week", 2027, "2027-11-18", "2027-11-24"),
        ("world-kidney-day", 2027, "2027-03-11", "2027-03-11"),
        ("national-wear-red-day", 2027, "2027-02-05", "2027-02-05"),
        ("national-womens-health-week", 2027, "2027-05-09", "2027-05-15"),
        ("rare-disease-day", 2028, "2028-02-29", "2028-02-29"),
        ("american-heart-month", 2028, "2028-02-01", "2028-02-29"),
        ("great-american-smokeout", 2027, "2027-11-18", "2027-11-18"),
        ("world-sight-day", 2027, "2027-10-14", "2027-10-14"),
        ("world-asthma-day", 2027, "2027-05-04", "2027-05-04"),
    ])
    func knownDates(_ id: String, _ year: Int, _ start: String, _ end: String) throws {
        let o = try #require(Self.loaded.observances.first { $0.id == id })
        let r = try #require(o.rule.place(in: year))
        #expect(r.lowerBound.iso == start)
        #expect(r.upperBound.iso == end)
    }

    @Test("a year of every region's observances places in well under a millisecond's work (the count, not the time: see rounds-bench)")
    func yearOfEverything() {
        let placed = ObservanceSet(Self.loaded.observances).placed(from: Fixtures.date("2027-01-01"), to: Fixtures.date("2027-12-31"))
        #expect(placed.count == Self.loaded.observances.count)
        #expect(placed == placed.sorted(by: PlacedObservance.order))
    }
}

/// User files: a broken entry or file is reported with line and column; the rest loads.
@Suite("Observance files")
struct ObservanceFileTests {
    @Test("a bad rule is reported at its word, and the file's other entries still load")
    func badRule() {
        let text = """
        {
          "version": 1,
          "observances": [
            { "id": "open-day", "name": "Clinic open day", "region": "uk", "rule": "second saturday of june", "tags": ["general"] },
            { "id": "bad", "name": "Bad", "region": "uk", "rule": "second satday of june" }
          ]
        }
        """
        let r = ObservanceSet.decode(Array(text.utf8))
        #expect(r.observances.map(\.id) == ["open-day"])
        #expect(r.problems.map(\.description) == ["line 5, column 67 (observances[1].rule): expected a weekday (monday … sunday), found 'satday'"])
    }

    @Test("a file that is not JSON is reported with line and column and gives nothing")
    func notJSON() {
        let r = ObservanceSet.decode(Array("{\n  \"version\": 1,\n  \"observances\": [ { \"id\": \"x\", } ]\n}\n".utf8))
        #expect(r.observances.isEmpty)
        #expect(r.problems.count == 1)
        #expect(r.problems.first?.position == TextPosition(line: 3, column: 33))
    }

    @Test("schema problems name the key", arguments: [
        (#"{"version": 1, "observances": [{"id": "Bad ID", "name": "x", "region": "uk", "rule": "04-07"}]}"#, "observances[0].id"),
        (#"{"version": 1, "observances": [{"id": "x", "name": "x", "region": "UK", "rule": "04-07"}]}"#, "observances[0].region"),
        (#"{"version": 1, "observances": [{"id": "x", "name": "x", "region": "uk", "rule": "04-07", "source": "who.int"}]}"#, "observances[0].source"),
        (#"{"version": 1, "observances": [{"id": "x", "name": "x", "region": "uk", "rule": "04-07", "checked": "2026-02-30"}]}"#, "observances[0].checked"),
        (#"{"version": 2, "observances": []}"#, "version"),
    ])
    func schema(_ text: String, _ path: String) {
        let r = ObservanceSet.decode(Array(text.utf8))
        #expect(r.observances.isEmpty)
        #expect(r.problems.first?.keyPath == path, "\(r.problems.map(\.description))")
    }

    @Test("a user entry with a shipped id replaces it; a new id is added")
    func merge() throws {
        var set = ObservanceSet.decode(ShippedObservances.file.bytes).observances
        let count = set.count
        var s = ObservanceSet(set)
        let mine = ObservanceSet.decode(Array(#"{"version": 1, "observances": [{"id": "world-health-day", "name": "World Health Day (our clinic)", "region": "intl", "rule": "04-08"}, {"id": "open-day", "name": "Open day", "region": "uk", "rule": "06-12"}]}"#.utf8))
        s.merge(mine.observances)
        set = s.observances
        #expect(set.count == count + 1)
        let whd = try #require(set.first { $0.id == "world-health-day" })
        #expect(whd.name == "World Health Day (our clinic)")
        #expect(whd.rule.place(in: 2027)?.lowerBound.iso == "2027-04-08")
    }
}
