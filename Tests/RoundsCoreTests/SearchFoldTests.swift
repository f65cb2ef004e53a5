import Foundation
import RoundsCore
import Testing

@Suite("Search folding")
struct SearchFoldTests {
    @Test("case and accents are ignored: precomposed and combining, Latin, Greek, Cyrillic, Vietnamese")
    func samples() {
        #expect("Zoë".searchFolded == "zoe")
        #expect("ÉTÉ".searchFolded == "ete")
        #expect("Ñandú".searchFolded == "nandu")
        #expect("Zoe\u{0308}".searchFolded == "zoe")  // e + combining diaeresis
        #expect("Ἄθηνα".searchFolded == "αθηνα")
        #expect("ЙОГА".searchFolded == "иога")
        #expect("Phở".searchFolded == "pho")
        #expect("Łódź".searchFolded == "łodz")  // Ł has no decomposition: lower-cased only
    }

    @Test("what has no case or accent is left as it is")
    func untouched() {
        #expect("睡眠と運動 🚶‍♀️ 2026-11-30 #sleep".searchFolded == "睡眠と運動 🚶‍♀️ 2026-11-30 #sleep")
        #expect("".searchFolded == "")
    }

    @Test("agrees with Foundation's folding on every Latin letter (U+00C0 to U+024F, U+1E00 to U+1EFF)")
    func agreesWithFoundation() {
        var differ: [String] = []
        for v in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = String(Character(s))
            let ours = text.searchFolded
            let theirs = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            if ours != theirs { differ.append("U+\(String(v, radix: 16, uppercase: true)) \(text): \(ours) vs \(theirs)") }
        }
        #expect(differ.isEmpty, "\(differ.count) differ: \(differ.prefix(20).joined(separator: "; "))")
    }
}
