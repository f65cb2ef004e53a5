/// `phi.email`: a person's email address; not the practice's own (in a practice sentence) or a
/// role mailbox (`jobs@`, `info@`).
extension PHIRules {
    /// `phi.email`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let emailExamples: RuleExamples = (["Send her results to maria.lopez82@gmail.com please.", "Her son is on kwame@gmail.com.",
          "Forward the scan to dolores@riverviewmedical.ie for her."],
         ["We're hiring! Send your CV to jobs@ourclinic.com.", "Email our team at info@ourclinic.com.",
          "Prescription renewals can be requested at repeats@willowsurgery.nhs.uk (allow 48 hours).",
          "Students interested in placements, email education@lagosuniversityhospital.org.ng"])

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
                  domain.first != ".", !isPracticeContact(t, start: a), !roleMailboxes.contains(t.lowerText(a, i)),
                  !roleShaped(t.lowerText(a, i), domain: domain) else { continue }
            add("phi.email", .error, "an email address identifies a person: remove it, or use the practice's public address (allow-list it)", a, b)
        }
    }

    /// Free mail services: an address there is a person's, whatever its shape.
    static let webmail = ["gmail.", "googlemail.", "yahoo.", "hotmail.", "outlook.", "live.", "icloud.", "me.com", "aol.", "btinternet.",
                          "proton", "gmx.", "web.de", "orange.fr", "free.fr", "rediffmail.", "mail.", "yandex.", "zoho.", "eircom.", "bigpond."]

    /// A mailbox named for a job, not a person (`repeats@`, `research@`, `education@` at an
    /// institution's domain): one word of letters that is no given name, not at a free mail service.
    static func roleShaped(_ local: String, domain: String) -> Bool {
        guard local.count >= 3, local.unicodeScalars.allSatisfy({ $0.value >= 97 && $0.value <= 122 || $0 == "-" }) else { return false }
        if webmail.contains(where: { domain.hasPrefix($0) || domain.contains("." + $0) }) { return false }
        return Lexicon.shared.flags(local).isDisjoint(with: [.firstName, .ambiguousName])
    }

    static func isLocalChar(_ c: Unicode.Scalar) -> Bool {
        LintText.isLetter(c) && c.value < 128 || LintText.isDigit(c) || c.isAny(of: "._%+-")
    }

    static func isDomainChar(_ c: Unicode.Scalar) -> Bool {
        LintText.isLetter(c) && c.value < 128 || LintText.isDigit(c) || c == "." || c == "-"
    }
}
