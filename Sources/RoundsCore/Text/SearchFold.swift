import Foundation

extension String {
    /// The text as search compares it: no case, no accents ("Zoë" finds "zoe").
    public var searchFolded: String { folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
}
