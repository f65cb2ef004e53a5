/// `claim.unverified`: miracle cures, guarantees, `100% effective`, products that cure a
/// condition (the context that makes a claim reported, and the promise phrases: ClaimContext.swift).
extension ContentRules {
    /// `claim.unverified`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let claimUnverifiedExamples: RuleExamples = (["Our serum brightens skin permanently.", "Colloidal silver kills every virus in your blood.", "Cupping is the only treatment that works for neck pain.", "Alkaline water prevents cancer.", "Lip filler with zero risk at our clinic.", "This tea is a miracle cure.", "Our laser is guaranteed to remove wrinkles.", "Our gummies cure anxiety.", "This tea boosts your immune system.",
          "Say goodbye to knee pain forever!",
          "Our turmeric capsules melt away joint pain naturally.", "This serum regenerates collagen completely in just ten days.", "These drops clear cataracts naturally.",
          "Our IV drips detox your liver and boost energy instantly.", "Zero side effects, no risk at all: try our patches.",
          "Our peptide cream resolves rosacea without steroids.", "This herbal tonic unclogs arteries in weeks.", "Ozone sauna sessions reset your hormones.",
          "Copper bracelets shrink arthritic knuckles.", "Our whitening kit lasts a lifetime.", "No more migraines, ever, with our headband.",
          "Our scanner never misses a fracture.", "It isn't just a cream, it cures eczema for good.", "Zero risk, zero pain: that's our laser promise.",
          "We are the only clinic in Leeds that can reverse diabetes.", "Elderberry gummies: the natural flu vaccine.",
          "Testimonial from Ana: \"After one visit my sciatica vanished forever!\"", "Magnet insoles heal plantar fasciitis in days.",
          "Our drops work better than antibiotics for any ear infection.", "Pilates classes fix scoliosis.", "No child will ever need an inhaler again.", "Our promise: this tea cures colds."],
         ["Vaccination prevents cervical cancer.", "Faster results for everyone.", "Nothing lasts forever, including fillers.", "Statins lower cholesterol in most people.", "'Miracle' supplements are often unregulated.", "No treatment comes with a guarantee.", "Claims that garlic cures colds are not supported by evidence.",
          "Is this a miracle cure? No.", "We hope to find a cure for ALS one day.",
          "Chemotherapy kills cancer cells but also harms healthy ones.", "Studies in mice suggest turmeric kills cancer cells; human trials have not shown it.",
          "Saw a post claiming vinegar cures gout. It doesn't.", "\"Say goodbye to back pain forever!\" If you see an ad like this, scroll on.",
          "Saw a reel saying garlic cures thrush. It doesn't.", "Patients often ask if honey heals burns.", "Update 4.1 of the booking app fixes the sync crash.",
          "Her headache was gone in two days.", "She never misses a session.", "Our cold brew fixes a slow morning.",
          "Myth: \"Detox pads pull toxins out of your feet.\" They don't.", "Headlines call it a \"miracle cure\" for obesity; it is a useful tool.",
          "Sunscreen prevents skin cancer.", "Our team treats back pain every day.", "Myth: garlic cures colds."])

    /// What a product claim acts on: a condition (the conditions grammar) or one of these.
    static let claimObjects: WordTable = ["cancer", "tumours", "tumors", "toxins", "fat", "cellulite", "cartilage", "gut", "cells", "viruses",
                                            "virus", "bacteria", "infections", "plaque", "arteries", "wrinkles", "ageing", "aging", "cataracts",
                                            "diabetes", "arthritis", "pain", "inflammation", "immune", "immunity", "belly", "joints", "nerve",
                                            "nerves", "damage", "scars", "hair", "baldness", "autism", "dementia", "alzheimer's", "tinnitus"]
    /// Words that make a claim absolute: "completely", "in just two weeks", "without surgery", "naturally".
    static let absoluteWords: WordTable = ["completely", "permanently", "naturally", "forever", "instantly", "overnight", "totally", "fully",
                                             "guaranteed", "always", "entirely", "just", "without", "every", "all", "100", "for", "naturally"]
    static let promoterWords: WordTable = ["our", "this", "these", "my", "which", "it", "that"]

    /// The last token of a product claim whose verb is token i ("kills cancer cells naturally"), or nil.
    static func productClaimEnd(_ t: LintText, _ i: Int) -> Int? {
        let s = t.sentenceStart(i), e = t.sentenceEnd(i)
        if t.isWord(i - 1, ["may", "can", "could", "might", "to", "help", "helps", "that", "will", "does", "not", "no", "the", "a", "find", "for"]) && t.word(i - 1) != "that" { return nil }
        if t.word(i - 1) == "that", !t.isWord(i - 2, ["one", "product", "tea", "supplement", "pill", "cream"]) { return nil }
        // The object: within three words.
        var object: Int?
        var k = i + 1
        if t.isWord(k, ["your", "all", "the", "any", "every"]) { k += 1 }
        for c in ContentRules.span(k, min(e, k + 3)) where t.kind(c) == .word {
            if t.isWord(c, claimObjects) || t.isWord(c, conditions) || conditionEnd(t, from: c).map({ $0 == c }) ?? false { object = c; break }
        }
        let promotedAt = (max(s, i - 6)..<i).contains { t.isWord($0, promoterWords) }
        // "This serum regenerates collagen completely": whatever it acts on, promoted and absolute.
        if object == nil, promotedAt, let a = ContentRules.span(i + 2, min(e, i + 6)).first(where: { t.isWord($0, ["completely", "permanently", "forever", "instantly", "overnight", "guaranteed", "naturally"]) }) {
            object = a - 1
        }
        guard var end = object else { return nil }
        if t.isWord(end + 1, ["cells", "system", "disease", "syndrome", "infections"]) { end += 1 }
        let promoted = (max(s, i - 6)..<i).contains { t.isWord($0, promoterWords) }
        let absolute = ContentRules.span(end + 1, min(e, end + 5)).first { t.isWord($0, absoluteWords) }
        if let a = absolute {
            end = a
            // "in just two weeks", "without surgery": take the phrase whole.
            if t.isWord(a, ["just", "without", "every", "for", "100"]), a + 1 < e, t.kind(a + 1) == .word || t.kind(a + 1) == .number {
                end = a + 1
                if t.kind(end + 1) == .word, end + 1 < e, t.isWord(a, ["just"]) { end += 1 }
            }
        }
        return promoted || absolute != nil || t.word(i).hasSuffix("s") && (s..<i).contains(where: { t.tokens[$0].capitalized && $0 > s }) ? end : nil
    }

    static func claims(_ t: LintText, _ add: Add) {
        let message = "a promise of a cure or guaranteed result is an unverified claim: say what the evidence shows, and for whom"
        for i in t.tokens.indices {
            // "100" without a string compare per token: a number token of three digits worth 100.
            let hundred = t.tokens[i].kind == .number && t.tokens[i].end - t.tokens[i].start == 3 && t.tokens[i].value == 100
            guard t.has(i, .claimTrigger) || hundred else { continue }
            let w = t.word(i)
            var end: Int?
            switch w {
            case "miracle", "miraculous", "miracles":
                end = i
                if t.isWord(i + 1, ["cure", "cures", "drug", "pill", "treatment", "diet", "supplement", "remedy"]) { end = i + 1 }
                if t.isWord(i + 1, ["cure", "cures"]), t.word(i + 2) == "for", t.kind(i + 3) == .word { end = i + 3 }
            case "guaranteed", "guarantee", "guarantees":
                // "no guarantee", but also not a "guaranteed minimum" of something neutral
                end = i
                if t.isWord(i + 1, ["to", "results", "weight", "cure", "recovery"]) { end = i + 1 }
            case "cure":
                if t.word(i - 1) == "miracle" { break }  // the "miracle" case has it, whole
                if t.word(i + 1) == "-", t.word(i + 2) == "all" { end = i + 2 } else if t.isWord(i - 1, ["natural", "guaranteed", "permanent", "instant", "total", "complete"]), !t.isWord(i - 2, ["no", "not"]) {
                    end = i
                    if t.isWord(i + 1, ["for"]), t.kind(i + 2) == .word { end = i + 2 }
                } else if t.isWord(i - 1, ["will", "to", "instantly", "permanently", "completely", "totally", "miracle"]) && !t.isWord(i - 2, ["no", "not", "hope", "hoping"]) {
                    end = i
                    if t.isWord(i + 1, ["your", "any", "all"]) { end = min(t.tokens.count - 1, i + 2) }
                } else if t.isWord(i + 1, ["for"]), t.isWord(i + 2, ["everything", "all", "anything", "aging"]) {
                    end = i + 2
                } else if t.isWord(i + 1, conditions), t.kind(i - 1) == .word,
                          !t.isWord(i - 1, ["a", "the", "no", "find", "for", "possible", "potential", "antibiotics", "surgery",
                                            "treatment", "treatments", "medicine", "medicines", "can", "may", "might", "could", "help", "helps"]) {
                    // "These gummies cure anxiety": a product promising to cure a condition.
                    end = i + 1
                }
            case "cures":
                // A product "cures" something; "there are no cures" is not a promise.
                if !t.isWord(i - 1, ["no", "the", "new", "possible", "potential", "find", "finding", "for", "search"]), t.kind(i + 1) == .word {
                    end = i + 1
                }
            case "100":
                if t.word(i + 1) == "%" || t.word(i + 1) == "percent" {
                    let k = i + 2
                    if t.isWord(k, ["effective", "guaranteed", "safe", "natural", "cure", "success", "results", "proven", "effectiveness", "successful", "painless", "permanent"]) { end = k }
                }
            case "risk":
                if t.word(i + 1) == "-", t.word(i + 2) == "free", t.joined(i) { end = i + 2 }
            case "overnight":
                if t.isWord(i + 1, ["results", "cure", "fix"]) { end = i + 1 }
            case "reverses", "reverse":
                if t.isWord(i + 1, ["aging", "ageing", "diabetes", "alzheimer's", "autism", "cancer", "heart", "arthritis", "dementia", "hair", "wrinkles", "osteoporosis"]) || t.isWord(i + 1, conditions), !t.isWord(i - 1, ["cannot", "can't", "won't", "not"]) {
                    end = i + 1
                }
            case "heals", "kills", "regenerates", "regrows", "eliminates", "flushes", "melts", "banishes", "erases", "destroys", "restores",
                 "rebuilds", "dissolves", "unclogs", "cleanses", "heal", "kill", "eliminate", "flush", "melt", "boost", "boosts", "clears", "clear", "fixes", "repairs":
                // "Ozone therapy kills cancer cells naturally", "Colostrum heals leaky gut in just two weeks": a product promising
                // an outcome on a condition, with its promoter ("our", "this") or an absolute ("completely", "in just").
                end = isSoftwareFix(t, i) ? nil : productClaimEnd(t, i)
            case "detox", "detoxes", "detoxify":
                if t.isWord(i + 1, ["your", "the"]), t.isWord(i + 2, ["body", "liver", "blood", "system"]) { end = i + 2 }
            default:
                break
            }
            if end == nil, ["reverses", "reverse", "cures", "cure"].contains(w) { end = productClaimEnd(t, i) }
            guard let e = end else { continue }
            if claimIsReported(t, i, e) { continue }
            // Negated claims are the opposite of a promise: "not a miracle", "no guarantee", "isn't a cure-all".
            if negated(t, i, window: 3) { continue }
            if t.isWord(i - 1, ["a", "an"]), negated(t, i - 1, window: 3) { continue }
            add("claim.unverified", .error, message, t.tokens[i].start, t.tokens[e].end)
        }
    }

    // MARK: - The general grammar: an outcome promised absolutely, or a cure by a remedy

    /// Verbs of an outcome a product promises.
    static let outcomeVerbs: WordTable = ["cure", "cures", "heal", "heals", "treat", "treats", "fix", "fixes", "prevent", "prevents",
                                          "reverse", "reverses", "kill", "kills", "eliminate", "eliminates", "flush", "flushes", "burn",
                                          "burns", "melt", "melts", "regrow", "regrows", "restore", "restores", "boost", "boosts",
                                          "strengthen", "strengthens", "lower", "lowers", "brighten", "brightens", "whiten", "whitens",
                                          "correct", "corrects", "stop", "stops", "neutralise", "neutralises", "neutralize", "neutralizes",
                                          "balance", "balances", "raise", "raises", "silence", "silences", "pull", "pulls", "draw", "draws",
                                          "double", "doubles", "clear", "clears", "erase", "erases", "remove", "removes", "banish", "banishes",
                                          "detox", "detoxes", "protect", "protects", "work", "works", "last", "lasts", "give", "gives",
                                          "take", "takes", "turn", "make", "makes", "relief", "results", "protection", "immunity",
                                          "resolve", "resolves", "unblock", "unblocks", "unclog", "unclogs", "starve", "starves", "rebuild",
                                          "rebuilds", "reset", "resets", "repair", "repairs", "shrink", "shrinks", "dissolve", "dissolves",
                                          "end", "ends", "normalise", "normalises", "normalize", "normalizes", "replace", "replaces", "drain",
                                          "drains", "detoxify", "detoxifies", "lose", "shorten", "shortens", "diagnose", "diagnoses",
                                          "regenerate", "regenerates", "vanished", "disappeared", "gone", "cured"]
    /// The words a marker can start with (one lookup rejects the rest).
    static let markerHeads: WordTable = ["instantly", "instant", "permanently", "permanent", "forever", "overnight", "guaranteed", "naturally",
                                         "immediately", "completely", "totally", "entirely", "miraculously", "effortlessly", "for", "in", "every",
                                         "all", "by", "without", "twice", "three", "zero", "than", "after", "while", "or", "years", "never"]

    /// What makes an outcome absolute from token k on: "instantly", "permanently", "forever",
    /// "for good", "overnight", "in just 45 minutes", "every virus", "100%", "without diet or
    /// exercise". Its last token, or nil.
    static func absoluteMarker(_ t: LintText, _ k: Int) -> Int? {
        guard t.isWord(k, markerHeads) || t.kind(k) == .number && t.tokens[k].value == 100 else { return nil }
        let w = t.word(k)
        if ["instantly", "instant", "permanently", "permanent", "forever", "overnight", "guaranteed", "naturally", "immediately",
            "completely", "totally", "entirely", "miraculously", "effortlessly"].contains(w) { return k }
        if w == "for", t.isWord(k + 1, ["good", "life", "everyone", "everybody", "ever"]) { return k + 1 }
        // "for any inflammation", "for every skin type"
        if w == "for", t.isWord(k + 1, ["any", "every", "all"]), t.kind(k + 2) == .word { return t.isWord(k + 3, ["type", "types", "kind"]) ? k + 3 : k + 2 }
        // "while you sleep", "or your money back", "years before any scan", "so you'll never need…"
        if w == "while", t.isWord(k + 1, ["you"]), t.isWord(k + 2, ["sleep", "relax"]) { return k + 2 }
        if w == "or", t.isWord(k + 1, ["your"]), t.isWord(k + 2, ["money"]), t.isWord(k + 3, ["back"]) { return k + 3 }
        if w == "years", t.word(k + 1) == "before", t.isWord(k + 2, ["any", "a", "your"]) { return min(t.tokens.count - 1, k + 3) }
        if w == "never", t.isWord(k + 1, ["need", "needs", "again"]) { return k + 1 }
        if w == "in" {
            var j = k + 1
            if t.isWord(j, ["just", "only"]) { j += 1 }
            if t.kind(j) == .number || t.value(j, PHIRules.numberWords) != nil, t.isWord(j + 1, ["minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "sessions", "session"]) { return j + 1 }
            if t.isWord(j, ["half"]), t.isWord(j + 1, ["the"]), t.isWord(j + 2, ["time"]) { return j + 2 }
            // "heals bruises in hours", "works in everyone"
            if t.isWord(k + 1, ["hours", "minutes", "seconds", "days", "everyone", "everybody"]) { return k + 1 }
        }
        if w == "every" || w == "all", t.isWord(k + 1, ["virus", "viruses", "pathogen", "pathogens", "toxin", "toxins", "free", "infection", "infections",
                                                         "disease", "diseases", "bacteria", "germ", "germs", "cancer", "time", "single", "type", "kind",
                                                         "injuries", "injury", "deficiency", "deficiencies", "symptoms", "allergies", "wounds", "nutritional"]) {
            return t.isWord(k + 1, ["free", "single"]) ? k + 2 : k + 1
        }
        if t.kind(k) == .number, t.tokens[k].value == 100, t.word(k + 1) == "%" { return k + 1 }
        if w == "by", t.kind(k + 1) == .number, t.word(k + 2) == "%" || t.isWord(k + 2, ["percent"]) { return k + 2 }
        if w == "by", t.isWord(k + 1, ["hours", "days", "weeks", "years", "decades"]) { return k + 1 }
        if w == "without", t.isWord(k + 1, ["diet", "dieting", "exercise", "surgery", "drugs", "needles", "pain", "effort", "side", "medication",
                                             "medications", "medicine", "medicines", "meds", "drilling", "glasses", "specs", "injections", "tablets",
                                             "pills", "antibiotics", "steroids", "an", "insulin", "statins", "braces", "fillings"]) {
            // "without an operation"
            return t.word(k + 1) == "an" ? (t.isWord(k + 2, ["operation", "injection"]) ? k + 2 : nil) : k + 1
        }
        if w == "twice" || w == "three", t.isWord(k + 1, ["as", "times"]), t.isWord(k + 2, ["fast", "faster", "quickly", "effective", "as"]) { return k + 2 }
        if w == "zero", t.isWord(k + 1, ["risk", "damage", "downtime", "pain", "side"]) { return t.word(k + 1) == "side" ? k + 2 : k + 1 }
        if w == "than", t.isWord(k + 1, ["any"]) { return min(t.tokens.count - 1, k + 3) }
        if w == "after", t.isWord(k + 1, ["one", "a", "1", "just"]), t.isWord(k + 2, ["session", "treatment", "visit", "dose", "adjustment", "sitting"]) { return k + 2 }
        return nil
    }

    /// What a promised outcome acts on, beyond the conditions: the body, its looks, its "energy".
    static let outcomeObjects: WordTable = ["cancer", "toxins", "metals", "fat", "cellulite", "cartilage", "collagen", "skin", "hair", "grey", "gray",
                                            "testosterone", "iq", "energy", "youth", "ageing", "aging", "wrinkles", "immune", "immunity", "virus",
                                            "viruses", "pathogens", "radicals", "acid", "inflammation", "pain", "tinnitus", "ringing", "scoliosis",
                                            "cavities", "hangover", "teeth", "enamel", "gut", "liver", "blood", "libido", "metabolism", "weight",
                                            "years", "clock", "arthritis", "diabetes", "dementia", "autism", "asthma", "anxiety", "depression",
                                            "infections", "infection", "cold", "colds", "flu", "illness", "disease", "diseases", "injuries",
                                            "everyone", "relief", "results", "scars", "acne", "eczema", "psoriasis", "migraines", "allergies", "adhd",
                                            "arteries", "mitochondria", "tumours", "tumors", "stones", "vision", "eyesight", "baldness", "snoring",
                                            "calories", "kg", "kilos", "lbs", "pounds", "labour", "labor", "posture", "sensitivity", "melanoma",
                                            "seizures", "knees", "lymph", "progression", "insulin", "wound", "wounds", "bruises", "bruising", "veins",
                                            "discs", "disc", "deficiency", "deficiencies", "cells", "plaque", "fibroids", "hormones", "cholesterol",
                                            "joints", "knuckles", "spine", "prostate", "bones", "thyroid"]
    /// Whether token k names what an outcome acts on: the objects above, a condition, or a
    /// condition noun ("rosacea", "sciatica"), or a word of a condition's suffix ("tendinitis").
    static func isOutcomeObject(_ t: LintText, _ k: Int) -> Bool {
        guard t.kind(k) == .word else { return false }
        if t.isWord(k, outcomeObjects) || t.isWord(k, conditions) || t.isWord(k, conditionNouns) { return true }
        let w = t.tokens[k].lower
        return w.count > 6 && conditionSuffixes.contains { w.hasSuffix($0) }
    }

    /// What only hype promises to change: "toxins", "heavy metals", "your youth", "your child's IQ".
    static let hypeObjects: WordTable = ["toxins", "metals", "acid", "fat", "cellulite", "radicals", "cartilage", "youth", "iq", "testosterone",
                                         "virus", "viruses", "pathogens", "collagen", "libido", "metabolism", "immunity", "immune", "liver",
                                         "mitochondria", "lymph", "arteries", "hormones"]
    /// Established interventions: "Vaccination prevents cervical cancer", "Statins lower
    /// cholesterol" are facts a doctor states, not a product's promise.
    static let establishedSubjects: WordTable = ["vaccine", "vaccines", "vaccination", "vaccinations", "jab", "jabs", "immunisation", "immunization",
                                                 "screening", "sunscreen", "exercise", "statins", "statin", "condoms", "handwashing", "antibiotics",
                                                 "surgery", "chemotherapy", "chemo", "radiotherapy", "treatment", "treatments", "insulin", "medication",
                                                 "medicines", "therapy", "physio", "physiotherapy", "smoking", "quitting", "breastfeeding", "sleep",
                                                 "walking", "antivirals", "folic", "prep", "metformin"]
    /// Verbs that promise an outcome on a condition even plainly, said of a remedy: "Alkaline
    /// water prevents cancer", "Vitamin C drips shrink tumours", "Pilates classes fix scoliosis".
    static let plainPromiseVerbs: WordTable = ["cures", "cure", "cured", "reverses", "reverse", "corrects", "correct", "regrows", "regrow", "prevents",
                                               "prevent", "eliminates", "eliminate", "heals", "heal", "starves", "starve", "shrinks", "shrink",
                                               "dissolves", "dissolve", "unblocks", "unblock", "unclogs", "unclog", "fixes", "fix", "resolves",
                                               "rebuilds", "rebuild", "repairs", "repair", "detoxifies", "detoxify", "replaces", "replace", "stops",
                                               "ends", "normalises", "normalizes", "regenerates"]
    /// Words of a remedy outside established care: they make "Bee venom therapy stops MS" a
    /// promise though "therapy" alone is established.
    static let alternativeRemedies: WordTable = ["bee", "venom", "homeopathic", "homoeopathic", "chiropractic", "alkaline", "detox", "juice",
                                                 "crystal", "crystals", "ozone", "hyperbaric", "colloidal", "essential", "magnetic", "cupping",
                                                 "reiki", "naturopathic", "megadose", "megadoses", "massage", "gun", "herbal", "cleanse", "sauna"]
    /// "Version 3.2 fixes the login bug": software, not a cure.
    static func isSoftwareFix(_ t: LintText, _ i: Int) -> Bool {
        guard t.isWord(i, ["fix", "fixes", "resolves", "resolve", "repairs", "repair", "ends", "stops", "removes", "reset", "resets"]) else { return false }
        return (t.sentenceStart(i)..<t.sentenceEnd(i)).contains { t.isWord($0, ["app", "firmware", "version", "update", "software", "login", "bluetooth",
                                                                                   "website", "portal", "glitch", "sync", "crash", "crashes", "wifi", "wi-fi"]) }
    }

    /// Hedges and sources that make an outcome a reported finding: "can help", "may", "most",
    /// "in trials", "up to", "reduces the risk".
    static let claimHedges: WordTable = ["may", "might", "can", "could", "help", "helps", "helping", "risk", "chance", "most", "many", "some",
                                         "often", "usually", "trial", "trials", "study", "studies", "research", "evidence", "nice", "who",
                                         "cochrane", "published", "according", "data", "percent", "likely", "reduce", "reduces", "lower", "per"]

    /// Promotional words that make a plain outcome a product's promise.
    static let promoWords: WordTable = ["our", "stock", "buy", "order", "shop", "book", "available", "offer", "discount", "£", "$", "€",
                                        "link", "bio", "dm", "sale", "try", "new", "walk-ins", "sessions", "package", "packages", "kit", "kits",
                                        "serum", "drip", "drips", "bracelet", "bracelets", "supplement", "gummies", "tea", "oil", "water", "shots"]

    /// Outcome words that head only their own patterns above, not an outcome on an object.
    static let nonVerbHeads: WordTable = ["relief", "results", "protection", "immunity", "work", "works", "last", "lasts", "take", "takes",
                                          "give", "gives", "make", "makes", "turn"]
    /// The words a general claim starts at (besides the outcome verbs): one table lookup per token.
    static let generalClaimHeads: WordTable = ["only", "nature's", "never", "immune", "turn", "takes", "take", "knocks", "instant", "permanent",
                                               "guaranteed", "lasting", "work", "works", "last", "lasts", "cure", "whiter", "brighter", "younger",
                                               "slimmer", "clearer", "smoother", "thicker", "fuller", "firmer", "stronger", "tighter", "zero", "no",
                                               "proven", "safer", "better", "faster", "results", "catches", "detects", "more", "ever",
                                               "natural", "safest", "painless"]

    /// Claims no trigger word carries: "kills every virus in your blood", "brightens skin
    /// permanently", "burn fat without diet or exercise", "Instant relief", "the only treatment
    /// that works", "nature's antibiotic", "never get a cold again", "work for everyone",
    /// "prevents cancer" said of a remedy.
    static func generalClaims(_ t: LintText, _ add: Add) {
        let message = "a promise of a cure or guaranteed result is an unverified claim: say what the evidence shows, and for whom"
        var i = 0
        while i < t.tokens.count {
            defer { i += 1 }
            guard t.kind(i) == .word, t.isWord(i, generalClaimHeads) || t.isWord(i, outcomeVerbs) else { continue }
            let s = t.sentenceStart(i), e = t.sentenceEnd(i)
            var found: (Int, Int)?
            let w = t.word(i)
            // "the only treatment that works", "the only toothpaste that reverses cavities"
            if w == "only", t.word(i - 1) == "the", t.kind(i + 1) == .word, t.isWord(i + 2, ["that", "which"]), t.isWord(i + 3, outcomeVerbs) {
                found = (i - 1, min(e - 1, t.isWord(i + 4, outcomeObjects) ? i + 4 : i + 3))
            } else if w == "only", t.word(i - 1) == "the", t.kind(i + 1) == .word,
                      let v = ContentRules.span(i + 2, min(e, i + 9)).first(where: { t.isWord($0, ["that", "which", "who"]) && (t.isWord($0 + 1, outcomeVerbs) || t.isWord($0 + 1, ["can", "will"]) && t.isWord($0 + 2, outcomeVerbs)) || t.word($0) == "ever" && t.isWord($0 + 1, ["need", "needs"]) }) {
                // "the only clinic in Lagos that can cure infertility", "the only supplement your joints will ever need"
                let verb = t.word(v) == "ever" ? v + 1 : (t.isWord(v + 1, ["can", "will"]) ? v + 2 : v + 1)
                var end = verb
                if let o = ContentRules.span(verb + 1, min(e, verb + 4)).first(where: { isOutcomeObject(t, $0) }) { end = o }
                found = (i - 1, end)
            } else if w == "more", t.word(i - 1) == "no", let ever = ContentRules.span(i + 1, min(e + 2, i + 8)).first(where: { t.word($0) == "ever" }),
                      t.kind(i + 1) == .word, !ContentRules.span(i + 1, ever).contains(where: { t.isWord($0, [".", "?", "!"]) }) {
                // "No more hot flushes, ever", "no more antibiotics ever": a promise, though it opens with "no".
                if !(t.sentenceStart(i)..<i).contains(where: { t.isWord($0, claimHedges) }) {
                    add("claim.unverified", .error, message, t.tokens[i - 1].start, t.tokens[ever].end)
                    i = ever
                }
                continue
            } else if w == "ever", t.isWord(i - 1, ["will"]), t.isWord(i - 2, ["child", "one", "patient", "kid", "baby"]), t.isWord(i - 3, ["no"]),
                      t.isWord(i + 1, ["need", "get", "catch", "suffer", "have"]), let a = ContentRules.span(i + 2, min(e, i + 6)).first(where: { t.word($0) == "again" }) {
                // "no child will ever need antibiotics again"
                add("claim.unverified", .error, message, t.tokens[i - 3].start, t.tokens[a].end)
                i = a
                continue
            } else if w == "natural", t.isWord(i - 1, ["the", "a"]), let k = ContentRules.span(i + 1, min(e, i + 3)).first(where: {
                t.isWord($0, ["vaccine", "antibiotic", "antibiotics", "ozempic", "botox", "viagra", "statin", "antidepressant", "xanax", "chemo", "chemotherapy", "insulin", "valium"]) }) {
                // "the natural flu vaccine", "nature's antibiotic" (below)
                found = (i - 1, k)
            } else if w == "safest", let k = ContentRules.span(i + 1, min(e, i + 6)).first(where: { t.word($0) == "on" && t.word($0 + 1) == "the" && t.word($0 + 2) == "market" || t.word($0) == "in" && t.word($0 + 1) == "the" && t.word($0 + 2) == "world" }) {
                // "The safest weight-loss injection on the market"
                found = (i, k + 2)
            } else if w == "painless", t.isWord(i - 1, ["completely", "totally", "entirely"]) || t.word(i + 1) == "," && t.isWord(i + 2, ["permanent", "guaranteed", "instant"]) {
                found = (t.isWord(i - 1, ["completely", "totally", "entirely"]) ? i - 1 : i, t.word(i + 1) == "," ? min(e - 1, i + 4) : i)
            } else if t.isWord(i, ["vanished", "disappeared", "gone"]), let a = ContentRules.span(i + 1, min(e, i + 3)).first(where: {
                t.isWord($0, ["forever", "overnight", "completely", "permanently", "instantly"]) || t.word($0) == "for" && t.word($0 + 1) == "good" }) {
                // A testimonial: "my back pain vanished forever", "gone for good"
                found = (i, t.word(a) == "for" ? a + 1 : a)
            } else if w == "nature's", t.kind(i + 1) == .word {
                // "nature's antibiotic", "nature's Ozempic"
                var end = i + 1
                if t.isWord(end + 1, ["that"]), t.isWord(end + 2, outcomeVerbs) { end = min(e - 1, end + 4) }
                found = (i, end)
            } else if w == "never", t.isWord(i + 1, ["get", "catch", "need", "be", "feel", "suffer", "have"]), let a = ContentRules.span(i + 2, min(e, i + 7)).first(where: { t.word($0) == "again" }) {
                found = (i, a)
            } else if t.isWord(i, ["immune"]), t.word(i + 1) == "to", t.isWord(i - 1, ["you", "them", "yourself"]) {
                found = (t.isWord(i - 2, ["make", "makes"]) ? i - 2 : i - 1, min(e - 1, i + 2))
            } else if w == "turn", t.word(i + 1) == "back", t.isWord(i + 2, ["the"]), t.isWord(i + 3, ["clock"]) {
                found = (i, t.word(i + 4) == "by" ? min(e - 1, i + 6) : i + 3)
            } else if t.isWord(i, ["takes", "take", "knocks"]), t.kind(i + 1) == .number || t.value(i + 1, PHIRules.numberWords) != nil, t.isWord(i + 2, ["years", "year"]), t.word(i + 3) == "off" {
                found = (i, min(e - 1, i + 5))
            } else if t.isWord(i, ["instant", "permanent", "guaranteed", "lasting"]), t.isWord(i + 1, ["relief", "results", "cure", "protection", "energy", "fix", "weight", "whitening", "fat"]) {
                found = (i, i + 1)
            } else if w == "work" || w == "works", t.isWord(i + 1, ["for"]), t.isWord(i + 2, ["everyone", "everybody", "all"]) {
                found = (i, i + 2)
            } else if t.isWord(i, ["last", "lasts"]), t.word(i + 1) == "forever" || t.word(i + 1) == "a" && t.word(i + 2) == "lifetime" {
                found = (i, t.word(i + 1) == "a" ? i + 2 : i + 1)
            } else if w == "cure", t.word(i + 1) == "for", t.kind(i + 2) == .word,
                      let works = ContentRules.span(i + 3, min(e, i + 9)).first(where: { t.isWord($0, ["works", "work"]) && t.isWord($0 - 1, ["that", "actually", "really", "finally"]) }) {
                // "a cure for tinnitus that actually works"
                found = (i, works)
            } else if t.isWord(i, ["whiter", "brighter", "younger", "slimmer", "clearer", "smoother", "thicker", "fuller", "firmer", "stronger", "tighter"]),
                      let a = ContentRules.span(i + 1, min(e, i + 5)).lazy.compactMap({ absoluteMarker(t, $0) }).first {
                // "whiter teeth instantly", "younger skin in just 10 days"
                found = (i, a)
            } else if w == "zero", t.isWord(i + 1, ["risk", "downtime"]) || w == "no" && t.isWord(i + 1, ["risk", "downtime"]) && (t.isWord(i + 2, [".", "!", ",", "and", "—", "guaranteed"]) || i + 2 >= e) {
                found = (i, i + 1)
            } else if w == "proven", t.word(i + 1) == "to", t.isWord(i + 2, outcomeVerbs) || t.isWord(i + 2, ["add", "slow", "extend", "increase", "double", "triple", "halve"]),
                      !(s..<i).contains(where: { t.isWord($0, establishedSubjects) }) {
                // "proven to double your testosterone", with no study named (the sceptic words do that)
                var end = i + 2
                if let o = ContentRules.span(i + 3, min(e, i + 7)).first(where: { isOutcomeObject(t, $0) }) { end = o }
                found = (i, end)
            } else if t.isWord(i, ["safer", "better", "stronger", "faster"]), t.word(i + 1) == "than", t.isWord(i + 2, ["any", "all"]) {
                var end = i + 3
                if t.kind(end + 1) == .word, !t.isWord(end + 1, [".", ","]) { end += 1 }
                found = (i, min(e - 1, end))
            } else if t.isWord(i, ["safer", "better", "stronger", "faster"]), t.word(i + 1) == "than", t.kind(i + 2) == .word,
                      let a = ContentRules.span(i + 3, min(e, i + 6)).lazy.compactMap({ absoluteMarker(t, $0) }).first {
                // "works better than ibuprofen for any inflammation"
                found = (i, a)
            } else if t.isWord(i, ["results", "catches", "detects"]),
                      let a = ContentRules.span(i + 1, min(e, i + 4)).lazy.filter({ t.word($0) != "for" }).compactMap({ absoluteMarker(t, $0) }).first {
                // ("Faster results for everyone" is a lab's turnaround, not a promise.)
                // "results in half the time of any other brand", "catches 100% of melanomas"
                var end = a
                if t.word(end + 1) == "of", t.kind(end + 2) == .word { end += 2 }
                if t.isWord(end + 1, ["of"]), t.isWord(end + 2, ["any"]) { end = min(e - 1, end + 4) }
                found = (i, end)
            } else if t.isWord(i, outcomeVerbs), !t.isWord(i, nonVerbHeads), !isSoftwareFix(t, i) {
                // An outcome on its object, absolute: "brightens skin permanently", "kills every virus".
                let objectEnd = ContentRules.span(i + 1, min(e, i + 6)).first { isOutcomeObject(t, $0) }
                let from = objectEnd ?? i
                if objectEnd != nil || t.isWord(i + 1, ["every", "all"]), let a = ContentRules.span(i + 1, min(e, from + 6)).lazy.compactMap({ absoluteMarker(t, $0) }).first {
                    found = (i, a)
                } else if let o = objectEnd, t.isWord(i, plainPromiseVerbs)
                            || t.isWord(i, ["raise", "raises", "restore", "restores", "double", "doubles", "flush", "flushes", "melt", "melts", "burn", "burns",
                                            "neutralise", "neutralises", "neutralize", "neutralizes", "kills", "detoxes", "boosts", "boost", "reset", "resets",
                                            "drain", "drains", "pull", "pulls", "detox"]) && t.isWord(o, hypeObjects),
                          !t.isWord(i - 1, ["to", "may", "can", "could", "might", "help", "helps", "not", "no", "never", "the", "a", "find", "for"]) {
                    // A remedy's plain promise: "Alkaline water prevents cancer", "Our brace corrects
                    // scoliosis", "flushes lactic acid and toxins"; not an established
                    // intervention, not hedged or sourced (in the claim's own clause).
                    let subject = (s..<i)
                    let established = subject.contains { t.isWord($0, establishedSubjects) } && !subject.contains { t.isWord($0, alternativeRemedies) }
                    let clause = s..<min(e, o + 3)
                    let hedged = clause.contains { t.isWord($0, claimHedges) } || clause.contains { t.kind($0) == .number && t.word($0 + 1) == "%" }
                    if !established, !hedged, !subject.isEmpty {
                        var end = o
                        if t.word(end + 1) == "and", t.isWord(end + 2, outcomeObjects) { end += 2 }
                        found = (i, end)
                    }
                }
            }
            guard let (a, b) = found, a >= 0, b >= a, b < t.tokens.count else { continue }
            if claimIsReported(t, max(a, i), b) || negated(t, a, window: 3) { continue }
            add("claim.unverified", .error, message, t.tokens[a].start, t.tokens[b].end)
            i = b
        }
    }
}

/// `claim.unverified` in the other languages doctors post in: a verb of cure or of an absolute
/// result ("cura", "guérit", "heilt", "geneest", "élimine", "entfernt", "protege") with a
/// disease or an absolute marker after it ("el cáncer", "für immer", "définitivement", "100 %",
/// "toutes les toxines", "en 3 jours", "sans chirurgie"), or a guarantee word ("garantiert",
/// "garanti", "garantizado"). Negated ("ne guérit pas", "heilt nicht") or asked, it is not one.
extension ContentRules {
    static let foreignClaimExamples: RuleExamples = ([
        "Nuestro té de guanábana cura el cáncer sin quimioterapia.", "Das Wunder-Serum entfernt Falten für immer.",
        "Notre cure détox élimine toutes les toxines en 3 jours.", "Onze vitamine-infusen genezen chronische vermoeidheid binnen een week.",
        "Unser Hyaluron-Booster macht Sie garantiert zehn Jahre jünger.", "Nosso soro protege 100% contra gripe e dengue.",
    ], [
        "Le paracétamol ne guérit pas la grippe.", "Antibiotika heilen keine Erkältung.", "¿Cura el limón el cáncer? No.",
        "La vacuna protege contra el sarampión.", "Wir behandeln Rückenschmerzen in unserer Praxis.",
    ])

    static let foreignOutcomeVerbs: WordTable = [
        "cura", "curan", "curam", "curar", "guérit", "guérissent", "guérir", "heilt", "heilen", "geneest", "genezen", "guarisce", "guariscono",
        "elimina", "eliminan", "eliminam", "élimine", "éliminent", "entfernt", "entfernen", "verwijdert", "renforce", "renforcent", "stärkt",
        "protege", "protegem", "protègent", "protège", "schützt", "beschermt", "rajeunit", "verjüngt", "rejuvenece", "rejuvenesce",
        "détoxifie", "reinigt", "purifica", "disparaître", "desaparecer", "verschwinden", "verdwijnen", "acaba", "acabe", "termina",
        "previene", "previne", "prévient", "verhindert", "voorkomt", "revierte", "reverte", "inverse", "regenera", "régénère", "regeneriert",
    ]
    static let foreignAbsolute: WordTable = [
        "immer", "définitivement", "siempre", "sempre", "altijd", "toujours", "toutes", "tous", "todas", "todos", "alle", "jede", "jeden",
        "cualquier", "qualquer", "qualsiasi", "elke", "sans", "sin", "sem", "ohne", "zonder", "senza", "garantiert", "garanti", "garantie",
        "garantizado", "garantido", "garantito", "gegarandeerd", "binnen", "100", "dauerhaft", "permanentemente", "permanent", "complètement",
        "completamente", "komplett", "volledig", "totalement", "totalmente", "radicalement", "instantanément", "sofort", "inmediatamente",
        "cáncer", "cancer", "krebs", "kanker", "cancro", "câncer", "diabetes", "diabète", "dengue", "covid", "vih", "hiv", "sida", "aids",
        "arthrose", "artrosis", "artrose", "alzheimer", "asthme", "asma", "migräne", "migraine", "hypertension", "hipertensión", "bluthochdruck",
    ]
    static let foreignSceptic: WordTable = ["nein", "falsch", "behauptet", "behaupten", "wirbt", "werben", "angeblich", "mythos", "niet", "helaas",
                                              "flyer", "fabel", "onzin", "faux", "fausse", "prétend", "prétendent", "mythe", "falso", "falsa", "mito",
                                              "afirma", "dicen", "dizem", "bulo", "sign", "heilpraktiker", "influencer", "influencerin", "werbung",
                                              "waar", "wahr", "vrai", "verdad", "verdade", "nichts", "rien", "nada", "niets"]
    static let foreignNegations: WordTable = ["ne", "pas", "nicht", "kein", "keine", "keinen", "niet", "geen", "no", "não", "nao", "non", "ni", "jamais", "nunca", "nie"]
    static let guaranteeWords: WordTable = ["garantiert", "garanti", "garantie", "garantizado", "garantizada", "garantido", "garantida", "garantito", "gegarandeerd"]

    static func foreignClaims(_ t: LintText, _ add: Add) {
        let message = "a promise of a cure or guaranteed result is an unverified claim: say what the evidence shows, and for whom"
        var i = 0
        while i < t.tokens.count {
            defer { i += 1 }
            guard t.kind(i) == .word, t.isWord(i, foreignOutcomeVerbs) || t.isWord(i, guaranteeWords) else { continue }
            let s = t.sentenceStart(i), e = t.sentenceEnd(i)
            // Negated or asked: "ne guérit pas", "heilen keine Erkältung", "¿Cura…?".
            if ContentRules.span(max(s, i - 2), min(e, i + 3)).contains(where: { t.isWord($0, foreignNegations) }) { continue }
            if (s..<e).contains(where: { t.word($0) == "?" || t.word($0) == "¿" }) { continue }
            // Quoted, or told sceptically ("„Vitamin D heilt Krebs" – nein", "behauptet", "staat op een flyer").
            if claimIsReported(t, i, min(e - 1, i + 6)) || (s..<min(t.tokens.count, t.sentenceEnd(e) + 1)).contains(where: { t.isWord($0, foreignSceptic) })
                || (max(s, i - 8)..<i).contains(where: { t.isWord($0, ["„", "«", "‹", "\u{201E}"]) }) { continue }
            // What vaccines and screening do is established, not a claim ("La vacuna protege contra el cáncer de cuello uterino").
            if (s..<i).contains(where: { t.isWord($0, establishedSubjects) || t.isWord($0, ["vacuna", "vacunas", "vaccin", "vaccins", "impfung", "impfstoff", "vacina", "vacinas", "vaccino", "vaccini", "vaccinatie", "prik", "dépistage", "screening", "cribado", "rastreio", "vorsorge", "préservatif", "kondom", "condón", "preservativo"]) }) { continue }
            var end: Int?
            if t.isWord(i, guaranteeWords) {
                end = ContentRules.span(i + 1, min(e, i + 6)).last(where: { t.kind($0) == .word }) ?? i
            } else if let m = ContentRules.span(i + 1, min(e, i + 8)).first(where: { t.isWord($0, foreignAbsolute) }) {
                end = m
                // "für immer", "en 3 jours", "100 %": the marker's words.
                if t.kind(m + 1) == .word, t.isWord(m, ["sin", "sans", "sem", "ohne", "zonder", "senza", "binnen", "toutes", "todas", "alle", "jede", "cualquier", "qualquer", "elke"]) { end = m + 1 }
                if t.kind(m) == .number, t.word(m + 1) == "%" { end = m + 1 }
            }
            guard let last = end else { continue }
            add("claim.unverified", .error, message, t.tokens[i].start, t.tokens[last].end)
            i = last
        }
    }
}
