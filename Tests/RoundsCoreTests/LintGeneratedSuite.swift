import Foundation
import RoundsCore

/// A generated, labelled suite: each recogniser's grammar of surface forms set into carrier
/// sentences, positives in a patient's context and near misses (the same forms in public or
/// practice contexts, populations, general guidance). Deterministic: the same cases every run.
enum LintGeneratedSuite {
    struct Case {
        var text: String
        /// The rule under test.
        var rule: String
        /// The excerpt the rule must find; "" for a near miss, where the rule must find nothing.
        var excerpt: String
        var positive: Bool { !excerpt.isEmpty }
    }

    static func fill(_ carrier: String, _ x: String, rule: String, positive: Bool = true) -> Case {
        Case(text: carrier.replacingOccurrences(of: "{X}", with: x), rule: rule, excerpt: positive ? x : "")
    }

    static let months = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static func ordinal(_ d: Int) -> String { "\(d)" + (d % 10 == 1 && d != 11 ? "st" : d % 10 == 2 && d != 12 ? "nd" : d % 10 == 3 && d != 13 ? "rd" : "th") }
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static var dates: [Case] {
        var forms: [String] = []
        for (k, m) in months.enumerated() {
            let mm = k + 1 + (k >= 4 ? 1 : 0)  // May left out (a word)
            for d in [3, 9, 14, 22, 28] {
                let y = 2019 + (d + k) % 8
                forms += ["\(d)/\(mm)/\(y)", "\(two(mm))/\(two(d))/\(y)", "\(two(d)).\(two(mm)).\(y)", "\(y)-\(two(mm))-\(two(d))", "\(y)/\(two(mm))/\(two(d))",
                          "\(d) \(m) \(y)", "\(m) \(d), \(y)", "the \(ordinal(d)) of \(m)", "\(weekdays[(d + k) % 7]) \(d) \(m)", "\(m) \(ordinal(d))"]
            }
        }
        let positive = ["She was admitted on {X}.", "He was discharged on {X} after a week on the ward.", "My patient had her surgery on {X}.",
                        "Her baby was born on {X}, three weeks early.", "He was first seen on {X} with chest pain."]
        let negative = ["Our clinic closes on {X} for the holiday.", "The FDA approved the vaccine on {X}.", "The new guideline was published on {X}.",
                        "Registrations for the charity run close on {X}.", "World Kidney Day is on {X} this year."]
        var out: [Case] = []
        for (n, f) in forms.enumerated() {
            out.append(fill(positive[n % positive.count], f, rule: "phi.date"))
            out.append(fill(positive[(n + 2) % positive.count], f, rule: "phi.date"))
            out.append(fill(negative[n % negative.count], f, rule: "phi.date", positive: false))
            out.append(fill(negative[(n + 3) % negative.count], f, rule: "phi.date", positive: false))
        }
        // Near misses of the numeric shape: fractions, readings, ratios, years, times.
        for (a, b) in [(3, 4), (1, 3), (2, 3), (1, 5), (5, 7)] {
            out.append(Case(text: "About \(a)/\(b) of adults skip breakfast.", rule: "phi.date", excerpt: ""))
        }
        for (s, d) in [(120, 80), (135, 85), (140, 90), (118, 76)] { out.append(Case(text: "A reading of \(s)/\(d) mmHg is common.", rule: "phi.date", excerpt: "")) }
        for y in 2015...2026 { out.append(Case(text: "In \(y) our clinic saw more patients than ever.", rule: "phi.date", excerpt: "")) }
        return out
    }

    static let numberWordsTens = ["ninety", "a hundred", "one hundred"]
    static func ageWords(_ n: Int) -> String {
        let units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        if n < 100 { return n % 10 == 0 ? "ninety" : "ninety-" + units[n % 10] }
        return n == 100 ? "a hundred" : "a hundred and " + units[n - 100]
    }

    static var ages: [Case] {
        var out: [Case] = []
        for n in 90...109 {
            let w = ageWords(n)
            out.append(fill("Our {X} patient is home again.", "\(n)-year-old", rule: "phi.age"))
            out.append(fill("A {X} woman came in after a fall.", "\(n) year old", rule: "phi.age"))
            if n < 100 { out.append(fill("Our {X} patient is home again.", "\(w)-year-old", rule: "phi.age")) }
            out.append(fill("She is {X} and still gardens.", "aged \(n)", rule: "phi.age"))
            out.append(fill("My patient is {X} and plays the piano.", "\(n) years old", rule: "phi.age"))
            out.append(Case(text: "Mr. Hart, \(n), still walks every morning.", rule: "phi.age", excerpt: "\(n)"))
            out.append(Case(text: "At \(n), she still drives to the shops.", rule: "phi.age", excerpt: "At \(n)"))
            out.append(Case(text: "She turned \(w) last week.", rule: "phi.age", excerpt: "turned \(w)"))
            out.append(Case(text: "He is now \(w), and sharp as ever.", rule: "phi.age", excerpt: "now \(w)"))
            // Near misses: populations, things, measurements.
            out.append(Case(text: "Adults over \(n) years old need a yearly review.", rule: "phi.age", excerpt: ""))
            out.append(Case(text: "The \(n)-year-old guideline was finally rewritten.", rule: "phi.age", excerpt: ""))
            out.append(Case(text: "Her oxygen saturation was at \(n)% on arrival.", rule: "phi.age", excerpt: ""))
            out.append(Case(text: "People aged \(n) and over are offered a home visit.", rule: "phi.age", excerpt: ""))
        }
        for n in stride(from: 20, through: 89, by: 3) {
            out.append(Case(text: "A \(n)-year-old man came in with back pain.", rule: "phi.age", excerpt: ""))
            out.append(Case(text: "She is aged \(n) and runs every day.", rule: "phi.age", excerpt: ""))
            out.append(Case(text: "Mr. Hart, \(n), still walks every morning.", rule: "phi.age", excerpt: ""))
        }
        return out
    }

    static var phones: [Case] {
        var numbers: [String] = []
        for k in 0..<12 {
            let dd = two(10 + k * 7 % 90)
            numbers += ["(617) 555-01\(dd)", "617-555-01\(dd)", "617.555.01\(dd)", "+1 617 555 01\(dd)", "07700 900\(dd)1", "+44 7700 900\(dd)1",
                        "020 7946 0\(dd)1", "+353 87 123 4\(dd)1", "+61 412 345 6\(dd)", "+91 98765 432\(dd)", "+49 30 1234 56\(dd)", "06 12 34 56 \(dd)"]
        }
        let positive = ["Her daughter's number is {X}.", "Call his wife on {X} with the results.", "The patient's son left {X} for updates."]
        var out: [Case] = []
        for (n, x) in numbers.enumerated() {
            out.append(fill(positive[n % positive.count], x, rule: "phi.phone"))
        }
        for x in ["911", "999", "112", "988", "000", "111", "116 123"] {
            out.append(Case(text: "In an emergency call \(x) straight away.", rule: "phi.phone", excerpt: ""))
        }
        return out
    }

    static let givenNames = ["Maria", "Ahmed", "Sean", "Grace", "Nkechi", "Anika", "Mateo", "Camille", "Jonas", "Freya", "Tomasz", "Meera", "Linda", "Jane", "José", "Siobhán", "Kai", "Oluwaseun", "Aiko", "Gráinne", "Priya", "Mohammed", "Ingrid", "Lukas",
                             "Chloé", "Wei", "Fatima", "Declan", "Ngozi", "Arjun", "Giulia", "Thabo", "Aoife", "Björn", "Hannah", "Emily",
                             "Raj", "Sofia", "Liam", "Zara", "Mei", "Omar", "Elena", "Kofi", "Yuki", "Aisha", "Pádraig", "Niamh"]
    static let surnames = ["Kowalski", "Nowak-Kowalska", "García", "Ní Bhriain", "O'Sullivan", "Okafor", "Patel", "Schmidt", "Dubois", "Nakamura",
                           "Singh", "Byrne", "Rossi", "Lindqvist", "Chen", "Murphy", "Müller", "Martin", "Khan", "Walsh"]

    static var names: [Case] {
        var out: [Case] = []
        for (k, g) in givenNames.enumerated() {
          for j in 0..<3 {
            let s = surnames[(k + j * 7) % surnames.count]
            out.append(fill("My patient {X} came in with a cough.", "\(g) \(s)", rule: "phi.name"))
            out.append(fill("When {X} arrived at the clinic she could barely walk.", g, rule: "phi.name"))
            out.append(Case(text: "Her mom \(g) stayed with her all night.", rule: "phi.name", excerpt: g))
            out.append(Case(text: "Thank you to Mrs. \(s) for sharing her recovery.", rule: "phi.name", excerpt: "Mrs. \(s)"))
            out.append(Case(text: "My patient Mr. \(s) was discharged today.", rule: "phi.name", excerpt: "Mr. \(s)"))
            // Near misses: staff by role, colleagues.
            out.append(Case(text: "Our receptionist \(g) will greet you at the door.", rule: "phi.name", excerpt: ""))
            out.append(Case(text: "Welcome to Dr. \(s), who joins our team this month.", rule: "phi.name", excerpt: ""))
            out.append(Case(text: "Mrs. \(s) from reception will take you to the room.", rule: "phi.name", excerpt: ""))
            out.append(Case(text: "Meet \(g), our practice nurse, who runs the asthma clinic.", rule: "phi.name", excerpt: ""))
          }
        }
        return out
    }

    static let drugs = ["ibuprofen", "paracetamol", "amlodipine", "metformin", "omeprazole", "atorvastatin", "sertraline", "levothyroxine",
                        "naproxen", "lisinopril", "amoxicillin", "prednisolone"]
    static let symptoms = ["a headache", "back pain", "a fever", "heartburn", "a sore throat"]

    static var advice: [Case] {
        var out: [Case] = []
        for (k, d) in drugs.enumerated() {
            for dose in [5, 10, 20, 40, 200, 400, 500, 800] {
                let sym = symptoms[(k + dose) % symptoms.count]
                out.append(Case(text: "Take \(dose) mg of \(d) twice a day.", rule: "advice.individual", excerpt: "Take \(dose) mg"))
                out.append(Case(text: "If you have \(sym), take \(dose) mg of \(d).", rule: "advice.individual", excerpt: "take \(dose) mg"))
                out.append(Case(text: "I recommend you take \(dose) mg of \(d) every morning.", rule: "advice.individual", excerpt: "take \(dose) mg"))
                out.append(Case(text: "The usual adult dose of \(d) is \(dose) mg, but ask your pharmacist.", rule: "advice.individual", excerpt: ""))
                out.append(Case(text: "Talk to your doctor before you take \(dose) mg of \(d).", rule: "advice.individual", excerpt: ""))
                out.append(Case(text: "Take \(dose) mg of \(d)? Only if your doctor prescribed it.", rule: "advice.individual", excerpt: ""))
            }
            out.append(Case(text: "Double your \(d) dose if it isn't working.", rule: "advice.individual", excerpt: "Double your \(d) dose"))
            out.append(Case(text: "Stop taking your \(d) before the trip.", rule: "advice.individual", excerpt: "Stop taking your \(d)"))
            out.append(Case(text: "Never stop \(d) without talking to your doctor.", rule: "advice.individual", excerpt: ""))
        }
        return out
    }

    static let products = ["tea", "supplement", "cream", "detox drink", "gummy", "laser treatment", "IV drip", "oil"]
    static let conditions = ["arthritis", "diabetes", "anxiety", "eczema", "migraines", "insomnia"]

    static var claims: [Case] {
        var out: [Case] = []
        for p in products {
            for c in conditions {
                out.append(Case(text: "This \(p) is a miracle cure for \(c).", rule: "claim.unverified", excerpt: "miracle cure"))
                out.append(Case(text: "Our \(p) is guaranteed to clear your \(c).", rule: "claim.unverified", excerpt: "guaranteed to"))
                out.append(Case(text: "Our \(p) cures \(c) in a week.", rule: "claim.unverified", excerpt: "cures \(c)"))
                out.append(Case(text: "There is no miracle cure for \(c), whatever the ads say.", rule: "claim.unverified", excerpt: ""))
                out.append(Case(text: "Claims that a \(p) cures \(c) are not supported by evidence.", rule: "claim.unverified", excerpt: ""))
                out.append(Case(text: "'Miracle' \(p) products for \(c) are often unregulated.", rule: "claim.unverified", excerpt: ""))
                out.append(Case(text: "Researchers are still looking for a cure for \(c).", rule: "claim.unverified", excerpt: ""))
            }
        }
        return out
    }

    static var records: [Case] {
        var out: [Case] = []
        let contexts = ["MRN", "Chart no.", "Hospital number", "Policy no.", "Case ID", "Serial number", "Medical record number", "Health card"]
        for (k, c) in contexts.enumerated() {
            for n in 0..<8 {
                let id = "\(k + 2)\(n)48\(n + 1)9\(k)3"
                out.append(Case(text: "\(c) \(id) was visible in the photo.", rule: "phi.record-number", excerpt: "\(c) \(id)"))
            }
        }
        for n in [120, 450, 1200, 3412, 10000] { out.append(Case(text: "We ran \(n) tests in 2024 and \(n + 7) in 2025.", rule: "phi.record-number", excerpt: "")) }
        for s in ["123-45-6789", "219-09-9999", "078-05-1120", "512-34-7788"] {
            out.append(Case(text: "His SSN \(s) was on the form by mistake.", rule: "phi.ssn", excerpt: s))
        }
        return out
    }

    static var all: [Case] { dates + ages + phones + names + advice + claims + records }
}
