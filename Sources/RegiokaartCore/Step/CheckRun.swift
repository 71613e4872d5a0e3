/// Consecutive checks run at once, spread over the cores, each on its own copy of the dataset (a
/// copy shares the regions: a check changes none). Their findings are appended in step order, so
/// the log is that of one check after the other; the coverage a check stores is kept.
struct CheckRun: Step {
    /// The checks, in the order their findings are reported.
    let checks: [any Check]

    init(_ checks: [any Check]) {
        self.checks = checks
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        var blank = dataset
        blank.log = IssueLog()
        let start = blank
        let checks = self.checks
        let done = TwoCores.map(checks.count) { k in
            var copy = start
            checks[k].apply(to: &copy, context: context)
            return (log: copy.log, coverage: copy.coverage)
        }
        for result in done {
            dataset.log.append(contentsOf: result.log)
            if let coverage = result.coverage { dataset.coverage = coverage }
        }
    }
}
