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
        case .ssn: "`123-45-6789`, an SSN or SIN by context (Luhn), Aadhaar (Verhoeff), national numbers by check digit: BSN, PPS, SA ID, NIR, Belgian, DNI/NIE, PESEL, personnummer, CPR, SVNR, AHV, fødselsnummer, codice fiscale, German pension number, NI number"
        case .recordNumber: "MRN, chart no., NHS number (mod 11, even spaced like a phone), hospital number (`hospital no. RVL 0093821`), Medicare number, health card, policy no., case ID, device serial, accession number, sample ID, claim ref, UHID, IP no. (`24/118734`), Fallnummer, numéro de dossier; any code after a word for `number` in any language (`Folder no. LUTH/26/04417`, `número de expediente`, `polisnummer`) or a scheme's acronym (`MBI`, `PHN`, `NHI`)"
        case .address: "street addresses, flats and units, PO boxes, US ZIP, UK, Irish Eircode, Canadian, Australian, German and French postcodes"
        case .name: "`my patient Mr. Kowalski` (whole: `Ms. Nowak-Kowalska`, `Siobhán Ní Bhriain`, `J.M.`), `When Linda arrived`, `Her mom Gráinne`, a given name (25,000, many cultures) heading a patient story"
        case .ip: "IPv4 addresses"
        case .urlPersonal: "social profiles and personal pages"
        case .combination: "an age with two of a rare or named condition (`pheochromocytoma`, `Legionnaires' disease`), a place or employer and a recent time"
        case .consentMissing: "a consent-requiring theme without valid consent"
        case .disclaimerMissing: "a theme that requires the disclaimer, without it or an equivalent"
        case .adviceIndividual: "`If you have a headache, take 800 mg`, `double your metformin dose`, `Try omeprazole 20mg`, `I recommend you take 1000 IU`, `@ankit take azithromycin 500 mg once a day`, `take 2 Solpadeine every 4 hours`, `rub Bonjela on the gums every three hours`, `come off your venlafaxine`, `switch to Microgynon`, `Just stop it`, `sounds like you have GERD`, `that's definitely eczema`, `you're prediabetic`, `DM me your symptoms`"
        case .claimUnverified: "`miracle cure`, `guaranteed to`, `100% effective`, `cures arthritis`, `risk-free`, `boosts your immune system`, `goodbye to back pain forever`, `brightens skin permanently`, `kills every virus`, `burn fat without diet or exercise`, `the only treatment that works`, `nature's antibiotic`, `Alkaline water prevents cancer`"
        case .toneControversial: "divisive topics by area: abortion, gender-affirming care, assisted dying, the death penalty, cannabis legalisation, gun control, vaccine mandates and anti-vax politics, immigration, parties and politicians named whole (`Labour government`, `Tories`, `BJP`, `AfD`), Israel and Gaza, NHS privatisation"
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
        case .ssn: "nine digits with no identity word, a number that fails its check"
        case .recordNumber: "counts, years and spans of years (`policy 2024-2025`), vaccine lot numbers, public numbers (phones, rooms, registrations, `Our GMC number`)"
        case .address: "the practice's own address"
        case .name: "`Dr. …`, staff by role (`Mrs. Alvarez from reception`, `our physiotherapist Tom`), public figures speaking publicly, months, places (`Lincoln Elementary`)"
        case .ip: "version numbers"
        case .urlPersonal: "guideline sites, allowed domains"
        case .combination: "a rare disease, a place and a day with no age (`Moyamoya is rare in Europe… a lecture today`), `the 90-year-old guideline`"
        case .consentMissing: ""
        case .disclaimerMissing: ""
        case .adviceIndividual: "`adults need 600–800 IU a day`, `the usual dose is 200 to 400 mg`, `Take your blood pressure twice a day`, `Start every morning with…`, \"talk to your doctor before …\", questions, negations"
        case .claimUnverified: "`Vaccination prevents cervical cancer`, `Faster results for everyone`, `'Miracle' supplements are often unregulated`, `no treatment comes with a guarantee`, \"find a cure\", claims reported sceptically or asked"
        case .toneControversial: "`labour` (childbirth), `conservative management`, `ANC` (antenatal care), `SNP` (a gene variant)"
        case .testimonialDisclosure: ""
        case .platformTooLong: "posted posts"
        }
    }

    /// Drafts that must trigger the rule, and near misses that must not (the context each
    /// needs is in `exampleContext`); each rule's examples live in its own file under `Lint/Rules/`.
    public var examples: (triggering: [String], nonTriggering: [String]) {
        switch self {
        case .date: PHIRules.dateExamples
        case .age: PHIRules.ageExamples
        case .phone: PHIRules.phoneExamples
        case .email: PHIRules.emailExamples
        case .ssn: (PHIRules.ssnExamples.triggering + PHIRules.nationalIDExamples.triggering, PHIRules.ssnExamples.nonTriggering + PHIRules.nationalIDExamples.nonTriggering)
        case .recordNumber: (PHIRules.recordNumberExamples.triggering + PHIRules.labelledIdentifierExamples.triggering, PHIRules.recordNumberExamples.nonTriggering + PHIRules.labelledIdentifierExamples.nonTriggering)
        case .address: PHIRules.addressExamples
        case .name: PHIRules.nameExamples
        case .ip: PHIRules.ipExamples
        case .urlPersonal: PHIRules.urlPersonalExamples
        case .combination: PHIRules.combinationExamples
        case .consentMissing: ContentRules.consentMissingExamples
        case .disclaimerMissing: ContentRules.disclaimerMissingExamples
        case .adviceIndividual: (ContentRules.adviceIndividualExamples.triggering + ContentRules.replyAdviceExamples.triggering, ContentRules.adviceIndividualExamples.nonTriggering + ContentRules.replyAdviceExamples.nonTriggering)
        case .claimUnverified: (ContentRules.claimUnverifiedExamples.triggering + ContentRules.foreignClaimExamples.triggering, ContentRules.claimUnverifiedExamples.nonTriggering + ContentRules.foreignClaimExamples.nonTriggering)
        case .toneControversial: ContentRules.toneControversialExamples
        case .testimonialDisclosure: ContentRules.testimonialDisclosureExamples
        case .platformTooLong: ContentRules.platformTooLongExamples
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

/// A rule's own examples: drafts that must trigger it, and near misses that must not.
typealias RuleExamples = (triggering: [String], nonTriggering: [String])
