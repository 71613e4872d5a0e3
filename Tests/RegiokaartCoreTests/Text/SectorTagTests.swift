import Testing
@testable import RegiokaartCore

@Suite struct SectorTagTests {
    @Test func splitsSectorTagsOffInAnyCase() {
        #expect(SectorTag.split("Rotterdam (vo/mbo)").name == "Rotterdam")
        #expect(SectorTag.split("Rotterdam (vo/mbo)").tag?.sectors == [.vo, .mbo])
        #expect(SectorTag.split("Onderwijsregio Midden-Nederland (PO)").tag?.sectors == [.po])
        #expect(SectorTag.split("Onderwijsregio Limburg (po/vo/mbo)").tag?.sectors == [.po, .vo, .mbo])
        #expect(SectorTag.split("Landelijk (po, vo, mbo)").tag?.sectors == [.po, .vo, .mbo])
        #expect(SectorTag.split("Groot-Amsterdam (vo /mbo)").tag?.sectors == [.vo, .mbo])
    }

    @Test func keepsOtherParentheticals() {
        #expect(SectorTag.split("Zeeuwse Onderwijsregio (ZOR)") == ("Zeeuwse Onderwijsregio (ZOR)", nil))
        #expect(SectorTag.split("Onderwijsregio Koerskracht (PLG+)").tag == nil)
        #expect(SectorTag.split("Onderwijsregio LOA (Lingewaard, Overbetuwe en Arnhem)").tag == nil)
        #expect(SectorTag.split("Noorderwijzer (Drenthe+) (vo/mbo)").name == "Noorderwijzer (Drenthe+)")
    }

    @Test func reportsUnknownTokensButKeepsTheKnownSectors() {
        let tag = SectorTag.split("Midden-Brabant (po/go)").tag
        #expect(tag?.sectors == [.po])
        #expect(tag?.unknownTokens == ["go"])
    }

    @Test func findsATagInTheMiddleOfAName() {
        // The benchmark corpus appends a copy number after the tag.
        #expect(SectorTag.split("Rotterdam (po) 12").name == "Rotterdam 12")
    }

    @Test func readsQualifiersBesideSectors() {
        let tag = SectorTag.split("PLG+ (christelijk po)").tag
        #expect(tag?.sectors == [.po])
        #expect(tag?.qualifiers == ["christelijk"])
    }
}
