import Testing
@testable import RoundsCore

/// `Hashtags.parse` reads printable ASCII on its bytes (an import parses every row's tags); it
/// must give exactly what the general path gives.
@Suite("Hashtags: the ASCII path agrees with the general one")
struct HashtagFastPathTests {
    static func general(_ text: String) -> [String] {
        Hashtags.unique(text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init))
    }

    @Test("same tags, order and repeats removed", arguments: [
        "health;sleep", "#Health, health ,#HEALTH", "a,,b;;c||d", "##", "#", "x\ty\nz", "  lead and trail  ",
        "Tag\r\nnext", "café;cafe", "#a #b #a", "A-b_c.d", "x\u{0B}y", "",
    ])
    func agrees(_ text: String) {
        #expect(Hashtags.parse(text) == Self.general(text), "\(text.debugDescription)")
    }

    @Test("printable ASCII takes the byte path; anything else the general one")
    func path() {
        #expect(Hashtags.parseASCII("#Health;sleep") == ["#Health", "sleep"])
        #expect(Hashtags.parseASCII("café") == nil)
        #expect(Hashtags.parseASCII("a\r\nb") == nil)
    }

    @Test("dates written in place read back", arguments: ["0001-01-01", "0999-12-31", "2026-11-25", "9999-12-31"])
    func isoDates(_ iso: String) {
        #expect(CalendarDate(iso: iso)?.iso == iso)
    }
}
