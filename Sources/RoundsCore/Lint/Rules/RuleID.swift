/// Every rule the linter has: its id, default severity, short label, what it finds and what it
/// is not fooled by, and its own examples. The README's rule table, the short labels of flags
/// and the examples test (`LintRuleExamplesTests`) all come from here.
public enum RuleID: String, CaseIterable, Sendable {
    case date = "phi.date"
    case age = "phi.age"
    case phone = "phi.phone"
    case email = "phi.email"
    case ssn = "phi.ssn"
    case recordNumber = "phi.record-number"
    case address = "phi.address"
    case name = "phi.name"
    case ip = "phi.ip"
    case urlPersonal = "phi.url-personal"
    case combination = "phi.combination"
    case consentMissing = "consent.missing"
    case disclaimerMissing = "disclaimer.missing"
    case adviceIndividual = "advice.individual"
    case claimUnverified = "claim.unverified"
    case toneControversial = "tone.controversial"
    case testimonialDisclosure = "testimonial.disclosure"
    case platformTooLong = "platform.too-long"

    /// The severity it reports at (platform.too-long: a warning while drafting, an error once ready).
    public var severity: Severity {
        switch self {
        case .date, .age, .phone, .email, .ssn, .recordNumber, .ip, .urlPersonal, .consentMissing, .adviceIndividual, .claimUnverified:
            .error
        case .address, .name, .combination, .disclaimerMissing, .testimonialDisclosure, .platformTooLong:
            .warning
        case .toneControversial:
            .info
        }
    }

    /// What it found, in a few words ("a phone number").
    public var label: String {
        switch self {
        case .date: "a precise date"
        case .age: "an age over 89"
        case .phone: "a phone number"
        case .email: "an email address"
        case .ssn: "a national identity number"
        case .recordNumber: "a record number"
        case .address: "an address"
        case .name: "a patient's name"
        case .ip: "an IP address"
        case .urlPersonal: "a personal link"
        case .combination: "details that identify together"
        case .consentMissing: "no valid consent"
        case .disclaimerMissing: "no disclaimer"
        case .adviceIndividual: "individual advice"
        case .claimUnverified: "an unverified claim"
        case .toneControversial: "a divisive topic"
        case .testimonialDisclosure: "no results-vary disclosure"
        case .platformTooLong: "a message over a platform's limit"
        }
    }

    /// For the README: what it finds, and what it is not fooled by.
    public var finds: String {
        switch self {
        case .date: "`03/14/2026`, `14.03.2026`, `2026/02/27`, `3rd of March`, `Tuesday 4 March`, `le 3 mars 2026`, `Seen on 3/14`, `Christmas Eve 2025` about a person"
        case .age: "`93-year-old`, `ninety-two-year-old`, `aged 96`, `Mr. Kowalski, 91,`, `At 95, she`, `turned a hundred and one`, `in her 91st year`, `100th birthday`"
        case .phone: "US, UK, IE, AU, IN, DE, FR numbers, `+44 7700 900123`, `tel:`, dots, fax numbers"
        case .email: "a person's address"
        case .ssn: "`123-45-6789`, an SSN or SIN by context (Luhn), Aadhaar (Verhoeff)"
        case .recordNumber: "MRN, chart no., NHS number (mod 11, even spaced like a phone), hospital number, Medicare number, health card, policy no., case ID, device serial"
        case .address: "street addresses, flats and units, PO boxes, US ZIP, UK, Irish Eircode, Canadian, Australian, German and French postcodes"
        case .name: "`my patient Mr. Kowalski` (whole: `Ms. Nowak-Kowalska`, `Siobhán Ní Bhriain`, `J.M.`), `When Linda arrived`, `Her mom Gráinne`, a given name (25,000, many cultures) heading a patient story"
        case .ip: "IPv4 addresses"
        case .urlPersonal: "social profiles and personal pages"
        case .combination: "an age, a rare condition, a place or employer and a recent time together"
        case .consentMissing: "a consent-requiring theme without valid consent"
        case .disclaimerMissing: "a theme that requires the disclaimer, without it or an equivalent"
        case .adviceIndividual: "`If you have a headache, take 800 mg`, `double your metformin dose`, `Try omeprazole 20mg`, `I recommend you take 1000 IU`, `Just stop it`, `sounds like you have GERD`, `DM me your symptoms`"
        case .claimUnverified: "`miracle cure`, `guaranteed to`, `100% effective`, `cures arthritis`, `risk-free`, `boosts your immune system`, `goodbye to back pain forever`"
        case .toneControversial: "a list of divisive topics"
        case .testimonialDisclosure: "an outcome story without \"individual results vary\""
        case .platformTooLong: "a message over a chosen platform's limit (an error once ready)"
        }
    }

    public var notFooledBy: String {
        switch self {
        case .date: "a bare year, times, `120/80`, `3/4 of adults`, `5/7 days`, awareness days (`World Heart Day is on 29 September`), approvals, publications, practice events and hours"
        case .age: "ages up to 89, `in his 90s`, `adults over 90`, `90-year-olds`, `the 90-year-old guideline`, `at 95%`"
        case .phone: "`911`, `999`, `112`, `988`, helplines, the practice's own number in a practice sentence"
        case .email: "the practice's own address, role mailboxes (`jobs@`, `info@`)"
        case .ssn: "nine digits with no identity word"
        case .recordNumber: "counts and years"
        case .address: "the practice's own address"
        case .name: "`Dr. …`, staff by role (`Mrs. Alvarez from reception`, `our physiotherapist Tom`), public figures speaking publicly, months, places (`Lincoln Elementary`)"
        case .ip: "version numbers"
        case .urlPersonal: "guideline sites, allowed domains"
        case .combination: ""
        case .consentMissing: ""
        case .disclaimerMissing: ""
        case .adviceIndividual: "`adults need 600–800 IU a day`, `the usual dose is 200 to 400 mg`, \"talk to your doctor before …\", questions, negations"
        case .claimUnverified: "`'Miracle' supplements are often unregulated`, `no treatment comes with a guarantee`, \"find a cure\", claims reported sceptically or asked"
        case .toneControversial: ""
        case .testimonialDisclosure: ""
        case .platformTooLong: "posted posts"
        }
    }

    /// Drafts that must trigger the rule, and near misses that must not (the context each
    /// needs is in `exampleContext`).
    public var examples: (triggering: [String], nonTriggering: [String]) {
        switch self {
        case .date:
            (["She was admitted on 03/14/2026.", "He was discharged on 14.03.2026.", "Her surgery was on 2026/02/27.", "Seen on 3/14 for a review.",
              "She was diagnosed on the 3rd of March.", "He had his operation on Tuesday 4 March.", "Il a été opéré le 3 mars 2026.",
              "After her stroke on Christmas Eve 2025, she learned to walk again.", "She was born on 12/07/1958."],
             ["World Heart Day is on September 29 every year.", "November 14 is World Diabetes Day.", "The FDA approved the drug on May 2, 2025.",
              "Flu vaccines arrive October 1.", "About 3/4 of adults skip breakfast.", "Take it for 5/7 days.", "Our clinic closes on 24 December.",
              "Blood pressure of 120/80 is normal.", "In 2024 we saw 1,200 patients."])
        case .age:
            (["Mr. Kowalski, 91, still walks daily.", "Our ninety-two-year-old patient loves crosswords.", "At 95, she still drives.",
              "She is aged 90 and sharp as ever.", "Happy 100th birthday to our patient!", "In her 91st year she took up painting.",
              "She turned a hundred and one on Sunday.", "A 97-year-old man came in with a fall."],
             ["The 90-year-old guideline was finally updated.", "Adults over 90 years old need extra care.", "A 45-year-old man came in.",
              "Her oxygen was at 95% on arrival.", "People aged 90 and over get home visits.", "He is in his 90s."])
        case .phone:
            (["Her daughter's number is (617) 555-0143.", "Text his mum on 07700 900461.", "Call the family on +61 412 345 678."],
             ["Call 911 in an emergency.", "Samaritans: 116 123, any time.", "Call our office at 020 7946 0000 to book."])
        case .email:
            (["Send her results to maria.lopez82@gmail.com please."],
             ["We're hiring! Send your CV to jobs@ourclinic.com.", "Email our team at info@ourclinic.com."])
        case .ssn:
            (["His SSN 123-45-6789 was on the form.", "Her SIN is 046 454 286.", "Aadhaar 2341 2341 2346 was in the photo."],
             ["We saw 123456789 visitors, apparently."])
        case .recordNumber:
            (["MRN 00482913 follow-up booked.", "Her NHS number is 943 476 5919.", "Hospital number RX4481923 on the letter.",
              "Medicare number 2123 45670 1 was visible.", "Case ID C-2026-00813 is closed."],
             ["We ran 1,200 tests in 2024.", "Our record year was 2023."])
        case .address:
            (["She lives at 42 Elm Street.", "His address is 221B Baker Street, London NW1 6XE."],
             ["Our clinic has moved to 10 Downing Lane; parking is free."])
        case .name:
            (["My patient Mr. Kowalski came in.", "Patient J.M. was discharged.", "Our patient Mary-Kate Olsen came in.",
              "My patient Ana María García was treated.", "Thanks to Ms. Nowak-Kowalska for sharing.", "My patient Siobhán Ní Bhriain recovered well.",
              "When Linda arrived she could not walk.", "my patient aiko finished chemo.", "Her mom Gráinne stayed all night.",
              "I saw Oluwaseun in clinic; his asthma is better."],
             ["Mrs. Alvarez from reception will greet you.", "Our physiotherapist Tom runs a class.", "Welcome Dr. Okonkwo to the team.",
              "Selena Gomez talked publicly about her lupus and kidney transplant.", "Will you come to the clinic? We treated many people.",
              "She had her first chemo session on Dec. 2."])
        case .ip:
            (["His IP address 192.168.14.22 was in the log."], ["Version 2.3.1 of the app is out."])
        case .urlPersonal:
            (["Her story is at facebook.com/jenny.walsh.9 if you want it."], ["Read the guideline at nice.org.uk/guidance."])
        case .combination:
            (["A 45-year-old teacher at Lincoln Elementary with a rare form of sarcoma came in last week."], ["A rare condition can hide for years."])
        case .consentMissing:
            (["After months of rehab she walked again."], [])
        case .disclaimerMissing:
            (["Walk ten minutes after meals."], ["Walk ten minutes after meals. This is not medical advice."])
        case .adviceIndividual:
            (["If you have a headache, take 800 mg of ibuprofen.", "If your blood pressure is above 140/90, take 10 mg of amlodipine every morning.",
              "Sugar high? Double your metformin dose.", "Try omeprazole 20mg before breakfast.", "I recommend you take 1000 IU of vitamin D daily.",
              "Feeling dizzy on your statin? Just stop it.", "Sounds like you have GERD.", "DM me your symptoms."],
             ["Adults need 600–800 IU of vitamin D a day.", "The usual dose is 200 to 400 mg every 4 to 6 hours.", "Take the stairs instead of the lift.",
              "Talk to your doctor before you take 1000 mg of anything.", "Take 1,000 mg of vitamin C? Not needed.", "Lower your salt: aim for under 2,300 mg a day."])
        case .claimUnverified:
            (["This tea is a miracle cure.", "Our laser is guaranteed to remove wrinkles.", "Our gummies cure anxiety.", "This tea boosts your immune system.",
              "Say goodbye to knee pain forever!"],
             ["'Miracle' supplements are often unregulated.", "No treatment comes with a guarantee.", "Claims that garlic cures colds are not supported by evidence.",
              "Is this a miracle cure? No.", "We hope to find a cure for ALS one day."])
        case .toneControversial:
            (["Let's talk about abortion access."], ["Let's talk about sleep."])
        case .testimonialDisclosure:
            (["She lost 20 kg and is off her insulin."], ["She lost 20 kg and is off her insulin. Individual results vary."])
        case .platformTooLong:
            ([String(repeating: "Walk more. ", count: 30)], ["Walk more."])
        }
    }

    /// The context an example is linted in: the document rules need their theme's settings.
    public var exampleContext: LintContext {
        switch self {
        case .consentMissing: LintContext(requiresConsent: true)
        case .disclaimerMissing: LintContext(requiresDisclaimer: true)
        case .testimonialDisclosure: LintContext(isTestimonial: true)
        case .platformTooLong: LintContext(messageLength: nil, platformLimits: [.init(name: "X", limit: 280)])
        default: LintContext()
        }
    }

    /// The README's rule table, from the cases above.
    public static var readmeTable: String {
        var lines = ["| rule | severity | finds | is not fooled by |", "| --- | --- | --- | --- |"]
        for r in allCases {
            lines.append("| `\(r.rawValue)` | \(r.severity.rawValue)\(r == .platformTooLong ? " (error once ready)" : "") | \(r.finds) | \(r.notFooledBy) |")
        }
        return lines.joined(separator: "\n")
    }
}
