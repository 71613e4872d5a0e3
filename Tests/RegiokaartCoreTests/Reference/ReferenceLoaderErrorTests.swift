import Foundation
import Testing
@testable import RegiokaartCore

/// Every check of `ReferenceLoader` on a copy of `Input/reference` with one file changed: the
/// exact message (file and line), and the same reference data when only the CSV's form changes.
@Suite struct ReferenceLoaderErrorTests {
    /// A copy of the vendored reference folder with `file`'s text replaced by `edit` of it.
    func folder(_ file: String, _ edit: (String) -> String) throws -> URL {
        let folder = try TestSupport.temporaryFolder("reference").appendingPathComponent("reference")
        try FileManager.default.copyItem(at: Fixture.root.appendingPathComponent(BuildConfiguration.defaultReference), to: folder)
        let url = folder.appendingPathComponent(file)
        try Data(edit(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        return folder
    }

    /// `folder`'s lines (split at LF) changed by `edit`.
    func folder(_ file: String, lines edit: @escaping (inout [String]) -> Void) throws -> URL {
        try folder(file) { text in
            var lines = text.components(separatedBy: "\n")
            edit(&lines)
            return lines.joined(separator: "\n")
        }
    }

    /// The error of loading `folder` (with the steward's aliases at `aliases`, if given), its
    /// folder path left off; nil when it loads.
    func failure(_ folder: URL, aliases: String? = nil) -> String? {
        do {
            _ = try ReferenceLoader.load(directory: folder.path, aliasesPath: aliases)
            return nil
        } catch {
            return error.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
    }

    @Test(arguments: [
        // woonplaatsen.csv: line 1 is the header, line 2 the first place (1000, Hoogerheide, 0873 Woensdrecht).
        (2, "1000,Hoogerheide,0873,Woensdrecht,", "woonplaatsen.csv:2: has 5 fields where the header has 6"),
        (2, ",Hoogerheide,0873,Woensdrecht,33,West-Noord-Brabant", "woonplaatsen.csv:2: column 'Woonplaatscode' is empty"),
        (2, " \t ,Hoogerheide,0873,Woensdrecht,33,West-Noord-Brabant", "woonplaatsen.csv:2: column 'Woonplaatscode' is empty"),
        (2, "1000,,0873,Woensdrecht,33,West-Noord-Brabant", "woonplaatsen.csv:2: column 'Woonplaats' is empty"),
        (2, "1000,Hoogerheide,,Woensdrecht,33,West-Noord-Brabant", "woonplaatsen.csv:2: column 'Gemeentecode' is empty"),
        (2, "1000,Hoogerheide,0873,,33,West-Noord-Brabant", "woonplaatsen.csv:2: column 'Gemeente' is empty"),
        (2, "1000,Hoogerheide,9999,Woensdrecht,33,West-Noord-Brabant",
         "woonplaatsen.csv:2: names municipality GM9999, which gemeenten-2025.csv does not have"),
        (2, "1000,Hoogerheide,0873,Bergen (L.),33,West-Noord-Brabant",
         "woonplaatsen.csv:2: calls GM0873 'Bergen (L.)', where gemeenten-2025.csv has 'Woensdrecht'"),
        (3, "1000,Huijbergen,0873,Woensdrecht,33,West-Noord-Brabant", "woonplaatsen.csv:3: repeats the place code 1000"),
        (3, "1000,Hoogerheide,0873,Woensdrecht,33,West-Noord-Brabant", "woonplaatsen.csv:3: repeats the place code 1000"),
        (2502, "\"9999,Nergens,0873,Woensdrecht,33,West-Noord-Brabant", "woonplaatsen.csv:2502: is not valid CSV: a quoted field is never closed"),
        // The quote opened on line 3 closes at the first quote of line 1084 ("Nuenen, Gerwen en Nederwetten").
        (3, "\"1001,Huijbergen,0873,Woensdrecht,33,West-Noord-Brabant", "woonplaatsen.csv:1084: is not valid CSV: text follows a closing quote"),
        (3, "\"1001\"x,Huijbergen,0873,Woensdrecht,33,West-Noord-Brabant", "woonplaatsen.csv:3: is not valid CSV: text follows a closing quote"),
    ] as [(Int, String, String)])
    func aBadPlaceRowIsNamed(_ line: Int, _ row: String, _ message: String) throws {
        #expect(failure(try folder("woonplaatsen.csv", lines: { $0[line - 1] = row })) == message)
    }

    /// A row of the previous row's municipality (read from the previous row) is checked as any other.
    @Test(arguments: [
        (3, "1001,Huijbergen,0873,Woensdrec,33,West-Noord-Brabant",
         "woonplaatsen.csv:3: calls GM0873 'Woensdrec', where gemeenten-2025.csv has 'Woensdrecht'"),
        (3, "1001,Huijbergen,0873,,33,West-Noord-Brabant", "woonplaatsen.csv:3: column 'Gemeente' is empty"),
        (3, "1001,Huijbergen,0873, Woensdrecht x,33,West-Noord-Brabant",
         "woonplaatsen.csv:3: calls GM0873 'Woensdrecht x', where gemeenten-2025.csv has 'Woensdrecht'"),
        (3, "1001,Huijbergen,0874,Woensdrecht,33,West-Noord-Brabant",
         "woonplaatsen.csv:3: names municipality GM0874, which gemeenten-2025.csv does not have"),
        (3, "1001,Huijbergen,08733,Woensdrecht,33,West-Noord-Brabant",
         "woonplaatsen.csv:3: names municipality GM08733, which gemeenten-2025.csv does not have"),
        (3, "1001,Huijbergen,087,Woensdrecht,33,West-Noord-Brabant",
         "woonplaatsen.csv:3: names municipality GM087, which gemeenten-2025.csv does not have"),
        (3, "1001,Huijbergen,\"0873\",\" Woensdrecht\t\",33,West-Noord-Brabant", nil),
        (3, "1001,Huijbergen, 0873\t,Woensdrecht,33,West-Noord-Brabant", nil),
        // The name in decomposed form (e + combining accent) is the same name.
        (923, "1966,Koudum,1900,Su\u{301}dwest-Frysla\u{302}n,05,Zuidwest-Friesland", nil),
        (923, "1966,Koudum,1900,Súdwest-Fryslan,05,Zuidwest-Friesland",
         "woonplaatsen.csv:923: calls GM1900 'Súdwest-Fryslan', where gemeenten-2025.csv has 'Súdwest-Fryslân'"),
    ] as [(Int, String, String?)])
    func aRowOfThePreviousMunicipalityIsChecked(_ line: Int, _ row: String, _ message: String?) throws {
        #expect(failure(try folder("woonplaatsen.csv", lines: { $0[line - 1] = row })) == message)
    }

    /// A row whose municipality cells are the bytes of the last checked row's is taken as checked;
    /// any other writing of them is checked again, also right after a row in another form.
    @Test(arguments: [
        ([3: "1001,Huijbergen,\"0873\",\"Woensdrecht\",33,West-Noord-Brabant",
          4: "1002,Ossendrecht,\"0873\",\"Woensdrec\",33,West-Noord-Brabant"],
         "woonplaatsen.csv:4: calls GM0873 'Woensdrec', where gemeenten-2025.csv has 'Woensdrecht'"),
        ([3: "1001,Huijbergen,\"0873\",\"Woensdrecht\",33,West-Noord-Brabant",
          4: "1002,Ossendrecht,\"0874\",\"Woensdrecht\",33,West-Noord-Brabant"],
         "woonplaatsen.csv:4: names municipality GM0874, which gemeenten-2025.csv does not have"),
        ([3: "1001,Huijbergen,0873 ,Woensdrecht,33,West-Noord-Brabant",
          4: "1002,Ossendrecht,0873 ,Woensdrecht ,33,West-Noord-Brabant",
          5: "1003,Putte,0873 ,Woensdrecht ,33,West-Noord-Brabant"], nil),
        ([3: "1001,Huijbergen,0873,\"Woensdrecht\"\"\",33,West-Noord-Brabant",
          4: "1002,Ossendrecht,0873,\"Woensdrecht\"\"\",33,West-Noord-Brabant"],
         "woonplaatsen.csv:3: calls GM0873 'Woensdrecht\"', where gemeenten-2025.csv has 'Woensdrecht'"),
    ] as [([Int: String], String?)])
    func aRowWrittenAsTheCheckedOneIsTheOnlyOneNotCheckedAgain(_ rows: [Int: String], _ message: String?) throws {
        let folder = try folder("woonplaatsen.csv", lines: { lines in for (line, row) in rows { lines[line - 1] = row } })
        #expect(failure(folder) == message)
        if message == nil {
            #expect(try ReferenceLoader.load(directory: folder.path).places == Fixture.reference.places)
        }
    }

    /// Place codes repeat only as the same text: `0873` and `873` are two codes, ` 1000` is `1000`.
    @Test(arguments: [
        ([3: "01000,Huijbergen,0873,Woensdrecht,33,West-Noord-Brabant"], nil),
        ([3: "100,Huijbergen,0873,Woensdrecht,33,West-Noord-Brabant", 4: "0100,Ossendrecht,0873,Woensdrecht,33,West-Noord-Brabant"], nil),
        ([3: " 1000 ,Huijbergen,0873,Woensdrecht,33,West-Noord-Brabant"], "woonplaatsen.csv:3: repeats the place code 1000"),
        ([3: "A1,Huijbergen,0873,Woensdrecht,33,West-Noord-Brabant", 5: "A1,Putte,0873,Woensdrecht,33,West-Noord-Brabant"],
         "woonplaatsen.csv:5: repeats the place code A1"),
        ([3: "\u{660}\u{669}\u{669}\u{669},Huijbergen,0873,Woensdrecht,33,West-Noord-Brabant",
          4: "0999,Ossendrecht,0873,Woensdrecht,33,West-Noord-Brabant"], nil),
    ] as [([Int: String], String?)])
    func aPlaceCodeRepeatsOnlyAsTheSameText(_ rows: [Int: String], _ message: String?) throws {
        let folder = try folder("woonplaatsen.csv", lines: { lines in for (line, row) in rows { lines[line - 1] = row } })
        #expect(failure(folder) == message)
    }

    @Test func aPlaceCodeSetAgreesWithASetOfStrings() {
        var codes = ["0873", "873", "00873", "1000", "9999", "0000", "000", "00000", "A1", "", " 1000", "1000 ",
                     "\u{661}\u{662}\u{663}\u{664}", "12\u{301}34", "123a", "+123", "-123", "12 4"]
        codes += (0..<3000).map { String(($0 * 7919) % 12000) } + (0..<200).map { String(format: "%04d", $0 * 37 % 10_000) }
        var set = PlaceCodeSet(), reference = Set<String>()
        for code in codes {
            #expect(set.insert(code) == reference.insert(code).inserted, "\(code.debugDescription)")
        }
        #expect(PlaceCodeSet.fourDigitValue("0873") == 873)
        #expect(PlaceCodeSet.fourDigitValue("873") == nil)
        #expect(PlaceCodeSet.fourDigitValue("\u{661}\u{662}\u{663}\u{664}") == nil)
    }

    @Test func aMunicipalityCodeIsGMAndFourASCIIDigits() {
        for code in ["GM0363", "GM0000", "GM9999"] { #expect(ReferenceLoader.isMunicipalityCode(code), "\(code)") }
        for code in ["GM036", "GM03631", "gm0363", "GM036a", "GM\u{663}\u{663}\u{663}\u{663}", "GM0363 ", " GM0363", "PV0363",
                     "GM\u{FF10}363", "GM036\u{301}", "G0363", ""] {
            #expect(!ReferenceLoader.isMunicipalityCode(code), "\(code.debugDescription)")
        }
    }

    @Test func aPlaceTableWithoutAColumnIsNamed() throws {
        let folder = try folder("woonplaatsen.csv", lines: { $0[0] = "Woonplaatscode,Woonplaats,Gemeentecode,Gem,COROP-gebiedcode,COROP-gebied" })
        #expect(failure(folder) == "woonplaatsen.csv:1: lacks the column 'Gemeente' "
            + "(header: Woonplaatscode,Woonplaats,Gemeentecode,Gem,COROP-gebiedcode,COROP-gebied)")
    }

    @Test(arguments: [
        ("gemeenten-2025.csv", 2, "GM14,Groningen,Groningen,PV20", "gemeenten-2025.csv:2: has 'GM14', which is not a code like GM0363"),
        ("gemeenten-2025.csv", 2, "GM0014,,Groningen,PV20", "gemeenten-2025.csv:2: column 'name' is empty"),
        ("gemeenten-2025.csv", 2, "GM0014,Groningen,,PV20", "gemeenten-2025.csv:2: column 'province' is empty"),
        ("gemeenten-2025.csv", 3, "GM0014,Almere,Flevoland,PV24", "gemeenten-2025.csv:3: repeats the code GM0014"),
        ("gemeenten-2025.csv", 3, "GM0034,Groningen,Flevoland,PV24", "gemeenten-2025.csv:3: repeats the name Groningen"),
        ("gemeenten-2025.csv", 3, "GM0034,Almere,Flevoland,PV99",
         "gemeenten-2025.csv:3: names province code PV99, which provinces.csv does not have"),
        ("provinces.csv", 3, "PV20,Fryslân,Friesland", "provinces.csv:3: repeats the province code PV20"),
        ("provinces.csv", 3, "PV21,,Friesland", "provinces.csv:3: column 'name' is empty"),
        ("centroids.csv", 2, "GM0014,53.2180,east", "centroids.csv:2: has a coordinate that is not a number in range"),
        ("centroids.csv", 2, "GM0014,93.2180,6.6204", "centroids.csv:2: has a coordinate that is not a number in range"),
        ("centroids.csv", 3, "GM0014,52.3671,5.2464", "centroids.csv:3: repeats the code GM0014"),
        ("herindelingen.csv", 2, "2013-01-01,Dirksland,GM0504,Goeree-Overflakkee,GM9999",
         "herindelingen.csv:2: names successor GM9999, which gemeenten-2025.csv does not have"),
        ("herindelingen.csv", 2, "2013-01-01,,GM0504,Goeree-Overflakkee,GM1924", "herindelingen.csv:2: column 'old_name' is empty"),
    ] as [(String, Int, String, String)])
    func aBadRowIsNamed(_ file: String, _ line: Int, _ row: String, _ message: String) throws {
        #expect(failure(try folder(file, lines: { $0[line - 1] = row })) == message)
    }

    @Test func aBadAliasRowIsNamed() throws {
        let folder = try TestSupport.temporaryFolder("aliases")
        let path = folder.appendingPathComponent("aliases.csv").path
        let reference = Fixture.root.appendingPathComponent(BuildConfiguration.defaultReference)
        func failure(_ text: String) throws -> String? {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return self.failure(reference, aliases: path)?.replacingOccurrences(of: folder.path + "/", with: "")
        }
        #expect(try failure("name,code,note\nDen Haag,GM9999,\n") == "aliases.csv:2: points at GM9999, which gemeenten-2025.csv does not have")
        #expect(try failure("name,code,note\nDen Haag,GM0518,\nden  haag,GM0518,x\n") == "aliases.csv:3: repeats the name \"den  haag\" of line 2")
        #expect(try failure("name,code,note,region_id\nDen Haag,GM0518,,r\nDen Haag,GM0518,,r\n")
            == "aliases.csv:3: repeats the name \"Den Haag\" for r of line 2")
        #expect(try failure("name,code\nDen Haag,GM0518\n") == "aliases.csv:1: lacks the column 'note' (header: name,code)")
    }

    /// The same tables written with a byte-order mark, CRLF line ends, every cell quoted (commas,
    /// quotes and a line break inside the unused columns), padded with blanks and followed by blank
    /// lines: the same reference data, line numbers counted as the file's lines.
    @Test func theFormOfTheCSVDoesNotChangeTheData() throws {
        /// The cells of a vendored line: split at commas outside quotes (the files have no `""`).
        func cells(_ line: Substring) -> [String] {
            var cells = [""], quoted = false
            for c in line {
                if c == "\"" { quoted.toggle() } else if c == ",", !quoted { cells.append("") } else { cells[cells.count - 1].append(c) }
            }
            return cells
        }
        func hostile(_ text: String) -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            let quoted = lines.enumerated().map { number, line in
                cells(line).enumerated().map { column, cell in
                    column == 0 && number > 0 ? " \(cell) " : "\"" + cell + "\""
                }.joined(separator: ",")
            }
            return "\u{FEFF}" + quoted.joined(separator: "\r\n") + "\r\n\r\n"
        }
        let plain = Fixture.reference
        for file in ["woonplaatsen.csv", "gemeenten-2025.csv", "provinces.csv", "centroids.csv", "herindelingen.csv"] {
            let loaded = try ReferenceLoader.load(directory: try folder(file, hostile).path)
            #expect(loaded.municipalities == plain.municipalities, "\(file)")
            #expect(loaded.provinces == plain.provinces, "\(file)")
            #expect(loaded.mergers == plain.mergers, "\(file)")
            #expect(loaded.places == plain.places, "\(file)")
        }
        // Quoted commas, quotes and line breaks in a column the loader does not read; a row after
        // the quoted line break is named by its own line.
        let folder = try folder("woonplaatsen.csv", lines: {
            $0[1] = "1000,Hoogerheide,0873,Woensdrecht,33,\"West-Noord-Brabant, \"\"the\"\"\nwest\""
            $0[2] = "1000,Huijbergen,0873,Woensdrecht,33,West-Noord-Brabant"
        })
        #expect(failure(folder) == "woonplaatsen.csv:4: repeats the place code 1000")
    }

    @Test func aReferenceFolderWithoutPlacesHasNone() throws {
        let folder = try folder("woonplaatsen.csv") { $0 }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("woonplaatsen.csv"))
        #expect(try ReferenceLoader.load(directory: folder.path).places.isEmpty)
    }
}
