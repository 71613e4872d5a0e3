import Foundation
@testable import RegiokaartCore

/// The ways a steward's or a scraper's hand damages a listed name. Each is applied to one name of a
/// card's list; `NameDamage.apply` says what it made of it.
enum NameDamageKind: String, CaseIterable, Sendable {
    /// One letter inserted.
    case insert
    /// One letter deleted.
    case delete
    /// One letter replaced by another.
    case substitute
    /// Two neighbouring letters swapped.
    case transpose
    /// One letter doubled (`Oss` → `Osss`).
    case doubledLetter
    /// The name of a place in the municipality instead of the municipality (`Rosmalen`).
    case placeForMunicipality
    /// One edit in a province of a list of provinces (`Denthe`).
    case misspeltProvince
    /// All upper case, all lower case, or the first letter's case flipped.
    case caseChange
    /// Accents removed (`Súdwest-Fryslân` → `Sudwest-Fryslan`); names without any get an accent added.
    case diacritics
}

/// Damages names of the real publication's lists, for the name-matching invariant: a damaged name is
/// matched to the municipality it stood for, or reported (file and line), never matched to another.
///
/// A damage that turns a name into another real name (another municipality, a former municipality,
/// a place, a province, an alias) is refused: no reader can tell `Epe` misspelt from `Epe`.
struct NameDamage {
    let reference: ReferenceData
    /// Every real name, folded, with and without its qualifier.
    let realNames: Set<String>
    /// Places whose name is unique in the woonplaatsen table and is no other kind of real name, by municipality code.
    let uniquePlaces: [String: [Place]]

    init(reference: ReferenceData) {
        self.reference = reference
        var names = Set<String>()
        func add(_ name: String) {
            names.insert(NameFolding.fold(name))
            names.insert(NameFolding.fold(NameFolding.withoutQualifier(name)))
        }
        reference.municipalities.forEach { add($0.name) }
        reference.mergers.forEach { add($0.oldName) }
        reference.provinces.forEach { p in ([p.name] + p.aliases).forEach(add) }
        reference.aliases.forEach { add($0.name) }
        let placeNames = Set(reference.places.map { NameFolding.fold(PlaceRule.withoutQualifier($0.name)) })
        let nonPlaceNames = names
        reference.places.forEach { add($0.name); add(PlaceRule.withoutQualifier($0.name)) }
        realNames = names
        let byName = Dictionary(grouping: reference.places) { NameFolding.fold(PlaceRule.withoutQualifier($0.name)) }
        var unique: [String: [Place]] = [:]
        for (name, places) in byName where places.count == 1 && !nonPlaceNames.contains(name) && placeNames.contains(name) {
            unique[places[0].municipalityCode, default: []].append(places[0])
        }
        uniquePlaces = unique.mapValues { $0.sorted { $0.code < $1.code } }
    }

    /// What `kind` makes of `name` (an entry resolved to `resolution`), or nil when it does not apply
    /// (a province damage on a municipality, a name too short to delete from) or makes another real name.
    func apply(_ kind: NameDamageKind, to name: String, resolution: AreaResolution,
               using rng: inout SeededGenerator) -> String? {
        let damaged: String?
        switch (kind, resolution) {
        case (.misspeltProvince, .province):
            damaged = oneEdit(name, using: &rng)
        case (.misspeltProvince, _), (_, .province):
            return nil
        case (.placeForMunicipality, .municipality(let number, _)):
            guard let places = uniquePlaces[reference.municipalities[number].code], !places.isEmpty else { return nil }
            return places.randomElement(using: &rng)!.name
        case (.placeForMunicipality, _):
            return nil
        case (.insert, _), (.delete, _), (.substitute, _), (.transpose, _):
            damaged = edit(kind, name, using: &rng)
        case (.doubledLetter, _):
            damaged = edit(.doubledLetter, name, using: &rng)
        case (.caseChange, _):
            damaged = changeCase(name, using: &rng)
        case (.diacritics, _):
            damaged = changeDiacritics(name, using: &rng)
        }
        guard let damaged, damaged != name else { return nil }
        let folded = NameFolding.fold(damaged)
        if folded != NameFolding.fold(name) && realNames.contains(folded) { return nil }
        return damaged
    }

    /// One random edit of the four typo kinds.
    func oneEdit(_ name: String, using rng: inout SeededGenerator) -> String? {
        edit([.insert, .delete, .substitute, .transpose].randomElement(using: &rng)!, name, using: &rng)
    }

    /// One edit of `kind` at a random letter of `name` (letters only: hyphens and spaces stay).
    func edit(_ kind: NameDamageKind, _ name: String, using rng: inout SeededGenerator) -> String? {
        var chars = Array(name)
        let letters = chars.indices.filter { chars[$0].isLetter }
        guard let i = letters.randomElement(using: &rng) else { return nil }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var letter = alphabet.randomElement(using: &rng)!
        if chars[i].isUppercase { letter = Character(letter.uppercased()) }
        switch kind {
        case .insert: chars.insert(letter, at: i + Int.random(in: 0...1, using: &rng))
        case .delete:
            guard letters.count > 2 else { return nil }
            chars.remove(at: i)
        case .substitute:
            guard chars[i].lowercased() != String(letter).lowercased() else { return nil }
            chars[i] = letter
        case .transpose:
            guard i + 1 < chars.count, chars[i + 1].isLetter, chars[i] != chars[i + 1] else { return nil }
            chars.swapAt(i, i + 1)
        case .doubledLetter: chars.insert(chars[i], at: i)
        default: return nil
        }
        return String(chars)
    }

    func changeCase(_ name: String, using rng: inout SeededGenerator) -> String? {
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: return name.uppercased()
        case 1: return name.lowercased()
        default:
            guard let first = name.first else { return nil }
            let flipped = first.isUppercase ? first.lowercased() : first.uppercased()
            return flipped + name.dropFirst()
        }
    }

    func changeDiacritics(_ name: String, using rng: inout SeededGenerator) -> String? {
        let stripped = name.folding(options: .diacriticInsensitive, locale: nil)
        if stripped != name { return stripped }
        let accents: [Character: [Character]] = ["a": ["á", "à", "â", "ä"], "e": ["é", "è", "ê", "ë"], "i": ["í", "ï"],
                                                 "o": ["ó", "ô", "ö"], "u": ["ú", "û", "ü"], "y": ["ÿ"]]
        var chars = Array(name)
        let vowels = chars.indices.filter { accents[chars[$0]] != nil }
        guard let i = vowels.randomElement(using: &rng) else { return nil }
        chars[i] = accents[chars[i]]!.randomElement(using: &rng)!
        return String(chars)
    }
}

/// One damaged name of a damaged publication.
struct DamagedName: CustomStringConvertible {
    var regionID: String
    var line: Int
    var original: String
    var damaged: String
    var kind: NameDamageKind

    var description: String { "\(kind.rawValue) line \(line) (\(regionID)): \"\(original)\" → \"\(damaged)\"" }
}

extension NameDamage {
    /// The publication's text with one name of every card damaged by `kind` (one a card, so each
    /// card's geography is its own list's), and what was damaged where.
    /// `text` is the publication read into `dataset`, named `file` in its locations.
    func damage(_ text: String, file: String, of dataset: Dataset, kind: NameDamageKind,
                seed: UInt64) -> (text: String, damaged: [DamagedName]) {
        var rng = SeededGenerator(seed: seed)
        var lines = text.components(separatedBy: "\n")
        var damaged: [DamagedName] = []
        for region in dataset.regions {
            let entries = region.area.filter { entry in
                !entry.isContinuation && region.source.file == file
                    && lines[entry.line - 1].components(separatedBy: entry.raw).count == 2
            }
            for entry in entries.shuffled(using: &rng) {
                guard let name = apply(kind, to: entry.raw, resolution: entry.resolution, using: &rng) else { continue }
                let index = entry.line - 1
                lines[index] = lines[index].replacingOccurrences(of: entry.raw, with: name)
                damaged.append(DamagedName(regionID: region.id, line: entry.line, original: entry.raw,
                                           damaged: name, kind: kind))
                break
            }
        }
        return (lines.joined(separator: "\n"), damaged)
    }
}
