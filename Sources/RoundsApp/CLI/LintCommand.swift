import ArgumentParser
import RoundsCore
import RoundsUI

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a draft for what a doctor must never post; exit 1 on an error.",
        discussion: """
        Reads a file, or standard input with - (the default). Uses the plan's disclaimer, allow-list and \\
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
        let store = planOptions.store
        let plan: Plan
        if store.exists {
            plan = try store.load().plan
        } else if let pack = env.themePacks().packs.first(where: { $0.id == "default" }) {
            plan = pack.makePlan(name: "")
        } else {
            throw CLIFailure("the default theme pack is missing from this build")
        }
        var context = LintContext(disclaimer: plan.profile.disclaimer, allowList: plan.allowList, allowedDomains: plan.allowedDomains)
        if let theme {
            guard let t = plan.theme(id: theme) else {
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
