import ArgumentParser
import RoundsCore
import RoundsUI

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a draft for what a doctor must never post; exit 1 on an error.",
        discussion: """
        Reads a file, or standard input with - (the default). Uses the plan's disclaimer, allow-list and \
        allowed link domains when a plan exists. Offsets in JSON output are Unicode code points.
        """
    )

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: ArgumentHelp("The draft to check, or - for standard input.", valueName: "file")) var file: String = "-"
    @Option(help: ArgumentHelp("Lint as a post of this theme (consent, disclaimer and disclosure rules).", valueName: "id")) var theme: String?
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        let env = planOptions.environment
        let text = try readBodyFile(file)
        // A whole workspace has no one plan's allow-list: the default themes' rules then.
        var store: PlanStore?
        if case .plan(let path) = try planOptions.choice() { store = planOptions.store(at: path) }
        let plan: Plan
        if let store, store.exists {
            plan = try store.load().plan
        } else if let pack = env.themePacks().packs.first(where: { $0.id == "default" }) {
            plan = pack.makePlan(name: "")
        } else {
            throw CLIFailure("the default theme pack is missing from this build")
        }
        var context = LintContext(disclaimer: plan.profile.disclaimer, allowList: plan.allowList, allowedDomains: plan.allowedDomains)
        if let theme {
            guard let t = plan.theme(named: theme) else {
                throw CLIFailure("unknown theme '\(theme)' (themes: \(plan.themes.map(\.id).joined(separator: ", ")))")
            }
            context.requiresConsent = t.requiresConsent
            context.requiresDisclaimer = t.requiresDisclaimer
            context.isTestimonial = t.requiresConsent
        }
        let findings = Linter.lint(text, context: context)
        let name = file == "-" ? "<stdin>" : file
        switch format {
        case .json:
            FileHandleOut.stdout(String(decoding: JSONWriter.write(.array(findings.map(LintReport.value))), as: UTF8.self))
        case .text:
            FileHandleOut.stdout(LintReport.text(findings, source: text, name: name))
        }
        if Linter.hasErrors(findings) { throw CLIFailure("", code: 1).silent }
    }
}

/// How findings are shown: like a compiler, with the line and the excerpt underlined.
enum LintReport {
    static func value(_ f: LintFinding) -> JSONValue {
        .object(["rule": .string(f.rule), "severity": .string(f.severity.rawValue), "message": .string(f.message),
                 "start": .number(Double(f.start)), "end": .number(Double(f.end)), "excerpt": .string(f.excerpt),
                 "acknowledged": .bool(f.acknowledged)])
    }

    static func text(_ findings: [LintFinding], source: String, name: String) -> String {
        if findings.isEmpty { return "\(name): no findings." }
        let scalars = Array(source.unicodeScalars)
        var out: [String] = []
        for f in findings {
            // Line and column (in characters) of the start.
            var lineStart = 0, line = 1
            for k in 0..<min(f.start, scalars.count) where scalars[k] == "\n" {
                line += 1
                lineStart = k + 1
            }
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            let lineText = String(String.UnicodeScalarView(scalars[lineStart..<lineEnd]))
            let before = String(String.UnicodeScalarView(scalars[lineStart..<min(max(lineStart, f.start), lineEnd)]))
            let column = before.count + 1
            let excerptOnLine = String(String.UnicodeScalarView(scalars[min(f.start, lineEnd)..<min(max(f.end, f.start), lineEnd)]))
            let ack = f.acknowledged ? " (acknowledged)" : ""
            out.append("\(name):\(line):\(column): \(f.severity.rawValue): [\(f.rule)] \(f.message)\(ack)")
            if f.start == f.end && f.start == 0 || f.start >= scalars.count {
                continue  // about the whole post
            }
            out.append("    " + lineText)
            let pad = String(repeating: " ", count: TextWidth.width(of: before))
            let width = max(1, TextWidth.width(of: excerptOnLine))
            out.append("    " + pad + "^" + String(repeating: "~", count: width - 1))
        }
        let errors = findings.filter { $0.severity == .error && !$0.acknowledged }.count
        let warnings = findings.filter { $0.severity == .warning && !$0.acknowledged }.count
        out.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        return out.joined(separator: "\n")
    }
}

struct AcknowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Mark a post's linter finding as reviewed, with a note saying why it is fine.",
        discussion: """
        The finding stays acknowledged while its excerpt is unchanged. Example: \
        rounds ack 0c44 phi.phone --note "our clinic's public number". Consent cannot be acknowledged: \
        record it with rounds consent. --remove takes acknowledgements back.
        """
    )

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: "The post id, or a unique prefix of it.") var id: String
    @Argument(help: ArgumentHelp("The finding's rule (e.g. phi.phone).", valueName: "rule")) var rule: String?
    @Option(help: ArgumentHelp("Only the finding with this exact excerpt.", valueName: "text")) var excerpt: String?
    @Option(help: ArgumentHelp("Why it is fine.", valueName: "text")) var note: String?
    @Flag(help: "Remove the post's acknowledgements (of the rule, or all).") var remove = false

    func validate() throws {
        if !remove, rule == nil { throw ValidationError("name the rule to acknowledge (see rounds lint or rounds check)") }
        if !remove, note == nil { throw ValidationError("say why the finding is fine with --note") }
        if remove, note != nil || excerpt != nil { throw ValidationError("--remove takes no --note or --excerpt") }
    }

    func run() throws {
        let env = planOptions.environment
        let (message, _) = try planOptions.store.modify { plan -> String in
            let p = try plan.resolve(idPrefix: id)
            if remove {
                let n = try plan.unacknowledge(id: p.id, rule: rule, now: env.now)
                return "Removed \(n) acknowledgement\(n == 1 ? "" : "s") from \(p.id)."
            }
            guard let rule, let note else { return "" }
            let excerpts = try plan.acknowledge(id: p.id, rule: rule, excerpt: excerpt, note: note, today: env.today(for: plan), now: env.now)
            return "Acknowledged \(rule) " + excerpts.map { "“\($0)”" }.joined(separator: ", ") + " on \(p.id) '\(p.title)'."
        }
        FileHandleOut.stdout(message)
    }
}

struct AllowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allow",
        abstract: "The plan's allow-list: the practice's own phone, address or site, never reported by the linter.",
        discussion: """
        Without arguments, lists the allow-list and the allowed link domains. \
        rounds allow "(555) 010-2000" adds an exact string; rounds allow --domain example-clinic.com a link domain; \
        --remove takes an entry back.
        """
    )

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: ArgumentHelp("Exact text to allow everywhere (or a domain with --domain).", valueName: "text")) var text: String?
    @Flag(help: "The text is a link domain (the practice's site, a guideline body).") var domain = false
    @Flag(help: "Remove the entry instead of adding it.") var remove = false

    func validate() throws {
        if text == nil, domain || remove { throw ValidationError("name the entry to \(remove ? "remove" : "add")") }
        if let text, text.trimmingSpaces.isEmpty { throw ValidationError("an allow-list entry must not be empty") }
        if domain, let text, text.contains(" ") || !text.contains(".") { throw ValidationError("'\(text)' is not a domain (e.g. example-clinic.com)") }
    }

    func run() throws {
        guard let raw = text else {
            let plan = try planOptions.load().plan
            var lines = ["Allow-list (\(plan.allowList.count)):"] + plan.allowList.map { "  " + $0 }
            lines += ["Allowed link domains (\(plan.allowedDomains.count)):"] + plan.allowedDomains.map { "  " + $0 }
            FileHandleOut.stdout(lines.joined(separator: "\n"))
            return
        }
        let entry = domain ? raw.trimmingSpaces.lowercased() : raw.trimmingSpaces
        let what = domain ? "allowed domains" : "allow-list"
        let (message, _) = try planOptions.store.modify { plan -> String in
            var list = domain ? plan.allowedDomains : plan.allowList
            if remove {
                guard list.contains(entry) else { throw CLIFailure("'\(entry)' is not on the \(what)") }
                list.removeAll { $0 == entry }
            } else {
                guard !list.contains(entry) else { return "'\(entry)' is already on the \(what)." }
                list.append(entry)
            }
            if domain { plan.allowedDomains = list } else { plan.allowList = list }
            return remove ? "Removed '\(entry)' from the \(what)." : "Added '\(entry)' to the \(what)."
        }
        FileHandleOut.stdout(message)
    }
}
