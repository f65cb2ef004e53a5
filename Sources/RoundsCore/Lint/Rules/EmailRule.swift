/// `phi.email`: a person's email address; not the practice's own (in a practice sentence) or a
/// role mailbox (`jobs@`, `info@`).
extension PHIRules {
    /// `phi.email`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let emailExamples: RuleExamples = (["Send her results to maria.lopez82@gmail.com please."],
         ["We're hiring! Send your CV to jobs@ourclinic.com.", "Email our team at info@ourclinic.com."])

    /// Mailboxes of a role, not a person (jobs@, info@, appointments@): the practice's own.
    static let roleMailboxes: WordTable = ["jobs", "careers", "info", "hello", "reception", "admin", "appointments", "appointment",
                                             "bookings", "booking", "hr", "enquiries", "inquiries", "contact", "office", "team", "press",
                                             "media", "billing", "noreply", "no-reply", "support", "clinic", "practice", "referrals",
                                             "prescriptions", "frontdesk", "help", "feedback", "complaints", "pals", "recruitment",
                                             "secretary", "accounts", "mail", "general"]

    static func emails(_ t: LintText, _ add: Add) {
        let s = t.scalars
        for (i, c) in s.enumerated() where c == "@" {
            var a = i
            while a > 0, isLocalChar(s[a - 1]) { a -= 1 }
            var b = i + 1
            while b < s.count, isDomainChar(s[b]) { b += 1 }
            while b > i + 1, s[b - 1] == "." || s[b - 1] == "-" { b -= 1 }
            guard a < i, b > i + 1 else { continue }
            let domain = t.lowerText(i + 1, b)
            guard let dot = domain.lastIndex(of: "."), domain.distance(from: dot, to: domain.endIndex) >= 3,
                  domain.first != ".", !isPracticeContact(t, start: a), !roleMailboxes.contains(t.lowerText(a, i)) else { continue }
            add("phi.email", .error, "an email address identifies a person: remove it, or use the practice's public address (allow-list it)", a, b)
        }
    }

    static func isLocalChar(_ c: Unicode.Scalar) -> Bool {
        LintText.isLetter(c) && c.value < 128 || LintText.isDigit(c) || c.isAny(of: "._%+-")
    }

    static func isDomainChar(_ c: Unicode.Scalar) -> Bool {
        LintText.isLetter(c) && c.value < 128 || LintText.isDigit(c) || c == "." || c == "-"
    }
}
