import ArgumentParser
import RoundsCore

/// `rounds profile`: who is posting, where, and when. Without options it prints the profile.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Show or change the profile: name, specialty, audience, disclaimer, time zone, default time, week start, platforms.",
        discussion: """
        Without options, prints the profile. With --platform-add, --name names the platform; otherwise it is your own name. \
        Times of posts are wall-clock times in the plan's time zone: changing the zone keeps them as they are.
        """
    )

    @OptionGroup var planOptions: PlanOptions
    @Option(help: "Your name as shown in the planner and exports (with --platform-add: the platform's name).") var name: String?
    @Option(help: "Your specialty.") var specialty: String?
    @Option(help: "Who the posts are for.") var audience: String?
    @Option(help: "The disclaimer themes that require one must carry.") var disclaimer: String?
    @Option(help: ArgumentHelp("IANA time zone for timed posts: Europe/London, America/New_York, Asia/Tokyo, UTC.", valueName: "zone")) var timeZone: String?
    @Option(help: ArgumentHelp("Time for posts with none, for schedulers that need one (HH:MM).", valueName: "time")) var defaultTime: String?
    @Option(help: ArgumentHelp("First day of the week: monday or sunday.", valueName: "day")) var weekStart: String?
    @Option(help: ArgumentHelp("Add a platform with this id (give --name, optionally --limit and --personal).", valueName: "id")) var platformAdd: String?
    @Option(help: ArgumentHelp("The new platform's character limit.", valueName: "n")) var limit: Int?
    @Flag(help: "The new platform is a personal account, not a professional page.") var personal = false
    @Option(help: ArgumentHelp("Remove the platform with this id.", valueName: "id")) var platformRemove: String?
    @Option(name: .customLong("observance-region"), help: ArgumentHelp("Health observances to show and plan with: this region (intl, us, uk); repeat for more. Replaces the list.", valueName: "region"))
    var observanceRegions: [String] = []
    @Option(name: .customLong("observance-tag"), help: ArgumentHelp("Observances with this tag (cardiology, mental-health, …; 'all' for every tag); repeat for more. Replaces the list.", valueName: "tag"))
    var observanceTags: [String] = []
    @Flag(help: "Observance regions and tags back to the defaults (from the time zone and the specialty).") var observanceDefaults = false
    @Option(help: ArgumentHelp("required: posts need an approval of their exact text before they are ready; off: they do not.", valueName: "required|off"))
    var approval: String?
    @Option(name: .customLong("approver"), help: ArgumentHelp("Who may approve; repeat for more; replaces the list ('anyone': no list, anyone may).", valueName: "name"))
    var approvers: [String] = []
    @Option(help: ArgumentHelp("yes: whoever last changed a post's text (by name or system user) may not approve it.", valueName: "yes|no"))
    var approversDiffer: String?
    @Option(help: "text or json (when printing).") var format: OutputFormat = .text

    func validate() throws {
        if platformAdd == nil {
            if limit != nil { throw ValidationError("--limit goes with --platform-add") }
            if personal { throw ValidationError("--personal goes with --platform-add") }
        } else if name == nil {
            throw ValidationError("--platform-add needs --name (the platform's name, such as 'LinkedIn')")
        }
        if platformAdd != nil, platformRemove != nil { throw ValidationError("use --platform-add or --platform-remove, not both") }
        if observanceDefaults, !observanceRegions.isEmpty || !observanceTags.isEmpty {
            throw ValidationError("--observance-defaults takes no --observance-region or --observance-tag")
        }
    }

    /// The observance choices asked for, checked against the observances Rounds knows.
    func observanceChoice(env: AppEnvironment) throws -> (regions: [String]?, tags: [String]?)? {
        if observanceDefaults { return (nil, nil) }
        guard !observanceRegions.isEmpty || !observanceTags.isEmpty else { return nil }
        let set = env.observances().set
        let regions = observanceRegions.map { $0.trimmingSpaces.lowercased() }
        for r in regions where !set.regions.contains(r) {
            throw CLIFailure("--observance-region: no observances for '\(r)' (regions: \(set.regions.joined(separator: ", ")))")
        }
        let tags = observanceTags.map { $0.trimmingSpaces.lowercased() }
        for t in tags where t != "all" && !set.tags.contains(t) {
            throw CLIFailure("--observance-tag: no observance is tagged '\(t)' (tags: \(set.tags.joined(separator: ", ")))")
        }
        return (regions.isEmpty ? nil : regions, tags.isEmpty ? nil : tags.contains("all") ? [] : tags)
    }

    /// The edits asked for, in the order the profile shows them.
    func edits(env: AppEnvironment) throws -> [ProfileEdit] {
        var out: [ProfileEdit] = []
        if platformAdd == nil, let name { out.append(.name(name.trimmingSpaces)) }
        if let specialty { out.append(.specialty(specialty.trimmingSpaces)) }
        if let audience { out.append(.audience(audience.trimmingSpaces)) }
        if let disclaimer { out.append(.disclaimer(ControlCharacters.normalizingLineEndings(disclaimer).trimmingSpaces)) }
        if let timeZone {
            do { out.append(.timeZone(try env.zone(named: timeZone).name)) } catch { throw CLIFailure("--time-zone: \(error)") }
        }
        if let defaultTime { out.append(try ProfileEdit.parse(field: "default-time", value: defaultTime)) }
        if let weekStart { out.append(try ProfileEdit.parse(field: "week-start", value: weekStart)) }
        if let platformAdd {
            out.append(.addPlatform(Platform(id: platformAdd.trimmingSpaces, name: name ?? "", professional: !personal, characterLimit: limit)))
        }
        if let platformRemove { out.append(.removePlatform(platformRemove.trimmingSpaces)) }
        if let approval { out.append(try ProfileEdit.parse(field: "approval", value: approval)) }
        if !approvers.isEmpty {
            out.append(.approvers(try ProfileEdit.approverList(approvers)))
        }
        if let approversDiffer { out.append(try ProfileEdit.parse(field: "approvers-differ", value: approversDiffer)) }
        return out
    }

    func run() throws {
        let env = planOptions.environment
        let edits = try edits(env: env)
        let observances = try observanceChoice(env: env)
        if edits.isEmpty, observances == nil {
            let plan = try planOptions.load().plan
            FileHandleOut.stdout(format == .json ? Self.json(plan.profile) : Self.text(plan.profile))
            return
        }
        let (changes, _) = try planOptions.store.modify { plan -> [String] in
            var changes: [String] = []
            for e in edits { if let c = try plan.apply(e) { changes.append(c) } }
            if let o = observances {
                var p = plan.profile
                if observanceDefaults {
                    p.observanceRegions = nil
                    p.observanceTags = nil
                } else {
                    if let r = o.regions { p.observanceRegions = r }
                    if let t = o.tags { p.observanceTags = t }
                }
                if p != plan.profile {
                    plan.profile = p
                    changes.append("Observances: " + Self.observanceText(p))
                }
            }
            return changes
        }
        FileHandleOut.stdout(changes.isEmpty ? "The profile already says so; nothing changed." : changes.map { ControlCharacters.escaped($0) }.joined(separator: "\n"))
    }

    static func text(_ p: Profile) -> String {
        func show(_ s: String) -> String { s.isEmpty ? "(none)" : ControlCharacters.escaped(s, multiline: false) }
        var lines = [
            "name:         \(p.name.isEmpty ? "(none yet: rounds profile --name \"Dr. …\")" : show(p.name))",
            "specialty:    \(show(p.specialty))",
            "audience:     \(show(p.audience))",
            "disclaimer:   \(show(p.disclaimer))",
            "time zone:    \(show(p.timeZone))",
            "default time: \(p.defaultTime)",
            "week start:   \(p.weekStart.rawValue)",
            "observances:  \(observanceText(p))",
            "approval:     \(approvalText(p.approvals))",
            p.platforms.isEmpty ? "platforms:    (none: rounds profile --platform-add ID --name NAME)" : "platforms:",
        ]
        let idWidth = p.platforms.map(\.id.count).max() ?? 0
        let nameWidth = p.platforms.map { ControlCharacters.escaped($0.name).count }.max() ?? 0
        for pl in p.platforms {
            let name = ControlCharacters.escaped(pl.name)
            lines.append("  " + pl.id.padding(idWidth) + "  " + name.padding(nameWidth) + "  "
                         + (pl.characterLimit.map { "\($0) characters" } ?? "no limit") + ", " + (pl.professional ? "professional" : "personal"))
        }
        return lines.joined(separator: "\n")
    }

    /// "regions intl, us (from the time zone) · tags cardiology (from the specialty)".
    static func observanceText(_ p: Profile) -> String {
        let interest = ObservanceInterest(profile: p)
        let regions = "regions " + interest.regions.joined(separator: ", ") + (p.observanceRegions == nil ? " (from the time zone)" : "")
        let tags = interest.tags.isEmpty ? "every tag" : "tags " + interest.tags.joined(separator: ", ")
        return regions + " · " + tags + (p.observanceTags == nil ? " (from the specialty)" : "")
    }

    /// "off", or "required · approvers Dr. Ana Ruiz · approvers differ from the last editor".
    static func approvalText(_ a: ApprovalPolicy) -> String {
        var parts = [ProfileEdit.approvalText(a.required), "approvers " + ControlCharacters.escaped(ProfileEdit.approversText(a.approvers), multiline: false)]
        if a.approversDiffer { parts.append("approvers differ from the last editor") }
        return a.isDefault ? "off (rounds profile --approval required)" : parts.joined(separator: " · ")
    }

    static func json(_ p: Profile) -> String {
        var w = JSONWriter()
        var value = PlanCodec.profileValue(p)
        if case .object(var o) = value {
            o["approvals"] = PlanCodec.approvalsValue(p.approvals)
            value = .object(o)
        }
        w.write(value, indent: 0)
        return String(decoding: w.bytes, as: UTF8.self)
    }
}

extension String {
    /// Padded with spaces to `width` characters.
    fileprivate func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
