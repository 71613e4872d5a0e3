import Foundation

/// Loads `ReferenceData` from a folder laid out like `Input/reference/`, and the alias table.
///
/// Every row is checked: a missing column, an empty cell, a duplicate code or a code that points
/// nowhere is an `InputError` naming the file and line.
public enum ReferenceLoader {
    /// File names inside the reference folder.
    static let municipalitiesFile = "gemeenten-2025.csv"
    static let provincesFile = "provinces.csv"
    static let mergersFile = "herindelingen.csv"
    static let centroidsFile = "centroids.csv"
    /// CBS woonplaatsen; optional (a reference folder without it has no places).
    static let placesFile = "woonplaatsen.csv"

    /// Loads the reference folder at `directory` and, if given and present, the alias table at `aliasesPath`.
    public static func load(directory: String, aliasesPath: String? = nil) throws(InputError) -> ReferenceData {
        func path(_ file: String) -> (String, String) {
            ((directory as NSString).appendingPathComponent(file), (directory as NSString).appendingPathComponent(file))
        }
        let (pPath, pName) = path(provincesFile)
        let provinceTable = try CSVTable(path: pPath, displayName: pName, columns: ["code", "name", "aliases"])
        var provinces: [Province] = []
        var provinceCodes = Set<String>()
        for row in provinceTable.rows {
            let code = try row.value("code")
            guard provinceCodes.insert(code).inserted else {
                throw InputError(.malformed, file: pName, line: row.location.line, "repeats the province code \(code)")
            }
            let aliases = try row.value("aliases", required: false).split(separator: "|").map {
                ASCIIFastPath.trimmingWhitespaces(String($0))
            }.filter { !$0.isEmpty }
            provinces.append(Province(code: code, name: try row.value("name"), aliases: aliases))
        }

        let (cPath, cName) = path(centroidsFile)
        let centroidTable = try CSVTable(path: cPath, displayName: cName, columns: ["code", "lat", "lon"])
        let (codeColumn, latColumn, lonColumn) = (centroidTable.column("code"), centroidTable.column("lat"), centroidTable.column("lon"))
        var centroids: [String: (Double, Double)] = [:]
        for row in centroidTable.rows {
            let code = try row.value(codeColumn)
            guard let lat = Double(try row.value(latColumn)), let lon = Double(try row.value(lonColumn)),
                  (-90...90).contains(lat), (-180...180).contains(lon) else {
                throw InputError(.malformed, file: cName, line: row.location.line, "has a coordinate that is not a number in range")
            }
            guard centroids.updateValue((lat, lon), forKey: code) == nil else {
                throw InputError(.malformed, file: cName, line: row.location.line, "repeats the code \(code)")
            }
        }

        let (mPath, mName) = path(municipalitiesFile)
        let municipalityTable = try CSVTable(path: mPath, displayName: mName,
                                             columns: ["code", "name", "province", "province_code"])
        var municipalities: [Municipality] = []
        // Each code's name: the places' check needs it, and it is the set of codes too.
        var nameByCode: [String: String] = [:]
        var names = Set<String>()
        let municipalityCode = municipalityTable.column("code"), municipalityName = municipalityTable.column("name")
        let provinceCodeColumn = municipalityTable.column("province_code"), provinceColumn = municipalityTable.column("province")
        for row in municipalityTable.rows {
            let code = try row.value(municipalityCode)
            let name = try row.value(municipalityName)
            let provinceCode = try row.value(provinceCodeColumn)
            guard isMunicipalityCode(code) else {
                throw InputError(.malformed, file: mName, line: row.location.line, "has '\(code)', which is not a code like GM0363")
            }
            guard nameByCode.updateValue(name, forKey: code) == nil else {
                throw InputError(.malformed, file: mName, line: row.location.line, "repeats the code \(code)")
            }
            guard names.insert(name).inserted else {
                throw InputError(.malformed, file: mName, line: row.location.line, "repeats the name \(name)")
            }
            guard provinceCodes.contains(provinceCode) else {
                throw InputError(.malformed, file: mName, line: row.location.line,
                                 "names province code \(provinceCode), which \(pName) does not have")
            }
            let centroid = centroids[code]
            municipalities.append(Municipality(code: code, name: name, provinceCode: provinceCode,
                                               provinceName: try row.value(provinceColumn),
                                               latitude: centroid?.0, longitude: centroid?.1))
        }
        if municipalities.isEmpty {
            throw InputError(.malformed, file: mName, "lists no municipalities")
        }

        let (hPath, hName) = path(mergersFile)
        let mergerTable = try CSVTable(path: hPath, displayName: hName,
                                       columns: ["date", "old_name", "old_code", "new_name", "new_code"])
        var mergers: [Merger] = []
        for row in mergerTable.rows {
            let merger = Merger(date: try row.value("date"), oldName: try row.value("old_name"),
                                oldCode: try row.value("old_code"), newName: try row.value("new_name"),
                                newCode: try row.value("new_code"))
            guard nameByCode[merger.newCode] != nil else {
                throw InputError(.malformed, file: hName, line: row.location.line,
                                 "names successor \(merger.newCode), which \(mName) does not have")
            }
            mergers.append(merger)
        }

        let (wPath, wName) = path(placesFile)
        let places = try loadPlaces(path: wPath, displayName: wName, municipalities: nameByCode, municipalitiesFile: mName)

        var aliases: [MunicipalityAlias] = []
        if let aliasesPath, FileManager.default.fileExists(atPath: aliasesPath) {
            aliases = try loadAliases(path: aliasesPath, codes: nameByCode, municipalitiesFile: mName)
        }
        return ReferenceData(municipalities: municipalities, provinces: provinces, mergers: mergers, aliases: aliases,
                             places: places)
    }

    /// Reads the steward's alias table: `name,code,note` and an optional `region_id` (a row with one
    /// applies to that card only). A code the municipality list lacks, or a name repeated for the same
    /// card (or for every card), is an `InputError` naming the line. Whether a `region_id` exists is
    /// checked against the built dataset (`MatchMunicipalities`, `municipality.alias_unknown_region`).
    /// `codes`: the municipality list's codes, to their names.
    static func loadAliases(path: String, codes: [String: String], municipalitiesFile: String) throws(InputError) -> [MunicipalityAlias] {
        let table = try CSVTable(path: path, displayName: path, columns: ["name", "code", "note"])
        var aliases: [MunicipalityAlias] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let code = try row.value("code")
            guard codes[code] != nil else {
                throw InputError(.malformed, file: path, line: row.location.line,
                                 "points at \(code), which \(municipalitiesFile) does not have")
            }
            let name = try row.value("name")
            let region = try row.value("region_id", required: false)
            let key = NameFolding.fold(name) + "\u{1}" + region
            if let first = seen[key] {
                throw InputError(.malformed, file: path, line: row.location.line,
                                 "repeats the name \"\(name)\"\(region.isEmpty ? "" : " for \(region)") of line \(first)")
            }
            seen[key] = row.location.line
            aliases.append(MunicipalityAlias(name: name, code: code, note: try row.value("note", required: false),
                                             location: row.location, regionID: region.isEmpty ? nil : region))
        }
        return aliases
    }

    /// Reads the CBS woonplaatsen table when it exists. Its `Gemeentecode` is four digits without `GM`;
    /// every code must be in the municipality list and every `Gemeente` must be that code's name
    /// (a table of another year would otherwise place names in the wrong municipality).
    static func loadPlaces(path: String, displayName: String, municipalities: [String: String],
                           municipalitiesFile: String) throws(InputError) -> [Place] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let table = try CSVTable(path: path, displayName: displayName,
                                 columns: ["Woonplaatscode", "Woonplaats", "Gemeentecode", "Gemeente"])
        let codeColumn = table.column("Woonplaatscode"), nameColumn = table.column("Woonplaats")
        let municipalityCodeColumn = table.column("Gemeentecode"), municipalityColumn = table.column("Gemeente")
        let rows = table.rows
        var places: [Place] = []
        places.reserveCapacity(rows.count)
        var seen = PlaceCodeSet()
        // The rows come grouped by municipality: a row of the previous row's municipality reuses its
        // code and name, compared on the bytes, instead of making and looking up the code again.
        var previous: (digits: String, code: String, name: String)?
        // The last row whose municipality was checked: a row whose municipality cells are written as
        // its are checked already (the same bytes read the same), which most rows are.
        var checked: CSVRecords.Record?
        for row in rows {
            let code = try row.value(codeColumn)
            let municipality: (digits: String, code: String, name: String)
            if let previous, let checked, row.cell(municipalityCodeColumn, isWrittenAsIn: checked),
               row.cell(municipalityColumn, isWrittenAsIn: checked) {
                municipality = previous
            } else {
                if let previous, row.value(municipalityCodeColumn, is: previous.digits) {
                    municipality = previous
                } else {
                    let digits = try row.value(municipalityCodeColumn)
                    let municipalityCode = "GM" + digits
                    guard let name = municipalities[municipalityCode] else {
                        throw InputError(.malformed, file: displayName, line: row.record.line,
                                         "names municipality \(municipalityCode), which \(municipalitiesFile) does not have")
                    }
                    municipality = (digits, municipalityCode, name)
                    previous = municipality
                }
                let (municipalityCode, name) = (municipality.code, municipality.name)
                guard row.value(municipalityColumn, is: name) else {
                    let listedName = try row.value(municipalityColumn)
                    throw InputError(.malformed, file: displayName, line: row.record.line,
                                     "calls \(municipalityCode) '\(listedName)', where \(municipalitiesFile) has '\(name)'")
                }
                checked = row.record
            }
            guard seen.insert(code) else {
                throw InputError(.malformed, file: displayName, line: row.record.line, "repeats the place code \(code)")
            }
            places.append(Place(code: code, name: try row.value(nameColumn), municipalityCode: municipality.code))
        }
        return places
    }

    /// True for codes of the form `GM` followed by four digits.
    static func isMunicipalityCode(_ code: String) -> Bool {
        // On the bytes: `GM` and four ASCII digits are six bytes, and no other text is. On the
        // contiguous bytes: the `utf8` view's generic `dropFirst`/`allSatisfy` cost ~570 instructions a code.
        var code = code
        return code.withUTF8 { b in
            b.count == 6 && b[0] == UInt8(ascii: "G") && b[1] == UInt8(ascii: "M")
                && b[2...].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }
}
