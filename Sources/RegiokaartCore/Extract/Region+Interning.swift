extension Region {
    /// Takes every text the card gave the region from `interner`: the same values, held once
    /// however many cards repeat them (see `TextInterner`).
    mutating func intern(in interner: inout TextInterner) {
        nameAsPublished = interner.intern(nameAsPublished)
        name = interner.intern(name)
        sectorTag = interner.intern(sectorTag)
        for n in nameLines.indices { nameLines[n].value = interner.intern(nameLines[n].value) }
        for n in area.indices {
            area[n].raw = interner.intern(area[n].raw)
            area[n].name = interner.intern(area[n].name)
        }
        for s in stories.indices {
            stories[s].heading.value = interner.intern(stories[s].heading.value)
            for p in stories[s].paragraphs.indices {
                stories[s].paragraphs[p].value = interner.intern(stories[s].paragraphs[p].value)
            }
        }
    }
}
