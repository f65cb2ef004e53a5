/// The posts of a range with their themes, in the plan file's own shapes, so `rounds import`
/// (or a script) reads them back exactly.
enum JSONExport {
    static func render(_ plan: Plan, posts: some Collection<Post>, from: CalendarDate, to: CalendarDate) -> String {
        var o = JSONObject()
        o["version"] = .number(Double(Plan.currentVersion))
        o["kind"] = .string("rounds-export")
        o["from"] = .string(from.iso)
        o["to"] = .string(to.iso)
        let used = Set(posts.map(\.themeID))
        o["themes"] = .array(plan.themes.filter { used.contains($0.id) }.map(PlanCodec.themeValue))
        o["posts"] = .array(posts.map(PlanCodec.postValue))
        var text = String(decoding: JSONWriter.write(.object(o)), as: UTF8.self)
        if !text.hasSuffix("\n") { text.append("\n") }
        return text
    }
}
