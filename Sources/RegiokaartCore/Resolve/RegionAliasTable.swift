import Foundation

/// The steward's region alias table (`Input/corrections/region-aliases.csv`: `mention,region_id,note`).
///
/// A row matches a mention whose text — as listed with its sector tag, or without it — folds to the
/// same letters as the row's `mention`. Whether `region_id` exists is checked against the built
/// dataset (`ResolveRegionMentions` reports `mention.alias_unknown_region`, an error); the file's shape
/// is checked here (an `InputError` naming file and line).
struct RegionAliasTable: Sendable {
    /// The file's columns.
    static let columns = ["mention", "region_id", "note"]

    let aliases: [RegionAlias]
    let byFolded: [String: RegionAlias]

    init(_ aliases: [RegionAlias]) {
        self.aliases = aliases
        byFolded = Dictionary(aliases.map { (NameFolding.fold($0.mention), $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Reads the table at `path`; an absent file is an empty table when `optional`.
    static func load(path: String, optional: Bool) throws(InputError) -> RegionAliasTable {
        if optional && !FileManager.default.fileExists(atPath: path) { return RegionAliasTable([]) }
        let table = try CSVTable(path: path, displayName: path, columns: columns)
        var aliases: [RegionAlias] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let mention = try row.value("mention")
            let folded = NameFolding.fold(mention)
            if let first = seen[folded] {
                throw InputError(.malformed, file: path, line: row.location.line,
                                 "repeats the mention \"\(mention)\" of line \(first)")
            }
            seen[folded] = row.location.line
            aliases.append(RegionAlias(mention: mention, regionID: try row.value("region_id"),
                                       note: try row.value("note", required: false), location: row.location))
        }
        return RegionAliasTable(aliases)
    }

    /// The row for `mention`: its full text first, then its name without sector tag.
    func alias(for mention: RegionMention) -> RegionAlias? {
        byFolded[NameFolding.fold(mention.asListed)] ?? byFolded[NameFolding.fold(mention.name)]
    }
}
