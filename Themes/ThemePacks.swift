// The theme packs in this folder, embedded in the binary so that `rounds` works from any
// working directory and after being copied elsewhere. User packs are read at run time from
// $XDG_CONFIG_HOME/rounds/themes/.

/// The bytes of each shipped theme pack, by file name.
public enum ShippedThemePacks {
    public static let files: [(name: String, bytes: [UInt8])] = [
        ("default.json", PackageResources.default_json),
        ("specialist.json", PackageResources.specialist_json),
        ("light.json", PackageResources.light_json),
    ]
}

/// The bytes of the shipped health observances (`observances.json`). User files are read at
/// run time from $XDG_CONFIG_HOME/rounds/observances/.
public enum ShippedObservances {
    public static let file: (name: String, bytes: [UInt8]) = ("observances.json", PackageResources.observances_json)
}
