import Foundation
import Testing
@testable import RegiokaartCore

/// `SourceLocation` is a plain (file, line) value.
private typealias Location = RegiokaartCore.SourceLocation

@Suite struct SourceLocationTests {
    @Test func fileAndLineReadBackAsGiven() {
        var location = Location(file: "Input/a.txt", line: 12)
        #expect(location.file == "Input/a.txt" && location.line == 12)
        #expect(location.description == "Input/a.txt:12")
        location.file = "Input/ü b.html"
        #expect(location.file == "Input/ü b.html" && location.line == 12)
        #expect(Location(file: "", line: 0).description == "")
        #expect(Location(file: "x.csv", line: 0).description == "x.csv")
    }

    @Test func equalityAndHashingFollowFileAndLine() {
        let a = Location(file: "one.txt", line: 3)
        #expect(a == Location(file: "one.txt", line: 3))
        #expect(a != Location(file: "one.txt", line: 4))
        #expect(a != Location(file: "two.txt", line: 3))
        #expect(Set([a, Location(file: "one.txt", line: 3), Location(file: "two.txt", line: 3)]).count == 2)
    }

    @Test func jsonIsTheSameAsForAPlainFileAndLine() throws {
        struct Plain: Codable { var file: String; var line: Int }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for (file, line) in [("Input/publication.txt", 1066), ("weird \"name\"\n.txt", 0), ("", Int.max)] {
            let ours = try encoder.encode(Location(file: file, line: line))
            #expect(ours == (try encoder.encode(Plain(file: file, line: line))))
            #expect(try JSONDecoder().decode(Location.self, from: ours) == Location(file: file, line: line))
        }
    }
}
