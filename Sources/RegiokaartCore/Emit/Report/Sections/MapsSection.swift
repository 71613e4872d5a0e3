/// The coverage maps, one per sector, with a line on how to read them.
struct MapsSection: ReportSection {
    func blocks(_ c: ReportContext) -> [ReportBlock] {
        guard !c.maps.isEmpty else { return [] }
        return [.heading("Coverage maps", level: 2),
                .list([
                    ReportItem(text: [.plain("Each municipality has the colour of the region covering it for the sector; neighbouring regions differ.")]),
                    ReportItem(text: [.plain("Hatched red: a gap, no region. Striped in two regions' colours and outlined black: an overlap.")]),
                    ReportItem(text: [.plain("Hover a municipality for its regions per sector. Standalone files: "),
                                      .code("maps/po.svg"), .plain(", "), .code("maps/vo.svg"), .plain(", "), .code("maps/mbo.svg")]),
                ])]
            + c.maps.map { .map($0.0, svg: $0.1) }
    }
}
