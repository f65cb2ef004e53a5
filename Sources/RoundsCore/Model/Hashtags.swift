/// Hashtags as typed or imported: one list separator for every list field (`,` `;` `|`, and
/// spaces, which no hashtag holds), duplicates removed (`#Sleep` and `sleep` are one tag).
public enum Hashtags {
    /// The tags in `text`, in order, each once.
    public static func parse(_ text: String) -> [String] {
        unique(text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init))
    }

    /// The tags without empty ones and without repeats (compared without `#` and case), in order.
    public static func unique(_ tags: [String]) -> [String] {
        // A post has a few tags: a list to compare with is cheaper than a set to hash into.
        var seen: [String] = []
        var out: [String] = []
        for raw in tags {
            let tag = raw.trimmingSpaces
            let key = String(tag.drop { $0 == "#" }).lowercased()
            guard !key.isEmpty, !seen.contains(key) else { continue }
            seen.append(key)
            out.append(tag)
        }
        return out
    }
}
