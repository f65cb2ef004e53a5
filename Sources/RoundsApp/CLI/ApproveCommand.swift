import ArgumentParser
import RoundsCore

/// `rounds approve`: records who approved a post's exact title and body, or revokes it.
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve a post's exact text (who, when, and a hash of the title and body), or revoke the approval.",
        discussion: """
        The record keeps the approver's name, the operating-system user who ran the command, the time and a hash \
        of the title and body: any change to the text leaves the approval behind. Where the plan requires approvals \
        (rounds profile --approval required), a post cannot be ready, scheduled or posted without one. The plan may \
        list who can approve (--approver) and ask that approvers differ from the last editor (--approvers-differ yes); \
        the last editor is recorded by every change to the text (ROUNDS_NAME and the operating-system user).
        """
    )

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: "The post id, or a unique prefix of it.") var id: String
    @Option(help: ArgumentHelp("Who approves (one of the plan's approvers, when it lists them).", valueName: "name")) var by: String?
    @Option(help: ArgumentHelp("A note kept with the approval.", valueName: "text")) var note: String?
    @Flag(help: "Revoke the approval on record.") var revoke = false

    func validate() throws {
        if revoke, by != nil || note != nil { throw ValidationError("--revoke takes no --by or --note") }
        if !revoke, by == nil { throw ValidationError("give --by NAME to approve, or --revoke") }
        if let by, by.trimmingSpaces.isEmpty { throw ValidationError("--by must name the approver") }
    }

    func run() throws {
        let env = planOptions.environment
        let identity = env.identity
        let (lines, _) = try planOptions.store.modify { plan -> [String] in
            let p = try plan.resolve(idPrefix: id)
            if revoke {
                return try plan.revokeApproval(id: p.id, now: env.now).map { "note: " + $0 } + ["Approval revoked for \(p.id)."]
            }
            guard let by else { return [] }
            let approved = try plan.approve(id: p.id, by: by, user: identity.user, note: note ?? "", now: env.now)
            var out = ["Approved \(p.id) '\(ControlCharacters.escaped(p.title, multiline: false))' by \(approved.approval?.by ?? by) (\(identity.user))."]
            if !plan.approvals.required { out.append("note: this plan does not require approvals (rounds profile --approval required)") }
            return out
        }
        FileHandleOut.stdout(lines.joined(separator: "\n"))
    }
}
