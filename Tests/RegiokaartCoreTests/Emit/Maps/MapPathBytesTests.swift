import Foundation
import Testing
@testable import RegiokaartCore

/// A map path goes into the SVG as it is: only path commands, digits, '-', '.' and spaces pass.
@Suite struct MapPathBytesTests {
    @Test func exactlyThePathCharactersAreAccepted() throws {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent(MapGeometry.fileName)
        let allowed = Set("0123456789-. MmlLzZ")
        // Printable ASCII without the CSV's own ',' and '"', and a letter beyond ASCII.
        let characters = (0x21...0x7E).map { Character(UnicodeScalar(UInt8($0))) }.filter { $0 != "," && $0 != "\"" } + ["é"]
        for character in characters {
            try "kind,code,name,neighbours,path\nframe,,,,0 0 10 10\ngemeente,GM0001,A,,M0 0l1 1\(character)z\n"
                .write(to: file, atomically: true, encoding: .utf8)
            let accepted = (try? MapGeometry.load(directory: dir.path)) != nil
            #expect(accepted == allowed.contains(character), "\(character)")
        }
    }
}

/// The neighbour lists of the map table: `|`-separated codes, empty pieces left out.
@Suite struct MapNeighbourListTests {
    @Test func codesAreSplitOnTheBarsWithoutEmptyPieces() {
        #expect(MapGeometry.codeList("GM0014|GM0034") == ["GM0014", "GM0034"])
        #expect(MapGeometry.codeList("|GM0014||GM0034|") == ["GM0014", "GM0034"])
        #expect(MapGeometry.codeList("") == [])
        #expect(MapGeometry.codeList("Súdwest-Fryslân|GM0001") == ["Súdwest-Fryslân", "GM0001"])
    }
}
