/// One thing the linter found in a draft: which rule, how serious, where, and why.
///
/// `start` and `end` are offsets in Unicode scalars (code points) from the start of the text,
/// the unit Python and most JSON consumers index strings by; `end` is exclusive.
public struct LintFinding: Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    public var message: String
    public var start: Int
    public var end: Int
    public var excerpt: String
    /// Reviewed by the doctor for this post, or on the plan's allow-list.
    public var acknowledged: Bool

    public init(rule: String, severity: Severity, message: String, start: Int, end: Int, excerpt: String, acknowledged: Bool = false) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.start = start
        self.end = end
        self.excerpt = excerpt
        self.acknowledged = acknowledged
    }

    /// In text order, then most severe first.
    public static func order(_ a: LintFinding, _ b: LintFinding) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.severity != b.severity { return a.severity < b.severity }
        return a.rule < b.rule
    }
}

/// What the linter needs to know about the post and the plan besides the text.
public struct LintContext: Sendable {
    public var requiresConsent: Bool
    public var requiresDisclaimer: Bool
    /// Nil when the post has no consent record; otherwise why it is invalid, or "" when valid.
    public var consentProblem: String?
    public var disclaimer: String {
        didSet { disclaimerWords = LintText.words(disclaimer) }
    }
    /// The disclaimer, tokenized once.
    var disclaimerWords: [String]
    public var allowList: [String]
    public var acknowledgements: [Acknowledgement]
    /// Domains whose links are fine (the practice's own site, guidelines).
    public var allowedDomains: [String]
    public var controversialTerms: [String] {
        didSet { controversialWords = controversialTerms.map(LintText.words) }
    }
    /// The terms, tokenized once.
    var controversialWords: [[String]]
    /// Whether the text is a patient outcome story (success-story theme).
    public var isTestimonial: Bool
    /// The length of the message as exported (title, body, hashtags), in characters, when the
    /// post's platforms have limits to check (not once it is posted: too late to matter).
    public var messageLength: Int?
    /// The post's platforms that have a character limit.
    public var platformLimits: [PlatformLimit]
    /// Whether the post is ready or later: then a platform limit is an error.
    public var isReady: Bool

    /// A platform's name and character limit.
    public struct PlatformLimit: Sendable, Hashable {
        public var name: String
        public var limit: Int
        public init(name: String, limit: Int) {
            self.name = name
            self.limit = limit
        }
    }

    public init(requiresConsent: Bool = false, requiresDisclaimer: Bool = false, consentProblem: String? = nil,
                disclaimer: String = "", allowList: [String] = [], acknowledgements: [Acknowledgement] = [],
                allowedDomains: [String] = [], controversialTerms: [String] = LintContext.defaultControversialTerms,
                isTestimonial: Bool = false, messageLength: Int? = nil, platformLimits: [PlatformLimit] = [], isReady: Bool = false) {
        self.requiresConsent = requiresConsent
        self.requiresDisclaimer = requiresDisclaimer
        self.consentProblem = consentProblem
        self.disclaimer = disclaimer
        self.disclaimerWords = LintText.words(disclaimer)
        self.allowList = allowList
        self.acknowledgements = acknowledgements
        self.allowedDomains = allowedDomains
        self.controversialTerms = controversialTerms
        self.controversialWords = controversialTerms == LintContext.defaultControversialTerms
            ? LintContext.defaultControversialWords : controversialTerms.map(LintText.words)
        self.isTestimonial = isTestimonial
        self.messageLength = messageLength
        self.platformLimits = platformLimits
        self.isReady = isReady
    }

    /// Topics that divide an audience; a doctor may still post about them, knowingly.
    /// Topics, not their neighbours: "labour" alone is childbirth, "conservative" alone is a
    /// treatment ("conservative management"), "SNP" is a gene variant and "ANC" antenatal care;
    /// their parties are named whole ("Labour government", "Conservative party").
    public static let defaultControversialTerms = [
        // Reproduction, sexuality and gender
        "abortion", "abortions", "pro-life", "pro-choice", "roe v. wade", "roe v wade", "roe vs wade", "planned parenthood",
        "gender-affirming care", "gender affirming care", "trans healthcare", "trans health care", "puberty blockers",
        "trans women in sport", "transgender athletes", "trans rights", "gender ideology", "conversion therapy",
        "same-sex marriage", "gay marriage",
        // End of life, punishment, drugs, guns
        "assisted dying", "assisted suicide", "euthanasia", "right to die", "medical aid in dying", "death penalty",
        "capital punishment", "cannabis legalisation", "cannabis legalization", "marijuana legalization", "marijuana legalisation",
        "legalise cannabis", "legalize cannabis", "legalize marijuana", "legalise marijuana", "drug decriminalisation",
        "drug decriminalization", "gun control", "gun rights", "second amendment", "nra",
        // Vaccines and the pandemic's politics
        "vaccine mandate", "vaccine mandates", "mask mandate", "mask mandates", "anti-vax", "anti-vaxx", "anti-vaxxer", "anti-vaxxers",
        "antivax", "antivaxxers", "anti-vaccine movement",
        // Migration
        "immigration", "illegal immigrants", "illegal immigration", "illegal aliens", "asylum seekers", "border wall", "deportations",
        // Parties, politicians, elections
        "election", "elections", "political", "politicians", "democrat", "democrats", "republican", "republicans", "gop", "maga",
        "liberals", "conservatives", "trump", "biden", "kamala harris", "obama", "obamacare", "obamacare repeal",
        "affordable care act repeal", "brexit", "brexiteers", "remainers", "tory", "tories", "labour government", "labour party",
        "conservative party", "conservative government", "liberal party", "liberal democrats", "lib dems", "reform uk", "farage",
        "starmer", "sunak", "boris johnson", "sinn féin", "sinn fein", "fine gael", "fianna fáil", "fianna fail", "trudeau",
        "poilievre", "bjp", "modi", "congress party", "afd", "le pen", "rassemblement national", "macron", "zuma",
        // Conflicts, religion, welfare, the health service's politics
        "israel", "gaza", "palestine", "palestinian", "hamas", "zionist", "zionism", "netanyahu", "religion",
        "nhs privatisation", "nhs privatization", "privatising the nhs", "privatizing the nhs", "two-child benefit cap", "benefit cap",
    ]

    static let defaultControversialWords = defaultControversialTerms.map(LintText.words)

    /// The context for a post of a plan.
    public static func forPost(_ post: Post, in plan: Plan, today: CalendarDate) -> LintContext {
        let theme = plan.theme(id: post.themeID)
        let consentProblem: String? = post.consent.map { $0.problem(for: post, today: today) ?? "" }
        let limits = post.platforms.compactMap { id in
            plan.profile.platforms.first { $0.id == id }.flatMap { p in p.characterLimit.map { PlatformLimit(name: p.name, limit: $0) } }
        }
        return LintContext(requiresConsent: theme?.requiresConsent ?? false, requiresDisclaimer: theme?.requiresDisclaimer ?? false,
                           consentProblem: consentProblem, disclaimer: plan.profile.disclaimer, allowList: plan.allowList,
                           acknowledgements: post.acknowledgements, allowedDomains: plan.allowedDomains,
                           isTestimonial: theme?.requiresConsent ?? false,
                           messageLength: limits.isEmpty || post.status == .posted ? nil : Exporter.message(post).count, platformLimits: limits,
                           isReady: post.status >= .ready)
    }
}
