/// One section of the report: a small unit that turns the context into blocks (empty when it has
/// nothing to say). `ReportWriter.sections` lists them in order; a new section is a new type there.
protocol ReportSection: Sendable {
    func blocks(_ context: ReportContext) -> [ReportBlock]
}
