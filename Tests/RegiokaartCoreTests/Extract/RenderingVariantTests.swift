import Foundation
import Testing
@testable import RegiokaartCore

/// The generalisation suite: the real publication rewritten by a seeded generator
/// (`PublicationVariants`) in the ways a redesigned page or a hurried editor plausibly rewrites it,
/// each kind alone and several combined. The invariant: the dataset equals the real publication's
/// apart from source positions (and, for the few kinds that change what is printed, that printing),
/// or, for damaged content, the run reports the card and line it could not read and every figure it
/// publishes is the real one.
@Suite struct RenderingVariantTests {
    /// The layer of the rendering a variation changes; kinds of different layers combine.
    enum Layer: Hashable { case value, label, layout, line, name, list, text, figureList }

    /// One kind of variation.
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case spaceGroups, plainDigits, noBreakSpaceGroups, narrowNoBreakSpaceGroups
        case labelColonValue, valueThenLabelOnOneLine, labelBeforeValue, labelTabValue, widgetGlued, mixedLayouts, horizontalTable
        case markdownTable
        case labelOnOneLine, labelCase, labelSpacing
        case bulletShapes, unicodeSpacesInNames, hyphenatedNameBroken, sectorTagSpaces, namesInCapitals, indentation
        case blankLinesRemoved, crlfAndTrailingSpaces
        case labelTabs, terminatorSpacing
        case invisibleCharactersInNames, nameMarkup, footnoteMarks, nonBreakingHyphens, nameLineRepeated
        case kindWordLabels, provinceLabels
        case areaHeadingWordings, numberedItems, namesOnOneLine, areaHeadingInline, areaAsMarkdownTable
        case labelsWithoutOpener, openerLineDropped, openerMisspelt, keywordMisspelt, labelWordSplit
        case figuresAsList

        var testDescription: String { rawValue }

        /// Whether the kind writes the area list's items without their "- " bullets.
        var replacesBullets: Bool {
            self == .numberedItems || self == .namesOnOneLine || self == .areaHeadingInline || self == .areaAsMarkdownTable
        }

        /// The codes a rendering of this kind must be reported under (its cleaning is never silent).
        var expectedCodes: [IssueCode] {
            switch self {
            case .invisibleCharactersInNames: [.nameInvisibleCharacters]
            case .nameMarkup, .footnoteMarks, .nonBreakingHyphens: [.nameMarkup]
            case .kindWordLabels, .provinceLabels: [.municipalityLabelRemoved]
            case .nameLineRepeated: [.nameRepeatedLine]
            case .namesOnOneLine, .areaHeadingInline: [.areaListSplit]
            case .labelsWithoutOpener, .openerLineDropped: [.cardLabelReworded]
            case .openerMisspelt, .keywordMisspelt: [.cardLabelMisspelt]
            default: []
            }
        }

        /// How many labels of each card the kind rewrites so that they are reported (under `expectedCodes`).
        var reportedLabelsPerCard: Int {
            switch self {
            case .labelsWithoutOpener, .openerMisspelt, .keywordMisspelt: 5
            case .openerLineDropped: 1  // only the pupils' label loses its opener; the others keep "aangesloten"
            default: 0
            }
        }

        /// Whether the kind combines with the layout `layout` into a rendering that can be read for
        /// certain. (A label without its opener that is only a unit word on its value's line,
        /// "70.780 Leerlingen/studenten", is read as the label when the card labels that figure
        /// nowhere else: `PublicationExtractor.unitsReadAsLabels`.)
        ///
        /// Figures as list items combine with every layout but the tables; a label printed before its
        /// value becomes an item of its own before the value's ("- Aantal …" / "- 70.780", `listed`).
        func combines(withLayout layout: Kind) -> Bool {
            if self == .figuresAsList { return layout != .horizontalTable && layout != .markdownTable }
            return true
        }

        var layer: Layer {
            switch self {
            case .spaceGroups, .plainDigits, .noBreakSpaceGroups, .narrowNoBreakSpaceGroups: .value
            case .labelOnOneLine, .labelCase, .labelSpacing, .labelTabs: .label
            case .labelsWithoutOpener, .openerLineDropped, .openerMisspelt, .keywordMisspelt, .labelWordSplit: .label
            case .invisibleCharactersInNames, .nameMarkup, .footnoteMarks, .nonBreakingHyphens, .kindWordLabels, .provinceLabels: .name
            case .areaHeadingWordings, .numberedItems, .namesOnOneLine, .areaHeadingInline, .areaAsMarkdownTable: .list
            case .terminatorSpacing, .nameLineRepeated: .line
            case .labelColonValue, .valueThenLabelOnOneLine, .labelBeforeValue, .labelTabValue, .widgetGlued, .mixedLayouts, .horizontalTable,
                 .markdownTable: .layout
            case .bulletShapes, .unicodeSpacesInNames, .hyphenatedNameBroken, .sectorTagSpaces, .namesInCapitals, .indentation: .line
            case .blankLinesRemoved, .crlfAndTrailingSpaces: .text
            case .figuresAsList: .figureList
            }
        }
    }

    /// Damage to the content of one card: what must be reported, never published wrong.
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case valueDeleted, labelDeleted, groupOfTwoDigits, groupOfFourDigits, pupilsAndBoardsSwapped, strayNumber, valueNotANumber
        case valueApproximate, valuePlusMinus, valueWithUnit, valueFullWidth, valueDash
        var testDescription: String { rawValue }

        /// The damages that qualify the number (approximate, with a unit, full-width digits).
        static let qualified: Set<Damage> = [.valueApproximate, .valuePlusMinus, .valueWithUnit, .valueFullWidth]
    }

    static let publicationText = try! String(contentsOfFile: Fixture.publicationPath, encoding: .utf8)
    static let variants = PublicationVariants(text: publicationText)
    static let continuations = variants.continuations
    static let real: RegionsDocument = HTMLPublicationTests.text

    /// The province (code) of each listed name the real publication reads as a municipality; a name
    /// some card lists as a province (`Groningen`, `Utrecht`) is left out: a label would change it.
    /// (Names read in two provinces get their own tests: `LabelRuleTests`.)
    static let provinceOfListed: [String: String] = {
        let provinces = Set(real.regions.flatMap { $0.provinces.flatMap { [$0.name, $0.nameAsPublished] } })
        var byName: [String: String] = [:]
        var twice = provinces
        for region in real.regions {
            for m in region.municipalities {
                let name = m.nameAsPublished ?? m.name
                // A name read in two provinces on different cards ("Bergen") is left out too.
                if let known = byName[name], known != m.provinceCode { twice.insert(name) }
                byName[name] = m.provinceCode
            }
        }
        return byName.filter { !twice.contains($0.key) }
    }()

    /// The kind words a listing may print with a municipality's name, before it or after it.
    static let kindWordForms = ["Gemeente %", "gemeente %", "gem. %", "GEMEENTE %", "Gem. %", "% (gemeente)", "% (gem.)", "% (Gemeente)"]

    /// The ways a listing may name each province after a municipality's name (written apart from the
    /// pipeline's table): its name, the CBS qualifier, the common abbreviations, in any case.
    static let provinceForms: [String: [String]] = [
        "PV20": ["Groningen", "Gr.", "GR", "Gron."], "PV21": ["Friesland", "Fryslân", "Fr.", "FRL"], "PV22": ["Drenthe", "Dr.", "DR"],
        "PV23": ["Overijssel", "O.", "Ov.", "OV"], "PV24": ["Flevoland", "Fl.", "FL"], "PV25": ["Gelderland", "Gld.", "GLD", "Gld", "Gelderl."],
        "PV26": ["Utrecht", "U.", "Utr.", "UT"], "PV27": ["Noord-Holland", "NH.", "N.-H.", "NH", "Noord Holland"],
        "PV28": ["Zuid-Holland", "ZH.", "Z.-H.", "ZH"], "PV29": ["Zeeland", "Z.", "Zld.", "ZL"],
        "PV30": ["Noord-Brabant", "NB.", "N.-B.", "Brabant", "NB"], "PV31": ["Limburg", "L.", "Lb.", "LI"],
    ]

    // MARK: - Rendering

    /// The publication with one card damaged, in a layout picked by `seed` with the blank lines
    /// removed: the damaged documents that the extraction's other readings are held equal on.
    static func damagedText(_ damage: Damage, seed: UInt64) -> String {
        var rng = SeededGenerator(seed: seed)
        let layouts = Kind.allCases.filter { $0.layer == .layout }
        return render([layouts.randomElement(using: &rng)!, .blankLinesRemoved], damage: damage, seed: seed).text
    }

    /// The text of the publication with `kinds` applied (and `damage` to one card), seeded by `seed`.
    static func render(_ kinds: [Kind], damage: Damage? = nil, seed: UInt64) -> (text: String, damagedCard: Int?) {
        var rng = SeededGenerator(seed: seed)
        let damagedCard = damage.map { _ in Int.random(in: 0..<variants.cards.count, using: &rng) }
        let damagedSlot = Int.random(in: 0..<5, using: &rng)
        let layouts = kinds.filter { $0.layer == .layout }
        var tableValues: [Int: [String]] = [:]  // a horizontal table's values, printed in a row after its labels
        var text = variants.render(figure: { card, slot, value, labels in
            var value = value
            var labels = labels
            if card == damagedCard, let damage { value = damaged(value: value, slot: slot, target: damagedSlot, damage) }
            for kind in kinds { value = transform(value: value, kind, &rng) }
            for kind in kinds { labels = transform(labels: labels, kind, &rng) }
            var layout = layouts.first
            if layout == .mixedLayouts {
                // Each card its own template, chosen at random (one template within a card).
                var cardRNG = SeededGenerator(seed: seed &+ UInt64(card))
                layout = [.labelColonValue, .valueThenLabelOnOneLine, .labelBeforeValue, .labelTabValue, .widgetGlued, nil]
                    .randomElement(using: &cardRNG)!
            }
            var lines = arrange(value: value, labels: labels, layout)
            if layout == .horizontalTable {
                // A row of the labels, then a row of the values (`<tr><th>…</th></tr><tr><td>…</td></tr>`).
                tableValues[card, default: []].append(value)
                lines = [labels.joined(separator: " "), ""]
                if slot == FigureKind.allCases.count - 1 { lines += tableValues[card, default: []].flatMap { [$0, ""] } }
            }
            if layout == .markdownTable {
                // A markdown table as a converter writes one: the first row its header, then the delimiter row.
                lines = ["| \(value) | \(labels.joined(separator: " ")) |"] + (slot == 0 ? ["|---|:---|"] : [])
                    + (slot == FigureKind.allCases.count - 1 ? [""] : [])
            }
            if card == damagedCard, let damage {
                lines = damaged(value: value, labels: labels, slot: slot, target: damagedSlot, damage, layout: layout)
            }
            if kinds.contains(.figuresAsList) { lines = listed(lines, value: value, &rng) }
            return lines
        }, line: { index, line in
            var result: [String]? = [line]
            if variants.areaHeadings.contains(index) || variants.areaItems.contains(index) {
                result = transformList(at: index, line: line, kinds, &rng)
            }
            // A list on one line prints a broken name whole (`PublicationVariants.areaNames`).
            if kinds.contains(.namesOnOneLine) || kinds.contains(.areaHeadingInline), continuations.contains(index) { return [] }
            // A card's name in markdown emphasis ("**Rotterdam (po)**"), its tag inside it.
            if kinds.contains(.nameMarkup), variants.cards.contains(where: { $0.name.contains(index) }), Bool.random(using: &rng) {
                result = result.map { $0.map { "**\($0)**" } }
            }
            let keepsBullets = !kinds.contains { $0.replacesBullets }
            for kind in kinds where kind.layer == .line {
                if !keepsBullets, variants.areaItems.contains(index), kind == .bulletShapes || kind == .hyphenatedNameBroken { continue }
                result = result.map { $0.flatMap { transform(line: $0, at: index, kind, &rng) } }
            }
            return result
        })
        for kind in kinds where kind.layer == .text {
            switch kind {
            case .blankLinesRemoved:
                text = text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
            case .crlfAndTrailingSpaces:
                text = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : $0 + [" ", "\t", "  ", ""].randomElement(using: &rng)! }
                    .joined(separator: "\r\n")
            default: break
            }
        }
        return (text, damagedCard)
    }

    static func transform(value: String, _ kind: Kind, _ rng: inout SeededGenerator) -> String {
        switch kind {
        case .spaceGroups: PublicationVariants.regroup(value, " ")
        case .plainDigits: PublicationVariants.regroup(value, "")
        case .noBreakSpaceGroups: PublicationVariants.regroup(value, "\u{00A0}")
        case .narrowNoBreakSpaceGroups: PublicationVariants.regroup(value, "\u{202F}")
        default: value
        }
    }

    static func transform(labels: [String], _ kind: Kind, _ rng: inout SeededGenerator) -> [String] {
        switch kind {
        case .labelOnOneLine: [labels.joined(separator: " ")]
        case .labelTabs: [labels.joined(separator: ["\t", " \t", "\t\t"].randomElement(using: &rng)!)]
        case .labelCase: labels.map { Bool.random(using: &rng) ? $0.uppercased() : $0.lowercased() }
        case .labelSpacing:
            labels.map {
                $0.replacingOccurrences(of: "/", with: ["/ ", " / ", "/\u{00A0}"].randomElement(using: &rng)!)
                    .replacingOccurrences(of: " (", with: ["  (", "\u{00A0}(", " ( "].randomElement(using: &rng)!)
            }
        case .labelsWithoutOpener:
            // "Leerlingen/studenten", "Schoolbesturen (po)", "Mbo-instellingen", "Lerarenopleidingen": a line
            // per word as printed or all on one line, the first letter a capital or not.
            withoutOpener(labels, &rng)
        case .openerLineDropped:
            labels.filter { $0 != "Aantal" }
        case .openerMisspelt:
            [openerMisspelling(labels[0], &rng)] + labels.dropFirst()
        case .keywordMisspelt:
            labels.map { keywordMisspellings[$0].map { $0.randomElement(using: &rng)! } ?? $0 }
        case .labelWordSplit:
            labels.map { wordSplits[$0] ?? $0 }
        default: labels
        }
    }

    /// A figure's lines as a list item: a bullet before its first line ("- 70.780 Aantal …",
    /// "• 70.780" / "Aantal" / …, "*\u{00A0}Aantal …: 70.780"), as a page listing its key figures prints them.
    static func listed(_ lines: [String], value: String, _ rng: inout SeededGenerator) -> [String] {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }) else { return lines }
        var lines = lines
        let bullet = ["- ", "• ", "* ", "▪ ", "•", "–\u{00A0}", "-\t"].randomElement(using: &rng)!
        if lines[first] != value, let valueLine = lines.lastIndex(of: value), valueLine > first {
            // Label first, the value on a later line: each an item of its own, the label's lines
            // joined ("- Aantal leerlingen/studenten" / "- 70.780"). A value without its bullet could
            // not be told from a dash printed for it (docs/robustness.md).
            let label = lines[first..<valueLine].filter { !$0.isEmpty }.joined(separator: " ")
                .replacingOccurrences(of: "/ ", with: "/").replacingOccurrences(of: "- ", with: "-")
            return Array(lines[..<first]) + [bullet + label, "", bullet + value] + Array(lines[(valueLine + 1)...])
        }
        lines[first] = bullet + lines[first]
        return lines
    }

    /// A label's lines without its opener words ("Aantal", "aangesloten"), on its lines or one
    /// line, the first letter a capital or not; the teacher-training label sometimes reworded.
    static func withoutOpener(_ labels: [String], _ rng: inout SeededGenerator) -> [String] {
        var lines = labels.filter { !["aantal", "aangesloten"].contains($0.lowercased()) }
        if lines == ["opleiders"], Bool.random(using: &rng) { lines = ["Lerarenopleidingen"] }
        if Bool.random(using: &rng) { lines = [lines.joined(separator: " ").replacingOccurrences(of: "- ", with: "-")] }
        if Bool.random(using: &rng) { lines[0] = lines[0].prefix(1).uppercased() + lines[0].dropFirst() }
        return lines
    }

    /// The label line `opener` ("Aantal", "Aangesloten") misspelt one edit away.
    static func openerMisspelling(_ opener: String, _ rng: inout SeededGenerator) -> String {
        switch opener {
        case "Aantal": ["Aantl", "Aantla", "Aanatl", "Antal", "Aanttal"].randomElement(using: &rng)!
        case "Aangesloten": ["Aangeslotn", "Aangesloetn", "Angesloten"].randomElement(using: &rng)!
        default: opener
        }
    }

    /// Misspellings of the label words that name a figure (a letter dropped, two swapped).
    static let keywordMisspellings: [String: [String]] = [
        "leerlingen/": ["leerlngen/", "leeringen/", "lerelingen/"], "studenten": ["studneten", "studenen", "stuedenten"],
        "schoolbesturen": ["schoolbestruen", "schoolbesturn", "schoolbseturen"], "instellingen": ["instelingen", "instellignen"],
        "opleiders": ["opleidres", "opleiers", "oplieders"],
    ]

    /// Label words broken by a stray space.
    static let wordSplits = ["leerlingen/": "leer lingen/", "studenten": "studen ten", "schoolbesturen": "school besturen",
                             "instellingen": "instel lingen", "opleiders": "opleid ers"]

    static func arrange(value: String, labels: [String], _ layout: Kind?) -> [String] {
        let label = labels.joined(separator: " ")
        switch layout {
        case .labelColonValue: return [label + ": " + value, ""]
        case .valueThenLabelOnOneLine: return [value + " " + label, ""]
        case .labelBeforeValue: return labels + ["", value]
        case .labelTabValue: return [label + "\t" + value, ""]
        case .widgetGlued: return [value + labels[0]] + labels.dropFirst()  // <span>70.780</span><span>Aantal<br>leerlingen/…
        default: return PublicationVariants.original(value, labels)
        }
    }

    /// The value as damaged (before the value kinds regroup it).
    static func damaged(value: String, slot: Int, target: Int, _ damage: Damage) -> String {
        switch damage {
        case .groupOfTwoDigits where slot == 0: String(value.dropLast())  // "70.78"
        case .groupOfFourDigits where slot == 0: value + "0"  // "70.7800"
        case .valueNotANumber where slot == target: String(value.dropLast()) + "O"  // "70.78O", "O"
        case .valueApproximate where slot == target: "ca. " + value
        case .valuePlusMinus where slot == target: "± " + value
        case .valueWithUnit where slot == target: value + " leerlingen"
        case .valueDash where slot == target: ["-", "\u{2013}", "\u{2014}"][(slot + value.count) % 3]  // "-" for none
        case .valueFullWidth where slot == target:  // "７０.７８０"
            String(String.UnicodeScalarView(value.unicodeScalars.map { $0.properties.numericType != nil ? Unicode.Scalar($0.value + 0xFEE0)! : $0 }))
        default: value
        }
    }

    /// The lines of a damaged card's figure.
    static func damaged(value: String, labels: [String], slot: Int, target: Int, _ damage: Damage, layout: Kind?) -> [String] {
        let students = slot == 0, boards = slot == 1
        switch damage {
        case .valueDeleted where slot == target: return labels + [""]
        case .labelDeleted where slot == target: return [value, ""]
        case .strayNumber where slot == target: return arrange(value: value, labels: labels, layout) + ["12", ""]
        case .pupilsAndBoardsSwapped where students || boards:
            // The label of the other slot: the value stays, its label is wrong (a content error).
            let other = students ? ["Aantal", "aangesloten", "schoolbesturen", "(po)"] : ["Aantal", "leerlingen/", "studenten"]
            return arrange(value: value, labels: other, layout)
        default: return arrange(value: value, labels: labels, layout)
        }
    }

    /// The CBS names, folded: a name with its CBS qualifier (`Laren (NH.)`) is that name, no label.
    static let cbsNames = Set(Fixture.reference.municipalities.map { NameFolding.fold($0.name) })

    /// `name` (listed as `listed`) with its province in a form picked by `rng`, one that does not
    /// spell a CBS name (`Laren (N.H.)` is the CBS name `Laren (NH.)`); `name` when its province is not known.
    static func withProvince(_ name: String, listed: String, _ rng: inout SeededGenerator) -> String {
        guard let province = provinceOfListed[listed] else { return name }
        let forms = provinceForms[province]!.filter { !cbsNames.contains(NameFolding.fold(listed + " (" + $0 + ")")) }
        return name + " (" + forms.randomElement(using: &rng)! + ")"
    }

    /// An area list's name (without its bullet) as the name kinds print it.
    static func transform(name: String, _ kinds: [Kind], _ rng: inout SeededGenerator) -> String {
        var name = name
        for kind in kinds where kind.layer == .name {
            switch kind {
            case .invisibleCharactersInNames where Bool.random(using: &rng):
                // U+200B–U+200D, U+2060, soft hyphen and BOM, inside the name or around it.
                let mark = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{FEFF}"].randomElement(using: &rng)!
                var scalars = Array(name.unicodeScalars)
                scalars.insert(contentsOf: mark.unicodeScalars, at: Int.random(in: 0...scalars.count, using: &rng))
                name = String(String.UnicodeScalarView(scalars))
            case .nameMarkup where Bool.random(using: &rng):
                let slug = name.lowercased().replacingOccurrences(of: " ", with: "-")
                name = ["**\(name)**", "__\(name)__", "_\(name)_", "*\(name)*", "[\(name)](https://www.example.nl/gemeente/\(slug))"]
                    .randomElement(using: &rng)!
            case .footnoteMarks where Int.random(in: 0..<4, using: &rng) == 0:
                name += ["¹", "²", "*", "†", "⁴"].randomElement(using: &rng)!
            case .nonBreakingHyphens:
                name = name.replacingOccurrences(of: "-", with: "\u{2011}")
            case .kindWordLabels where provinceOfListed[name] != nil && Bool.random(using: &rng):
                name = kindWordForms.randomElement(using: &rng)!.replacingOccurrences(of: "%", with: name)
            case .provinceLabels where Bool.random(using: &rng):
                // The name as listed (before a kind word of the same rendering is added around it).
                let bare = name.replacingOccurrences(of: #"^(Gemeente|gemeente|GEMEENTE|gem\.|Gem\.) | \((gemeente|gem\.|Gemeente)\)$"#, with: "",
                                                     options: .regularExpression)
                name = withProvince(name, listed: bare, &rng)
            default: break
            }
        }
        return name
    }

    /// The area list's names of `heading` printed on one line: "A, B, C en D" (or with ";").
    static func joinedNames(of heading: Int, _ kinds: [Kind], _ rng: inout SeededGenerator) -> String {
        let names = variants.areaNames(of: heading).map { transform(name: $0, kinds, &rng) }
        // Commas and semicolons, or the spaced middle dot, bullet or bar a page prints between inline names.
        let separator = [", ", "; ", ",", " · ", " • ", " | "].randomElement(using: &rng)!
        guard names.count > 1, Bool.random(using: &rng) else { return names.joined(separator: separator) }
        return names.dropLast().joined(separator: separator) + " en " + names.last!
    }

    /// The line `index` of an area list (its heading or an item) as the name and list kinds print it.
    static func transformList(at index: Int, line: String, _ kinds: [Kind], _ rng: inout SeededGenerator) -> [String] {
        let listKind = kinds.first { $0.layer == .list }
        if variants.areaHeadings.contains(index) {
            switch listKind {
            case .areaHeadingWordings:
                return [["Gemeenten", "Werkgebied", "## Verzorgingsgebied", "**Verzorgingsgebied**", "Verzorgingsgebied:",
                         "### Gemeenten:", "WERKGEBIED", "__Werkgebied__", "Deelnemende gemeenten"].randomElement(using: &rng)!]
            case .areaHeadingInline:
                return ["Verzorgingsgebied: " + joinedNames(of: index, kinds, &rng)]
            case .areaAsMarkdownTable:
                // The heading as the table's header row over its delimiter row, or left above the rows.
                guard Bool.random(using: &rng) else { return [line] }
                return [["| Verzorgingsgebied |", "|Verzorgingsgebied|", "| **Gemeenten** |", "| Verzorgingsgebied"].randomElement(using: &rng)!,
                        ["| --- |", "|---|", "|:--|", "| :---: |", "|-"].randomElement(using: &rng)!]
            default:
                return [line]
            }
        }
        guard let place = variants.itemPlaces[index] else { return [line] }
        // The item's name as the name kinds print it. A name the column broke over lines keeps its
        // halves bare (markup closes around the whole name); a kind word printed before every item
        // is printed before both halves of a name broken over two items ("- Leidschendam-" / "- Voorburg").
        func name() -> String {
            let next = index + 1 < variants.lines.count ? variants.lines[index + 1] : ""
            let broken = line.hasSuffix("-") || (!next.isEmpty && !variants.areaItems.contains(index + 1) && !next.hasPrefix("["))
            let secondHalf = index > 0 && variants.areaItems.contains(index - 1) && variants.lines[index - 1].hasSuffix("-")
            let bare = String(line.dropFirst(2))
            if kinds.contains(.kindWordLabels) && (broken || secondHalf) { return "Gemeente " + bare }
            return broken ? bare : transform(name: bare, kinds, &rng)
        }
        switch listKind {
        case .numberedItems:
            return ["\(place.position + 1)\([".", ")", ".\t"].randomElement(using: &rng)!) " + transform(name: String(line.dropFirst(2)), kinds, &rng)]
        case .namesOnOneLine:
            return place.position == 0 ? [joinedNames(of: place.heading, kinds, &rng)] : []
        case .areaHeadingInline:
            return []
        case .areaAsMarkdownTable:
            // Each item a row of one cell, its closing border there or not.
            let name = name()
            return [["| % |", "|%|", "| % ", "|\t%\t|", "|  %  |"].randomElement(using: &rng)!.replacingOccurrences(of: "%", with: name)]
        default:
            return ["- " + name()]
        }
    }

    static func transform(line: String, at index: Int, _ kind: Kind, _ rng: inout SeededGenerator) -> [String] {
        let isArea = variants.areaItems.contains(index)
        let isName = variants.cards.contains { $0.name.contains(index) }
        switch kind {
        case .bulletShapes where isArea:
            let name = String(line.dropFirst(2))
            return [["• ", "•", "* ", "– ", "▪  ", "·\u{00A0}", "-\t", "● ", "◦ "].randomElement(using: &rng)! + name]
        case .unicodeSpacesInNames where isArea || isName:
            return [line.replacingOccurrences(of: " ", with: [" \u{00A0}", "\u{00A0}", "\u{2009}", "  ", "\u{2002}"].randomElement(using: &rng)!)]
        case .hyphenatedNameBroken where isArea:
            // "- Olst-Wijhe" → "- Olst-" / "Wijhe", the way a narrow column wraps it.
            guard !line.hasSuffix("-"), let hyphen = line.dropFirst(2).firstIndex(of: "-"), line[line.index(after: hyphen)...].first?.isUppercase == true
            else { return [line] }
            return [String(line[...hyphen]), String(line[line.index(after: hyphen)...])]
        case .sectorTagSpaces where isName:
            // "(vo/mbo)" → "( vo / mbo)", "(po)" → "( po )"; other parentheticals ("(ZOR)") stay.
            guard let open = line.firstIndex(of: "("), SectorTag.parse(inner: String(line[line.index(after: open)...].dropLast())) != nil
            else { return [line] }
            return [line.replacingOccurrences(of: "/", with: " / ").replacingOccurrences(of: "(", with: "( ").replacingOccurrences(of: ")", with: " )")]
        case .namesInCapitals where isName:
            return [line.uppercased()]
        case .nameLineRepeated where variants.cards.contains(where: { $0.name.last == index }):
            // The name's last line printed twice (a heading and the same text as its first paragraph).
            return [line, line]
        case .indentation:
            return line.isEmpty ? [line] : [["  ", "\t", "    ", ""].randomElement(using: &rng)! + line]
        case .terminatorSpacing where variants.terminators.contains(index):
            // "[TERUG NAAR PO KAART >](#)" → "[TERUG  NAAR …", "[Terug\u{00A0}naar …", "[terug\tnaar …".
            let spaced = line.replacingOccurrences(of: "TERUG NAAR", with: ["TERUG  NAAR", "TERUG\u{00A0}NAAR", "Terug naar", "terug\tnaar",
                                                                            "TERUG \u{00A0}NAAR", "Terug   Naar"].randomElement(using: &rng)!)
            return [spaced.replacingOccurrences(of: " KAART", with: ["  KAART", " KAART", "\u{00A0}KAART"].randomElement(using: &rng)!)]
        default:
            return [line]
        }
    }

    // MARK: - Reading and comparing

    static func read(_ text: String) throws -> (json: RegionsDocument, issues: [RegiokaartCore.Issue], dataset: Dataset) {
        let document = try TextDocumentReader.read(Array(text.utf8), name: "variant.txt")
        let dataset = try BuildJob.dataset(from: document, reference: Fixture.reference)
        return (try HTMLPublicationTests.regionsJSON(dataset), dataset.issues, dataset)
    }

    /// The figure cells of `regions.csv` as published in each dialect (RFC 4180 and excel-nl), read
    /// back with CSV.swift: per dialect, one row per region of id and the five figure columns.
    static func publishedCSVFigures(_ dataset: Dataset) throws -> [(dialect: String, rows: [[String]])] {
        let columns = ["id"] + FigureKind.allCases.map(\.rawValue)
        return try [("rfc4180", CSVDialect.rfc4180), ("excel-nl", CSVDialect.excelNL)].map { name, dialect in
            let files = try DatasetRenderer(reference: Fixture.reference, dialect: dialect).dataFiles(dataset)
            let csv = try #require(files.first { $0.name == "regions.csv" })
            let table = try InteropSupport.rows(csv.bytes, separator: dialect.separator)
            let header = try #require(table.first)
            let indices = try columns.map { column in try #require(header.firstIndex(of: column), "\(name): no column \(column)") }
            return (name, table.dropFirst().map { row in indices.map { row[$0] } })
        }
    }

    /// A record as comparable across renderings: positions blanked, and what `kinds` legitimately
    /// change in the printing (the case of names, spaces inside a sector tag) folded away.
    static func comparable(_ record: RegionRecord, _ kinds: [Kind]) -> RegionRecord {
        var r = HTMLPublicationTests.withoutPositions(record)
        if kinds.contains(.namesInCapitals) {
            r.name = r.name.lowercased()
            r.nameAsPublished = r.nameAsPublished.lowercased()
            r.sectorTag = r.sectorTag?.lowercased()
        }
        if kinds.contains(.sectorTagSpaces) {
            r.sectorTag = r.sectorTag?.replacingOccurrences(of: " ", with: "")
            r.nameAsPublished = r.nameAsPublished.replacingOccurrences(of: "( ", with: "(").replacingOccurrences(of: " / ", with: "/")
                .replacingOccurrences(of: " )", with: ")")
        }
        if kinds.contains(.nameMarkup) {
            // A card's name printed in emphasis keeps it as published; its name read is the same.
            r.nameAsPublished = r.nameAsPublished.replacingOccurrences(of: "**", with: "")
        }
        if kinds.contains(where: { $0.layer == .name || $0.layer == .list }) {
            // The printing of the listed names changes (markup, invisible characters, one line for
            // all): `name_as_published` keeps it; what each name was read as must not change.
            r.municipalities = r.municipalities.map { var m = $0; m.nameAsPublished = nil; return m }
            r.provinces = r.provinces.map { var p = $0; p.nameAsPublished = ""; return p }
        }
        if kinds.contains(.hyphenatedNameBroken) {
            // The list item as printed spans two lines now; the name read is the same.
            r.municipalities = r.municipalities.map { var m = $0; m.nameAsPublished = m.nameAsPublished?.replacingOccurrences(of: "\n", with: ""); return m }
        }
        return r
    }

    /// What differs between two comparable records, briefly (the records themselves are long).
    static func difference(_ a: RegionRecord, _ b: RegionRecord) -> String {
        var parts: [String] = []
        if a.name != b.name || a.nameAsPublished != b.nameAsPublished { parts.append("name \(a.nameAsPublished) ≠ \(b.nameAsPublished)") }
        if a.figures != b.figures { parts.append("figures \(a.figures) ≠ \(b.figures)") }
        if a.scope != b.scope { parts.append("scope \(a.scope) ≠ \(b.scope)") }
        let am = a.municipalities.map { "\($0.name)/\($0.match)/\($0.nameAsPublished ?? "-")" }
        let bm = b.municipalities.map { "\($0.name)/\($0.match)/\($0.nameAsPublished ?? "-")" }
        if am != bm { parts.append("municipalities +\(am.filter { !bm.contains($0) }) -\(bm.filter { !am.contains($0) })") }
        if a.unresolved != b.unresolved { parts.append("unresolved \(a.unresolved.map(\.name)) ≠ \(b.unresolved.map(\.name))") }
        if a.provinces != b.provinces { parts.append("provinces \(a.provinces.map(\.name)) ≠ \(b.provinces.map(\.name))") }
        if a.stories != b.stories { parts.append("stories") }
        return parts.isEmpty ? "other fields" : parts.joined(separator: "; ")
    }

    static func expectSameDataset(_ kinds: [Kind], seed: UInt64) throws {
        let (text, _) = render(kinds, seed: seed)
        let variant = try read(text)
        let errors = variant.issues.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(kinds) seed \(seed): \(errors.prefix(3).map { "\($0.location?.line ?? 0): \($0.message)" })")
        #expect(variant.json.regions.map(\.id) == real.regions.map(\.id), "\(kinds) seed \(seed)")
        for kind in kinds {
            for code in kind.expectedCodes {
                #expect(variant.issues.contains { $0.code == code.rawValue }, "\(kinds) seed \(seed): nothing reported as \(code.rawValue)")
            }
        }
        for (a, b) in zip(variant.json.regions, real.regions) {
            #expect(comparable(a, kinds) == comparable(b, kinds),
                    "\(kinds) seed \(seed): \(b.id): \(difference(comparable(a, kinds), comparable(b, kinds)))")
        }
    }

    // MARK: - Tests

    @Test func theGeneratorFindsTheStructureOfThePublication() {
        #expect(Self.variants.cards.count == 49)
        #expect(Self.variants.cards.allSatisfy { $0.figures.count == 5 })
        #expect(Self.variants.areaItems.count > 700)
        #expect(Kind.allCases.count >= 12)
    }

    @Test(arguments: Kind.allCases)
    func eachKindAloneGivesTheSameDataset(kind: Kind) throws {
        let (text, _) = Self.render([kind], seed: 1)
        #expect(text != Self.publicationText, "the variant must change something")
        try Self.expectSameDataset([kind], seed: 1)
    }

    /// The whole job on a variant: the theme pages in front of the cards and the voorlopers article
    /// are extracted beside the cards, before the pipeline, and the mentions resolve as on the real
    /// publication: the same themes, and every case, card story and voorloper tied to the same region.
    @Test(arguments: [Kind.blankLinesRemoved, .crlfAndTrailingSpaces, .indentation, .bulletShapes, .labelColonValue, .plainDigits])
    func theWholeJobGivesTheSameMentions(kind: Kind) throws {
        let (text, _) = Self.render([kind], seed: 3)
        let document = try TextDocumentReader.read(Array(text.utf8), name: "variant.txt")
        let variant = try BuildJob.datasetWithMentions(from: document, reference: Fixture.reference,
                                                       configuration: RealInput.configuration).mentions
        let real = RealInput.dataset.mentions
        #expect(variant.themes.map(\.displayName) == real.themes.map(\.displayName), "\(kind)")
        #expect(variant.themeCountClaims.map(\.value) == real.themeCountClaims.map(\.value), "\(kind)")
        #expect(variant.cases.map(\.title.value) == real.cases.map(\.title.value), "\(kind)")
        #expect(variant.cases.map(\.resolution?.regionID) == real.cases.map(\.resolution?.regionID), "\(kind)")
        #expect(variant.voorlopers.map(\.resolution?.regionID) == real.voorlopers.map(\.resolution?.regionID), "\(kind)")
    }

    /// Several kinds at once, one of each layer at most, chosen by the seed.
    @Test(arguments: 1...12)
    func combinedKindsGiveTheSameDataset(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &* 7919)
        var kinds: [Kind] = []
        for layer in [Layer.value, .label, .layout, .line, .line, .name, .list, .text, .figureList] where Bool.random(using: &rng) || kinds.count < 2 {
            let candidates = Kind.allCases.filter { kind in
                kind.layer == layer && !kinds.contains(kind) && (layer != .layout || kinds.allSatisfy { $0.combines(withLayout: kind) })
                    && (layer != .figureList || kinds.allSatisfy { kind.combines(withLayout: $0) })
            }
            guard let kind = candidates.randomElement(using: &rng) else { continue }
            kinds.append(kind)
        }
        try Self.expectSameDataset(kinds, seed: UInt64(seed))
    }

    /// Damage to one card, alone and under a random layout: reported with the card and line, and
    /// every figure published is the real one (a figure that cannot be read is not published).
    @Test(arguments: Damage.allCases, [nil, Kind.labelBeforeValue, .labelColonValue, .widgetGlued, .valueThenLabelOnOneLine, .plainDigits])
    func damageIsReportedNeverPublishedWrong(damage: Damage, kind: Kind?) throws {
        // Without group separators a dropped digit leaves a well-formed number: content damage no reader can see.
        if kind == .plainDigits, damage == .groupOfTwoDigits || damage == .groupOfFourDigits { return }
        try Self.expectDamageReported(damage, kinds: kind.map { [$0] } ?? [])
    }

    /// The same for figures printed as a list, value first and label first ("- Aantal …" / "- 70.780":
    /// the bullet found before a listed value, `CardLineTable.Builder.advanceStart`). Left out: a
    /// damage that takes away the value line of the card's first listed figure (deleted, a dash, an
    /// approximation): its bulleted label then stands alone, the card is reported and none of its
    /// figures is published, but it loses its name (docs/robustness.md, known gaps).
    @Test(arguments: Damage.allCases.filter { ![.valueDeleted, .valueDash, .valueApproximate, .valuePlusMinus].contains($0) },
          [nil, Kind.labelBeforeValue, .labelColonValue])
    func damageToListedFiguresIsReportedNeverPublishedWrong(damage: Damage, layout: Kind?) throws {
        try Self.expectDamageReported(damage, kinds: [.figuresAsList] + (layout.map { [$0] } ?? []))
    }

    /// `render(kinds, damage:)` read: reported with the card and line, and every figure published is
    /// the real one (a figure that cannot be read is not published).
    static func expectDamageReported(_ damage: Damage, kinds: [Kind]) throws {
        let (text, damagedCard) = Self.render(kinds, damage: damage, seed: 42)
        let card = try #require(damagedCard)
        let variant = try Self.read(text)
        let errors = variant.issues.filter { $0.severity == .error }
        let damagedID = Self.real.regions[card].id
        #expect(variant.json.regions.map(\.id) == Self.real.regions.map(\.id))
        // Exactly the damaged card is reported, at a line of the variant that holds a figure's text.
        #expect(!errors.isEmpty, "\(damage) \(kinds)")
        let variantLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for error in errors {
            #expect(error.regionID == damagedID, "\(damage) \(kinds): \(error.regionID ?? "-"): \(error.message)")
            let line = try #require(error.location?.line)
            #expect(line >= 1 && line <= variantLines.count && !variantLines[line - 1].trimmingCharacters(in: .whitespaces).isEmpty)
        }
        // Nothing wrong is published: every figure is the real one, or unread (empty, never 0) on the
        // reported card; in regions.json (null) and in both dialects of regions.csv (an empty cell).
        for (a, b) in zip(variant.json.regions, Self.real.regions) {
            for kind in FigureKind.allCases where a.figures[kind] != b.figures[kind] {
                #expect(a.id == damagedID && a.figures[kind] == nil,
                        "\(damage) \(kinds): \(a.id) \(kind.rawValue) published \(a.figures[kind].map(String.init) ?? "null"), real \(b.figures[kind].map(String.init) ?? "null")")
            }
        }
        for (dialect, rows) in try Self.publishedCSVFigures(variant.dataset) {
            #expect(rows.count == Self.real.regions.count, "\(dialect)")
            for (row, b) in zip(rows, Self.real.regions) {
                for (kind, cell) in zip(FigureKind.allCases, row.dropFirst()) where cell != b.figures[kind].map(String.init) {
                    #expect(row[0] == damagedID && cell == "",
                            "\(damage) \(kinds) \(dialect): \(row[0]) \(kind.rawValue) published \"\(cell)\", real \(b.figures[kind].map(String.init) ?? "empty")")
                }
            }
        }
    }

    /// Kind words and province labels around the listed names, alone and together: the dataset is
    /// the original's, and each labelled item is reported (`municipality.label_removed`) exactly once,
    /// at its own line, with its printing; a broken name with the kind word on both halves once, at
    /// its first. The other findings are the original's, but for what the label settles.
    @Test(arguments: [[Kind.kindWordLabels], [.provinceLabels], [.kindWordLabels, .provinceLabels]], [3, 11])
    func labelledNamesAreReportedAtTheirLines(kinds: [Kind], seed: UInt64) throws {
        try Self.expectSameDataset(kinds, seed: seed)
        let (text, _) = Self.render(kinds, seed: seed)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == Self.variants.lines.count)
        let variant = try Self.read(text)
        let found = variant.issues.filter { $0.code == IssueCode.municipalityLabelRemoved.rawValue }
        var expected = 0
        for i in Self.variants.areaItems.sorted() where lines[i].dropFirst(2) != Self.variants.lines[i].dropFirst(2) {
            // The second half of a broken name is reported with its first.
            if i > 0, Self.variants.areaItems.contains(i - 1), Self.variants.lines[i - 1].hasSuffix("-") { continue }
            expected += 1
            let printed = String(lines[i].dropFirst(2))
            let atLine = found.filter { $0.location?.line == i + 1 }
            // A broken name's finding holds both halves: it starts with the first ("Gemeente Hardinxveld-Giessen").
            let start = printed.hasSuffix("-") ? String(printed.dropLast()) : printed
            #expect(atLine.count == 1 && (atLine.first?.rawValue == printed || atLine.first?.rawValue?.hasPrefix(start) == true),
                    "\(kinds) seed \(seed): line \(i + 1) \(printed): \(atLine.map { $0.rawValue ?? "" })")
        }
        #expect(expected > 100 && found.count == expected, "\(kinds) seed \(seed): \(found.count) findings, \(expected) labelled")
        Self.expectSameFindingsButWhatLabelsSettle(variant.issues, try Self.read(Self.publicationText).issues, "\(kinds) seed \(seed)")
    }

    /// The findings of a rendering with labels against the original's, code for code, but for the
    /// label findings and what a label settles: a province label decides a name the geography
    /// decided ("Hengelo (Ov.)", "Veendaal (Utr.)": a `qualifier` or `fuzzy_match` finding instead of
    /// `municipality.ambiguity_resolved`; the count of the group is the same), and a kind word
    /// decides a province's name (`Gemeente Utrecht`: no `area.province_or_municipality`).
    static func expectSameFindingsButWhatLabelsSettle(_ variant: [RegiokaartCore.Issue], _ original: [RegiokaartCore.Issue], _ context: String) {
        let settled: Set<IssueCode> = [.municipalityAmbiguityResolved, .municipalityQualifier, .municipalityFolded, .municipalityFormer,
                                       .municipalityPlace, .municipalityFuzzyMatch, .municipalityShortFuzzyMatch]
        func group(_ code: String) -> String { settled.contains { $0.rawValue == code } ? "settled" : code }
        let others = variant.filter { $0.code != IssueCode.municipalityLabelRemoved.rawValue }.map { group($0.code) }
        let before = original.map { group($0.code) }
        for code in Set(before + others) where code != IssueCode.areaProvinceOrMunicipality.rawValue {
            #expect(others.filter { $0 == code }.count == before.filter { $0 == code }.count, "\(context): \(code)")
        }
    }

    /// Every card's area heading lost (alone, and with numbered items or all names on one line):
    /// the names after the figures are still the card's area, each such card reported with a
    /// warning (`area.no_heading`), never silently read as a national region.
    @Test(arguments: [nil, Kind.numberedItems, .namesOnOneLine, .bulletShapes])
    func aLostAreaHeadingIsReadAndReported(kind: Kind?) throws {
        var rng = SeededGenerator(seed: 5)
        let kinds = kind.map { [$0] } ?? []
        let text = Self.variants.render(figure: { _, _, value, labels in PublicationVariants.original(value, labels) }, line: { index, line in
            if Self.variants.areaHeadings.contains(index) { return [] }
            if kind == .namesOnOneLine, Self.continuations.contains(index) { return [] }
            var result: [String]? = Self.variants.areaItems.contains(index) ? Self.transformList(at: index, line: line, kinds, &rng) : [line]
            if kind == .bulletShapes { result = result.map { $0.flatMap { Self.transform(line: $0, at: index, .bulletShapes, &rng) } } }
            return result
        })
        let variant = try Self.read(text)
        let errors = variant.issues.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(kinds): \(errors.prefix(3).map { "\($0.location?.line ?? 0): \($0.message)" })")
        let lost = variant.issues.filter { $0.code == IssueCode.areaNoHeading.rawValue }
        #expect(lost.count == Self.variants.areaHeadings.count, "\(kinds)")
        #expect(lost.allSatisfy { $0.severity == .warning })
        #expect(variant.json.regions.map(\.id) == Self.real.regions.map(\.id))
        for (a, b) in zip(variant.json.regions, Self.real.regions) {
            let (ca, cb) = (Self.comparable(a, kinds + [.areaHeadingWordings]), Self.comparable(b, kinds + [.areaHeadingWordings]))
            // A lone line of names without a comma ("Amsterdam en Diemen", "Utrecht") cannot be told
            // from any other line: the card reads as national, and its warning says so.
            let warnedNational = a.scope == "national" && lost.contains { $0.regionID == a.id && $0.message.contains("national") }
            #expect(ca == cb || (kind == .namesOnOneLine && warnedNational), "\(kinds): \(b.id): \(Self.difference(ca, cb))")
        }
    }

    /// A qualified value in any slot, on its own line or on its label's line after a colon or tab:
    /// reported on its card, never read as the number without its qualifier, never shifting the
    /// figures after it (a unit word after a value was read as a label of its own, shifting two
    /// figures; an approximation after a colon was dropped silently).
    @Test(arguments: Damage.qualified.sorted { $0.rawValue < $1.rawValue },
          [nil, Kind.labelBeforeValue, .labelColonValue, .labelTabValue, .valueThenLabelOnOneLine, .widgetGlued])
    func aQualifiedValueInAnySlotIsReportedOnItsCard(damage: Damage, kind: Kind?) throws {
        for seed in UInt64(1)...12 {
            let (text, damagedCard) = Self.render(kind.map { [$0] } ?? [], damage: damage, seed: seed)
            let variant = try Self.read(text)
            let damagedID = Self.real.regions[try #require(damagedCard)].id
            #expect(variant.json.regions.map(\.id) == Self.real.regions.map(\.id), "\(damage) \(kind?.rawValue ?? "-") \(seed)")
            let errors = variant.issues.filter { $0.severity == .error }
            #expect(!errors.isEmpty && errors.allSatisfy { $0.regionID == damagedID }, "\(damage) \(kind?.rawValue ?? "-") \(seed)")
            for (a, b) in zip(variant.json.regions, Self.real.regions) {
                for figure in FigureKind.allCases where a.figures[figure] != b.figures[figure] {
                    #expect(a.id == damagedID && a.figures[figure] == nil, "\(damage) \(kind?.rawValue ?? "-") \(seed): \(a.id) \(figure.rawValue)")
                }
            }
        }
    }

    /// A qualified pupils value standing alone above its label is the card's value, never part of
    /// its name, and its error says what is wrong with it.
    @Test(arguments: [("ca. 70.780", "approximate"), ("± 70.780", "approximate"), ("70.780 leerlingen", "unit"),
                      ("\u{FF17}\u{FF10}.\u{FF17}\u{FF18}\u{FF10}", "full-width")])
    func aQualifiedValueIsReportedPreciselyAndNeverNamesTheCard(value: String, reason: String) throws {
        let text = "Onderwijsregio Oost-Nederland\n\n\(value)\n\nAantal\nleerlingen/\nstudenten\n\n53\n\nAantal aangesloten schoolbesturen (po)\n\n0\n\n"
            + "Aantal aangesloten schoolbesturen (vo)\n\n0\n\nAantal aangesloten mbo-instellingen\n\n6\n\nAangesloten opleiders\n\n"
            + "Verzorgingsgebied\n\n- Aalten\n\n[TERUG NAAR PO KAART >](#)\n"
        let publication = PublicationExtractor().extract(Fixture.document(text))
        #expect(publication.regions.map(\.nameAsPublished) == ["Onderwijsregio Oost-Nederland"])
        #expect(publication.regions.first?.figures.students == nil)
        let errors = publication.issues.issues().filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.code == IssueCode.cardFigureNotANumber.rawValue)
        #expect(errors.first?.location?.line == 3)
        #expect(errors.first?.message.contains(reason) == true, "\(errors.first?.message ?? "")")
    }

    /// A qualified pupils value before its label on the label's line, spaced or glued ("ca. 70.780
    /// Aantal …", "ca. 70.780Aantal", a unit between value and label): the line still anchors its
    /// card, which keeps its name and its other figures, and the value is reported on it, saying
    /// what is wrong. (Before, the card was anchored at its next figure: named after the value line
    /// or the one before, its figures and errors on the wrong card.)
    @Test(arguments: [("ca. 70.780 Aantal leerlingen/studenten", "approximate"), ("ca. 70.780Aantal\nleerlingen/\nstudenten", "approximate"),
                      ("± 70.780 Aantal leerlingen/studenten", "approximate"), ("ruim 70.780Aantal leerlingen/ studenten", "approximate"),
                      ("70.780 leerlingen Aantal leerlingen/studenten", "unit"), ("70.780 leerlingenAantal\nleerlingen/\nstudenten", "unit"),
                      ("\u{FF17}\u{FF10}.\u{FF17}\u{FF18}\u{FF10} Aantal leerlingen/studenten", "full-width"),
                      ("\u{FF17}\u{FF10}.\u{FF17}\u{FF18}\u{FF10}Aantal\nleerlingen/\nstudenten", "full-width")])
    func aQualifiedValueBeforeItsLabelOnItsLineAnchorsItsCard(figure: String, reason: String) throws {
        func card(_ name: String, _ pupils: String) -> String {
            "\(name)\n\n\(pupils)\n\n53\n\nAantal aangesloten schoolbesturen (po)\n\n0\n\nAantal aangesloten schoolbesturen (vo)\n\n0\n\n"
                + "Aantal aangesloten mbo-instellingen\n\n6\n\nAangesloten opleiders\n\nVerzorgingsgebied\n\n- Aalten\n\n[TERUG NAAR PO KAART >](#)\n"
        }
        let first = card("Onderwijsregio Achterhoek", "10.000\n\nAantal leerlingen/studenten")
        let text = first + card("Onderwijsregio Oost-Nederland", figure) + card("Onderwijsregio Twente", "20.000\n\nAantal leerlingen/studenten")
        let publication = PublicationExtractor().extract(Fixture.document(text))
        #expect(publication.regions.map(\.nameAsPublished) == ["Onderwijsregio Achterhoek", "Onderwijsregio Oost-Nederland", "Onderwijsregio Twente"])
        #expect(publication.regions.map(\.figures) == [
            Figures(students: 10000, schoolBoardsPO: 53, schoolBoardsVO: 0, mboInstitutions: 0, teacherTrainingInstitutions: 6),
            Figures(students: nil, schoolBoardsPO: 53, schoolBoardsVO: 0, mboInstitutions: 0, teacherTrainingInstitutions: 6),
            Figures(students: 20000, schoolBoardsPO: 53, schoolBoardsVO: 0, mboInstitutions: 0, teacherTrainingInstitutions: 6),
        ])
        let errors = publication.issues.issues().filter { $0.severity == .error }
        #expect(errors.map(\.code) == [IssueCode.cardFigureNotANumber.rawValue])
        #expect(errors.first?.location?.line == first.split(separator: "\n", omittingEmptySubsequences: false).count + 2)
        #expect(errors.first?.field == "figures.students")
        #expect(errors.first?.message.contains(reason) == true, "\(errors.first?.message ?? "")")
    }

    /// A qualified value after its label's colon: every approximation word of `FigureQualifier`
    /// (the one table) makes the value no number, with that reason; the card's other figures are read.
    @Test(arguments: ["ca.", "meer dan", "tot", ">", "ongeveer", "max."])
    func anApproximateValueBesideItsLabelIsReported(word: String) throws {
        let text = "Onderwijsregio Oost-Nederland\n\nAantal leerlingen/studenten: \(word) 70.780\n"
            + "Aantal aangesloten schoolbesturen (po): 53\nAantal aangesloten schoolbesturen (vo): 0\n"
            + "Aantal aangesloten mbo-instellingen: 0\nAangesloten opleiders: 6\n\n"
            + "Verzorgingsgebied\n\n- Aalten\n\n[TERUG NAAR PO KAART >](#)\n"
        let publication = PublicationExtractor().extract(Fixture.document(text))
        #expect(publication.regions.map(\.nameAsPublished) == ["Onderwijsregio Oost-Nederland"])
        #expect(publication.regions.first?.figures == Figures(students: nil, schoolBoardsPO: 53, schoolBoardsVO: 0, mboInstitutions: 0,
                                                              teacherTrainingInstitutions: 6))
        let errors = publication.issues.issues().filter { $0.severity == .error }
        #expect(errors.map(\.code) == [IssueCode.cardFigureNotANumber.rawValue])
        #expect(errors.first?.message.contains("approximate") == true, "\(errors.first?.message ?? "")")
    }

    /// The issue's examples as one-card publications, each read the same way.
    @Test(arguments: [
        "70 780\nAantal leerlingen/studenten", "70780\nAantal leerlingen/studenten", "70\u{202F}780\nAantal leerlingen/studenten",
        "Aantal leerlingen/studenten: 70.780", "70.780 Aantal leerlingen/studenten", "70.780Aantal\nleerlingen/\nstudenten",
        "AANTAL LEERLINGEN/ STUDENTEN\n70.780",
    ])
    func theIssuesExamplesReadAsPupils(figure: String) throws {
        let rest = ["53\nAantal aangesloten schoolbesturen (po)", "0\nAantal aangesloten schoolbesturen (vo)",
                    "0\nAantal aangesloten mbo-instellingen", "6\nAangesloten opleiders"]
        let labelFirst = figure.hasPrefix("AANTAL")
        let figures = [figure] + rest.map { labelFirst ? $0.split(separator: "\n").reversed().joined(separator: "\n") : $0 }
        let text = "Onderwijsregio Oost-Nederland\n\n" + figures.joined(separator: "\n\n") + "\n\nVerzorgingsgebied\n\n- Aalten\n\n[TERUG NAAR PO KAART >](#)\n"
        let publication = PublicationExtractor().extract(Fixture.document(text))
        #expect(publication.regions.count == 1)
        #expect(publication.regions.first?.figures == Figures(students: 70780, schoolBoardsPO: 53, schoolBoardsVO: 0, mboInstitutions: 0, teacherTrainingInstitutions: 6))
        #expect(publication.issues.issues().filter { $0.severity == .error }.isEmpty)
    }
}
