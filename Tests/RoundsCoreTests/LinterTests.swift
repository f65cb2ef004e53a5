import Testing
import RoundsCore
import RoundsTestSupport

@Suite("The draft linter")
struct LinterTests {
    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    @Test("offsets are code points and stay right after emoji, CJK and combining accents", arguments: [
        "🩺👩‍⚕️ Call 555-867-5309 now",
        "睡眠と健康 Call 555-867-5309 now",
        "Zoe\u{301} and Rene\u{301}e: Call 555-867-5309 now",
        "🇫🇷🇯🇵 Call 555-867-5309 now",
    ])
    func offsets(_ text: String) throws {
        let f = try #require(Linter.lint(text).first { $0.rule == "phi.phone" })
        let s = scalars(text)
        #expect(String(String.UnicodeScalarView(s[f.start..<f.end])) == "555-867-5309")
        #expect(f.excerpt == "555-867-5309")
    }

    @Test("the plan's allow-list silences the practice's own details everywhere")
    func allowList() {
        let text = "Call Mrs. Diaz at 555-867-5309 or our front desk at 555-010-0100 today."
        let plain = Linter.lint(text)
        #expect(plain.filter { $0.rule == "phi.phone" }.count == 1, "the practice's line is recognised by context")
        let context = LintContext(allowList: ["555-867-5309"])
        let findings = Linter.lint(text, context: context)
        #expect(findings.first { $0.rule == "phi.phone" }?.acknowledged == true)
        #expect(!Linter.hasErrors(findings))
    }

    @Test("an acknowledged finding stays acknowledged only while its excerpt is unchanged")
    func acknowledgement() {
        let ack = Acknowledgement(rule: "phi.phone", excerpt: "555-867-5309", note: "our clinic's public number")
        let context = LintContext(acknowledgements: [ack])
        #expect(Linter.lint("Reach Tom at 555-867-5309.", context: context).first?.acknowledged == true)
        #expect(Linter.lint("Reach Tom at 555-867-5310.", context: context).first?.acknowledged == false)
    }

    @Test("a consent-requiring post without valid consent is reported on bare text")
    func consent() {
        let none = Linter.lint("She is back to running.", context: LintContext(requiresConsent: true, isTestimonial: true))
        #expect(none.contains { $0.rule == "consent.missing" && $0.severity == .error })
        let expired = Linter.lint("x", context: LintContext(requiresConsent: true, consentProblem: "consent expired on 2026-01-01"))
        #expect(expired.first { $0.rule == "consent.missing" }?.message.contains("expired") == true)
        let valid = Linter.lint("x", context: LintContext(requiresConsent: true, consentProblem: ""))
        #expect(!valid.contains { $0.rule == "consent.missing" })
    }

    @Test("the disclaimer: the plan's own text or a recognisable equivalent")
    func disclaimer() {
        let disclaimer = "The information shared here is for educational purposes only and is not a substitute for professional medical advice, diagnosis, or treatment."
        let context = LintContext(requiresDisclaimer: true, disclaimer: disclaimer)
        #expect(Linter.lint("Walk after meals.", context: context).contains { $0.rule == "disclaimer.missing" })
        #expect(!Linter.lint("Walk after meals.\n\n" + disclaimer, context: context).contains { $0.rule == "disclaimer.missing" })
        #expect(!Linter.lint("Walk after meals. This is not medical advice.", context: context).contains { $0.rule == "disclaimer.missing" })
        #expect(!Linter.lint("Walk after meals.", context: LintContext(requiresDisclaimer: false)).contains { $0.rule == "disclaimer.missing" })
    }

    @Test("an outcome story needs a results-vary disclosure")
    func testimonial() {
        let story = LintContext(isTestimonial: true)
        #expect(Linter.lint("He lost 20 pounds and is off his blood pressure pills.", context: story).contains { $0.rule == "testimonial.disclosure" })
        #expect(!Linter.lint("He lost 20 pounds. Individual results vary.", context: story).contains { $0.rule == "testimonial.disclosure" })
        #expect(Linter.lint("A success story: she lost 30 pounds!").contains { $0.rule == "testimonial.disclosure" })
        #expect(!Linter.lint("Walk after meals.").contains { $0.rule == "testimonial.disclosure" })
    }

    @Test("severities: identifiers are errors, names and places warnings, divisive topics info")
    func severities() {
        let f = Linter.lint("Mrs. Diaz, 42 Elm Street, 555-867-5309, the election.")
        #expect(f.first { $0.rule == "phi.name" }?.severity == .warning)
        #expect(f.first { $0.rule == "phi.address" }?.severity == .warning)
        #expect(f.first { $0.rule == "phi.phone" }?.severity == .error)
        #expect(f.first { $0.rule == "tone.controversial" }?.severity == .info)
    }

    @Test("empty, whitespace and binary-looking text never trap")
    func robustness() {
        for text in ["", " ", "\n\n", "@", "@@.", "http://", "{{", "\u{0}\u{1}", String(repeating: "9", count: 5000), "1/2/", "Mr.", "take", "you"] {
            let findings = Linter.lint(text, context: LintContext(requiresConsent: true, requiresDisclaimer: true, isTestimonial: true))
            let scalars = text.unicodeScalars.count
            #expect(findings.allSatisfy { 0 <= $0.start && $0.start <= $0.end && $0.end <= scalars }, "a finding outside '\(text.prefix(20))'")
            // What the context requires is reported whatever the text, and nothing else is found in these.
            #expect(findings.contains { $0.rule == "consent.missing" }, "'\(text.prefix(20))'")
            #expect(findings.contains { $0.rule == "disclaimer.missing" }, "'\(text.prefix(20))'")
        }
    }
}
