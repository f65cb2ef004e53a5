import RoundsCore

/// The planner's settings: a list of the profile's fields (`,`), a prompt for the one chosen,
/// and the core's `ProfileEdit` to read and check what was typed, as `rounds profile` does. A
/// time zone is checked against tzdata by the app (`Effect.checkTimeZone`), since the reducer
/// reads no files.
extension AppState {
    mutating func openSettings() -> [Effect] {
        let rows = SettingsField.rows(for: plan.profile)
        mode = .picking(Picker(purpose: .settings, items: rows.map { ($0.id, $0.row(plan.profile)) }))
        return []
    }

    /// Enter on a row: a prompt holding the value as it is.
    mutating func beginSetting(_ id: String) -> [Effect] {
        guard let field = SettingsField(id: id) else { return [] }
        prompt = Prompt(purpose: .profile(field), text: field.initialText(plan.profile))
        return []
    }

    mutating func submitSetting(_ field: SettingsField, _ text: String) -> [Effect] {
        let t = text.trimmingSpaces
        do throws(PlanError) {
            switch field {
            case .name: return applyProfile(try ProfileEdit.parse(field: "name", value: t))
            case .specialty: return applyProfile(try ProfileEdit.parse(field: "specialty", value: t))
            case .audience: return applyProfile(try ProfileEdit.parse(field: "audience", value: t))
            case .disclaimer: return applyProfile(try ProfileEdit.parse(field: "disclaimer", value: t))
            case .defaultTime: return applyProfile(try ProfileEdit.parse(field: "default-time", value: t))
            case .weekStart: return applyProfile(try ProfileEdit.parse(field: "week-start", value: t))
            case .approval: return applyProfile(try ProfileEdit.parse(field: "approval", value: t))
            case .approvers: return applyProfile(try ProfileEdit.parse(field: "approvers", value: t))
            case .approversDiffer: return applyProfile(try ProfileEdit.parse(field: "approvers-differ", value: t))
            case .timeZone:
                guard !t.isEmpty else { throw .invalid("time zone: type an IANA name such as Europe/London") }
                if t == plan.profile.timeZone { return applyProfile(.timeZone(t)) }
                return [.checkTimeZone(t)]
            case .removePlatform(let id):
                return applyProfile(.removePlatform(id))
            case .addPlatform:
                return applyProfile(try Self.platform(from: t))
            }
        } catch {
            message = StatusMessage("\(error)", kind: .error)
            return []
        }
    }

    /// The app's answer for a typed zone: its tzdata name, or why there is none.
    mutating func timeZoneChecked(typed: String, name: String?, problem: String?) -> [Effect] {
        guard let name else {
            message = StatusMessage("time zone: \(problem ?? "'\(typed)' is unknown here")", kind: .error)
            return []
        }
        return applyProfile(.timeZone(name))
    }

    /// "threads Threads Social 500 personal": the id, the name, then an optional character
    /// limit and "personal" (or "professional", the default), in either order.
    static func platform(from text: String) throws(PlanError) -> ProfileEdit {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { throw .invalid("type the platform's id and name, such as: threads Threads 500") }
        let id = words.removeFirst().lowercased()
        var limit: Int?
        var professional = true
        while let last = words.last {
            if last.lowercased() == "personal" { professional = false } else if last.lowercased() == "professional" { professional = true } else if let n = Int(last), limit == nil { limit = n } else { break }
            words.removeLast()
        }
        let name = words.joined(separator: " ")
        guard !name.isEmpty else { throw .invalid("the platform needs a name after its id, such as: \(id) \(id.prefix(1).uppercased() + id.dropFirst()) 500") }
        return .addPlatform(Platform(id: id, name: name, professional: professional, characterLimit: limit))
    }

    /// Applies a change to the profile through the core, records it for undo and saves.
    mutating func applyProfile(_ edit: ProfileEdit) -> [Effect] {
        var p = plan
        let said: String?
        do {
            said = try p.apply(edit)
        } catch {
            message = StatusMessage("\(error)", kind: .error)
            return []
        }
        guard let said else {
            message = StatusMessage("\(edit.field): already so; nothing changed")
            return []
        }
        let change = SettingsChange(before: plan.profile, after: p.profile,
                                    minimumsBefore: plan.cadence.platformMinimums, minimumsAfter: p.cadence.platformMinimums)
        replacePlan(p)
        record(Change(label: ControlCharacters.escaped(said, multiline: false), edits: [], settings: change))
        message = StatusMessage(ControlCharacters.escaped(said, multiline: false) + " (u undoes)", kind: .success)
        return [.save(plan)]
    }
}
