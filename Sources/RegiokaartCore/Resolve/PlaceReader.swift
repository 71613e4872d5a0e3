import Foundation

/// Reads the places a mention names: "Groningen, Friesland en Drenthe" (three provinces), "Den Haag
/// en omstreken" ('s-Gravenhage, through the municipality alias table), "Friesland, Noordoostpolder en
/// Urk" (a province and two municipalities), or "Landelijk" (the country).
///
/// The name is split at ",", "&", "/", "+", brackets and " en "; a part that is no place is split into
/// words and read greedily ("Groningen Friesland" is two provinces). Municipalities are matched by the
/// core's `MunicipalityMatcher`, but never fuzzily: a near-miss is not a place. A name that is both a
/// province and a municipality is read as the province when every part is a province, as in
/// `DetectProvinces`. When any word is no place ("Achterhoek west", "Noord-Holland Noord"), the mention
/// names no area and geography does not apply.
struct PlaceReader: Sendable {
    let context: StepContext

    /// Phrases that say "and around it", dropped before reading places.
    static let surroundings = ["en omgeving", "en omstreken", "& omstreken", "e.o."]
    /// Match kinds accepted for a place: everything but fuzzy.
    static let acceptedKinds: Set<MatchKind> = [.exact, .alias, .qualifier, .folded, .former]

    init(context: StepContext) {
        self.context = context
    }

    /// The area `mention` names, or nil when it names none.
    func area(of mention: RegionMention) -> MentionArea? {
        let words = NameTokens(mention.name)
        if mention.isNational || NameFolding.fold(mention.name).hasPrefix("landelijk") {
            let why = mention.isNational ? "listed under \"\(mention.landsdeel ?? "")\"" : "the name says \"Landelijk\""
            return MentionArea(national: true, codes: [], description: "the whole country (\(why)): the national regions")
        }
        guard !words.words.isEmpty else { return nil }
        var text = mention.name
        for phrase in Self.surroundings where Self.mayContain(text, phrase) {
            while let range = text.range(of: phrase, options: [.caseInsensitive]) { text.removeSubrange(range) }
        }
        for prefix in ["Onderwijsregio ", "Regio "] where text.lowercased().hasPrefix(prefix.lowercased()) {
            text = String(text.dropFirst(prefix.count))
        }
        var parts: [String] = []
        for piece in text.components(separatedBy: " en ") {
            parts += piece.split(whereSeparator: Self.isSeparator).map { ASCIIFastPath.trimmingWhitespaces(String($0)) }
        }
        var places: [Place] = []
        for part in parts where !part.isEmpty {
            if let place = place(part) {
                places.append(place)
                continue
            }
            let partWords = part.split(separator: " ").map(String.init)
            var i = 0
            while i < partWords.count {
                guard let j = (i + 1...partWords.count).reversed().first(where: { place(partWords[i..<$0].joined(separator: " ")) != nil }) else {
                    return nil
                }
                places.append(place(partWords[i..<j].joined(separator: " "))!)
                i = j
            }
        }
        guard !places.isEmpty else { return nil }
        let allProvinces = places.allSatisfy { $0.province != nil }
        var codes = Set<String>()
        var read: [String] = []
        for place in places {
            if let province = place.province, allProvinces || place.municipality == nil {
                let p = context.reference.provinceByCode[province]!
                codes.formUnion(context.reference.municipalities(inProvince: province).map(\.code))
                read.append("province \(p.name)" + (p.name == place.written ? "" : " (as \"\(place.written)\")"))
            } else if let code = place.municipality {
                let m = context.reference.municipalityByCode[code]!
                codes.insert(code)
                read.append("municipality \(m.name)" + (m.name == place.written ? "" : " (as \"\(place.written)\", \(place.how))"))
            }
        }
        return MentionArea(national: false, codes: codes, description: read.joined(separator: ", "))
    }

    /// True for the characters a name is split at besides " en ". A switch: `",&/+()".contains`
    /// walked the literal's characters for every character of the name.
    static func isSeparator(_ character: Character) -> Bool {
        switch character {
        case ",", "&", "/", "+", "(", ")": true
        default: false
        }
    }

    /// False only when `text` certainly holds no `phrase` (ASCII) in any case: an ASCII text is
    /// searched byte by byte, ignoring ASCII case. Any other text may (Foundation's case-insensitive
    /// search also folds letters such as "ſ" to ASCII), and is left to Foundation, which is slow.
    static func mayContain(_ text: String, _ phrase: String) -> Bool {
        var text = text, phrase = phrase
        return text.withUTF8 { bytes in
            phrase.withUTF8 { wanted in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return true }
                guard wanted.count <= bytes.count else { return false }
                let lower = { (byte: UInt8) in byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                return (0...(bytes.count - wanted.count)).contains { start in
                    wanted.indices.allSatisfy { lower(bytes[start + $0]) == lower(wanted[$0]) }
                }
            }
        }
    }

    /// One part of a mention read as a place.
    struct Place {
        var written: String
        var province: String?
        var municipality: String?
        var how: String
    }

    func place(_ written: String) -> Place? {
        let province = context.provinces.province(named: written)
        let outcome = match(written)
        var municipality: String?
        var how = ""
        if let kind = outcome.kind, Self.acceptedKinds.contains(kind), let code = outcome.code {
            municipality = code
            how = "\(kind.rawValue): \(outcome.hit?.detail ?? "")"
        }
        guard province != nil || municipality != nil else { return nil }
        return Place(written: written, province: province, municipality: municipality, how: how)
    }

    /// `context.matcher.match(written)` as far as `place` uses it: the rules after the last accepted
    /// kind (fuzzy) are not tried, since whatever they found would be refused. The fuzzy rule's
    /// edit distances against every municipality were most of the cost of reading a mention.
    func match(_ written: String) -> MatchOutcome {
        let rules = context.matcher.rules
        guard let last = rules.lastIndex(where: { Self.acceptedKinds.contains($0.kind) }) else { return MatchOutcome(kind: nil, hit: nil) }
        let folded = NameFolding.fold(written)
        for rule in rules[...last] {
            if let hit = rule.candidates(for: written, folded: folded) { return MatchOutcome(kind: rule.kind, hit: hit) }
        }
        return MatchOutcome(kind: nil, hit: nil)
    }
}
