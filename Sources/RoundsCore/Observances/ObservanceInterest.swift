/// Which observances a doctor wants to hear about: regions and tags from the plan's profile,
/// or, where the profile says nothing, defaults from its specialty and time zone.
public struct ObservanceInterest: Hashable, Sendable {
    public var regions: [String]
    /// Empty: every tag.
    public var tags: [String]

    public init(regions: [String], tags: [String]) {
        self.regions = regions
        self.tags = tags
    }

    /// The profile's own choice, else the defaults.
    public init(profile: Profile) {
        regions = profile.observanceRegions ?? ObservanceInterest.defaultRegions(timeZone: profile.timeZone)
        tags = profile.observanceTags ?? ObservanceInterest.defaultTags(specialty: profile.specialty)
    }

    /// An observance is wanted when it is in one of the regions and either shares a tag with
    /// the doctor's, is tagged `general` (a broad public-health day), or the doctor named no tags.
    public func wants(_ o: Observance) -> Bool {
        guard regions.contains(o.region) else { return false }
        if tags.isEmpty || o.tags.contains("general") { return true }
        return o.tags.contains { tags.contains($0) }
    }

    /// How closely it fits: 2 shares a tag, 1 general or no tags chosen, 0 not wanted.
    public func fit(_ o: Observance) -> Int {
        guard wants(o) else { return 0 }
        return !tags.isEmpty && o.tags.contains(where: { tags.contains($0) }) ? 2 : 1
    }

    /// `intl`, plus the country of the plan's time zone when it is one the data covers.
    public static func defaultRegions(timeZone: String) -> [String] {
        let zone = timeZone.lowercased()
        let country: String?
        switch zone {
        case "europe/london", "europe/belfast", "gb": country = "uk"
        case "europe/dublin": country = "ie"
        case _ where usZones.contains(zone): country = "us"
        default: country = nil
        }
        return ["intl"] + (country.map { [$0] } ?? [])
    }

    static let usZones: Set<String> = [
        "america/new_york", "america/chicago", "america/denver", "america/los_angeles", "america/phoenix",
        "america/anchorage", "america/detroit", "america/boise", "america/indiana/indianapolis", "pacific/honolulu",
        "us/eastern", "us/central", "us/mountain", "us/pacific", "us/alaska", "us/hawaii", "us/arizona",
    ]

    /// Tags a specialty suggests: `Cardiology` and `cardiologist` both give `cardiology`.
    public static func defaultTags(specialty: String) -> [String] {
        let s = specialty.searchFolded
        guard !s.isEmpty else { return [] }
        var out: [String] = []
        for (tag, stems) in specialtyStems where stems.contains(where: { s.contains($0) }) {
            if !out.contains(tag) { out.append(tag) }
        }
        return out
    }

    /// Word stems of specialties, by tag.
    static let specialtyStems: [(String, [String])] = [
        ("cardiology", ["cardi", "heart", "vascular"]),
        ("dermatology", ["derma", "skin"]),
        ("mental-health", ["psychi", "psycholog", "mental"]),
        ("oncology", ["oncol", "cancer"]),
        ("endocrinology", ["endocrin", "diabet"]),
        ("nephrology", ["nephr", "kidney", "renal"]),
        ("neurology", ["neuro"]),
        ("respiratory", ["pulmon", "respir", "lung", "asthma"]),
        ("infectious-disease", ["infect", "hiv", "virolog"]),
        ("paediatrics", ["pediatr", "paediatr", "child"]),
        ("womens-health", ["gyn", "obstet", "women", "midwi"]),
        ("mens-health", ["urolog", "androl", "men's health", "mens health"]),
        ("ophthalmology", ["ophthalm", "optom", "eye"]),
        ("primary-care", ["family", "general pract", "primary", "internal medicine", "internist"]),
        ("nutrition", ["nutri", "dietit", "dietic"]),
        ("geriatrics", ["geriat", "aged care", "elderly"]),
        ("public-health", ["public health", "epidemiol"]),
        ("dentistry", ["dentist", "dental", "oral health"]),
    ]
}
