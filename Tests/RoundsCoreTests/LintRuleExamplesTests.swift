import Foundation
import Testing
import RoundsCore

/// Each rule's own examples (RuleID.examples): the triggering ones must give a finding of that
/// rule, the near misses none.
@Suite("Each rule's examples")
struct LintRuleExamplesTests {
    static func context(_ rule: RuleID, _ text: String) -> LintContext {
        var c = rule.exampleContext
        if rule == .platformTooLong { c.messageLength = text.count }
        return c
    }

    @Test("triggering examples trigger their rule", arguments: RuleID.allCases)
    func triggering(_ rule: RuleID) {
        #expect(!rule.examples.triggering.isEmpty, "\(rule.rawValue) has no triggering example")
        for text in rule.examples.triggering {
            let found = Linter.lint(text, context: Self.context(rule, text)).filter { $0.rule == rule.rawValue }
            #expect(!found.isEmpty, "\(rule.rawValue) missed: \(text)")
        }
    }

    @Test("near misses do not trigger their rule", arguments: RuleID.allCases)
    func nonTriggering(_ rule: RuleID) {
        for text in rule.examples.nonTriggering {
            let found = Linter.lint(text, context: Self.context(rule, text)).filter { $0.rule == rule.rawValue }
            #expect(found.isEmpty, "\(rule.rawValue) false alarm on: \(text) → \(found.map(\.excerpt))")
        }
    }

    @Test("the README's rule table is the one RuleID makes")
    func readmeTable() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(RuleID.readmeTable), "paste RuleID.readmeTable into the README:\n\(RuleID.readmeTable)")
    }

    /// The excerpts of the "found in use" cases are the whole identifier, so an
    /// acknowledgement covers that one and nothing else.
    @Test("excerpts hold the whole name", arguments: [
        ("My patient Mr. Kowalski came in.", "Mr. Kowalski"), ("Patient J.M. was discharged.", "J.M."),
        ("Our patient Mary-Kate Olsen came in.", "Mary-Kate Olsen"), ("My patient Ana María García was treated.", "Ana María García"),
        ("Thanks to Ms. Nowak-Kowalska for sharing.", "Ms. Nowak-Kowalska"), ("My patient Siobhán Ní Bhriain recovered.", "Siobhán Ní Bhriain"),
        // A possessive is the name without its "'s"; a title's full stop does not cut the name; the same name again is found again.
        ("Olga's husband called to say she is home.", "Olga"), ("Sra. Gómez came back for her scan.", "Sra. Gómez"),
        ("Herr Müller ist wieder zu Hause.", "Herr Müller"),
    ])
    func wholeExcerpt(_ text: String, _ excerpt: String) {
        #expect(Linter.lint(text).filter { $0.rule == "phi.name" }.map(\.excerpt) == [excerpt])
    }

    @Test("a name found once is found again elsewhere in the post, each excerpt whole")
    func sameNameAgain() {
        let found = Linter.lint("We lost Eileen Brennan this month; she came to us for 30 years. Rest easy, Eileen.").filter { $0.rule == "phi.name" }
        #expect(found.map(\.excerpt) == ["Eileen Brennan", "Eileen"])
    }

    @Test("one address is one finding, whole")
    func wholeAddress() {
        let found = Linter.lint("Flowers can go to her home: Flat 3C, 18 Belgrave Road, Leicester LE4 6AR.").filter { $0.rule == "phi.address" }
        #expect(found.map(\.excerpt) == ["Flat 3C, 18 Belgrave Road, Leicester LE4 6AR"])
    }

    @Test("one claim a sentence, whole")
    func wholeClaim() {
        let found = Linter.lint("Cold laser therapy: 100% effective for neck pain, with zero side effects.").filter { $0.rule == "claim.unverified" }
        #expect(found.map(\.excerpt) == ["100% effective for neck pain, with zero side effects"])
    }

    @Test("an acknowledged name does not cover another name in the same post")
    func acknowledgementIsPerExcerpt() {
        let ack = Acknowledgement(rule: "phi.name", excerpt: "Mr. Kowalski", note: "consented")
        let found = Linter.lint("My patient Mr. Kowalski came in. Later Mr. Nowak came in too, my patient as well.",
                                context: LintContext(acknowledgements: [ack])).filter { $0.rule == "phi.name" }
        #expect(found.map(\.excerpt) == ["Mr. Kowalski", "Mr. Nowak"])
        #expect(found.map(\.acknowledged) == [true, false])
    }
}
