/// `phi.url-personal` and `phi.ip`, one scan of the text's links: a social profile or personal
/// page (not the practice's, not an allowed domain), and an IPv4 address.
extension PHIRules {
    /// `phi.url-personal`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let urlPersonalExamples: RuleExamples = (["Her story is at facebook.com/jenny.walsh.9 if you want it.", "Follow Mia's recovery at https://miasheart.wordpress.com today."],
         ["Read the guideline at nice.org.uk/guidance.", "Our practice blog is at https://riversidegp.blogspot.com for clinic news."])

    /// `phi.ip`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let ipExamples: RuleExamples = (["His IP address 192.168.14.22 was in the log."], ["Version 2.3.1 of the app is out."])

    static let socialHosts = ["facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "tiktok.com", "linkedin.com",
                              "youtube.com", "threads.net", "reddit.com", "snapchat.com", "pinterest.com", "gofundme.com",
                              "caringbridge.org", "venmo.com", "cash.app", "onlyfans.com", "bsky.app"]
    /// Hosts of personal blogs and pages: a name of one's own before them ("lenasjourney.blogspot.com") is a person's page.
    static let blogHosts = ["blogspot.com", "wordpress.com", "substack.com", "medium.com", "wixsite.com", "tumblr.com", "weebly.com",
                            "squarespace.com", "ghost.io", "typepad.com", "livejournal.com", "carrd.co", "linktr.ee"]
    static let tlds: WordTable = ["com", "org", "net", "gov", "edu", "io", "co", "uk", "us", "ca", "au", "de", "fr", "health",
                                    "info", "me", "app", "int", "nhs", "ly"]

    static func urlsAndIPs(_ t: LintText, allowedDomains: [String], _ add: Add) {
        let s = t.scalars
        var i = 0
        while i < s.count {
            // A URL starts at http(s):// or www. or host.tld/ at a word start.
            let atWordStart = i == 0 || LintText.isSpace(s[i - 1]) || s[i - 1].isAny(of: "(\"'<[")
            guard atWordStart, LintText.isLetter(s[i]) || LintText.isDigit(s[i]) else { i += 1; continue }
            var j = i
            var dots = 0, slashes = 0
            while j < s.count, !LintText.isSpace(s[j]), !s[j].isAny(of: "\"'<>[]") {
                if s[j] == "." { dots += 1 } else if s[j] == "/" { slashes += 1 }
                j += 1
            }
            let runEnd = j
            while j > i, s[j - 1].isAny(of: ".,;:!?)") {
                if s[j - 1] == "." { dots -= 1 }
                j -= 1
            }
            defer { i = max(i + 1, runEnd) }
            // Most words have no dot: no URL, no IP. Check that before building any string.
            guard dots > 0, j - i >= 4 else { continue }
            let isDigitsAndDots = (i..<j).allSatisfy { LintText.isDigit(s[$0]) || s[$0] == "." }
            let startsLikeURL = t.lower[i] == "h" || t.lower[i] == "w"
            guard slashes > 0 || isDigitsAndDots || startsLikeURL else { continue }
            let candidate = t.lowerText(i, j)
            var rest = Substring(candidate)
            let hasScheme = rest.hasPrefix("http://") || rest.hasPrefix("https://")
            if hasScheme { rest = rest[rest.index(after: rest.firstIndex(of: "/")!)...].drop { $0 == "/" } }
            let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
            var host = String(rest[..<hostEnd])
            if let colon = host.firstIndex(of: ":") { host = String(host[..<colon]) }
            let path = String(rest[hostEnd...])
            if isIPv4(host) {
                add("phi.ip", .error, "an IP address can identify a device or a person: remove it", i, j)
                continue
            }
            let labels = host.split(separator: ".")
            guard labels.count >= 2, let tld = labels.last, tlds.contains(String(tld)),
                  hasScheme || host.hasPrefix("www.") || !path.isEmpty, !host.contains("@") else { continue }
            let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            let full = bare + path
            if allowedDomains.contains(where: { d in
                let a = d.lowercased()
                return bare == a || bare.hasSuffix("." + a) || full.hasPrefix(a)
            }) { continue }
            let social = socialHosts.contains { bare == $0 || bare.utf8.count > $0.utf8.count && bare.hasSuffix($0) && bare.utf8.dropLast($0.utf8.count).last == UInt8(ascii: ".") }
            let profilePath = path.count > 1 && path != "/"
            let blog = blogHosts.contains { bare.utf8.count > $0.utf8.count && bare.hasSuffix($0) && bare.utf8.dropLast($0.utf8.count).last == UInt8(ascii: ".") }
                || ["medium.com", "linktr.ee", "substack.com"].contains(bare) && profilePath
            let pathBytes = Array(path.utf8)
            let personalPath = ["/~", "/people/", "/profile", "/user/", "/u/", "/users/"].contains { pathBytes.containsBytes($0) }
            if (social && profilePath) || personalPath || blog, !isPracticeContact(t, start: i) {
                add("phi.url-personal", .error, "a link to a personal page or social profile can identify a patient: link to the practice or to guidelines instead", i, j)
            }
        }
    }

    static func isIPv4(_ host: String) -> Bool {
        // Only ASCII digits and dots can make one: any other byte answers before any split.
        guard host.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 }) else { return false }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { p in !p.isEmpty && p.count <= 3 && p.allSatisfy(\.isASCII) && p.allSatisfy(\.isNumber) && (Int(p) ?? 999) <= 255 }
    }
}
