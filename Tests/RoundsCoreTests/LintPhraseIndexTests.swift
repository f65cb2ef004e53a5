import Testing
@testable import RoundsCore

/// The rules look for hundreds of known phrases (rare conditions, places, "last week", the
/// disclaimer and disclosure wordings, "ask your doctor"…) through the index built while a draft
/// is tokenized. A phrase the index misses would silently never be found.
@Suite("Known phrases")
struct LintPhraseIndexTests {
    @Test("every known phrase is found through the index, at the place a plain scan finds it")
    func everyPhraseFound() {
        for phrase in LintText.staticPhrases {
            let text = "Before that, " + phrase.joined(separator: " ") + " and after."
            let t = LintText(text)
            let scanned = t.find(words: phrase).first
            #expect(scanned != nil, "\(phrase) does not tokenize to itself")
            #expect(t.firstMatch(amongIndexed: [phrase]) == scanned, "\(phrase)")
        }
    }

    @Test("the first phrase of a list that occurs wins, at its first occurrence; a range limits the search")
    func firstOfList() throws {
        let t = LintText("Ask your doctor. Last week I asked your doctor again.")
        let r = try #require(t.firstMatch(amongIndexed: ContentRules.deferPhrases))
        #expect(t.text(r.lowerBound, r.upperBound) == "Ask your doctor")
        // Limited to the second sentence, "ask your doctor" no longer starts inside the range.
        let second = t.tokenIndex(atOrAfter: 17)..<t.tokens.count
        #expect(t.firstMatch(amongIndexed: [["ask", "your", "doctor"]], in: second) == nil)
    }

    @Test("a draft without any known phrase finds none")
    func noPhrases() {
        let t = LintText("Drink water 💧 today")
        #expect(t.firstMatch(amongIndexed: PHIRules.rareConditionWords) == nil)
        #expect(t.firstMatch(amongIndexed: ContentRules.disclaimerPhraseWords) == nil)
    }
}
