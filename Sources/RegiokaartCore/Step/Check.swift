/// A step that only checks: it reads the dataset and reports, and changes nothing else but
/// `Dataset.coverage`, which no other check of its run reads. On a large dataset consecutive checks
/// run at once, spread over the cores (`CheckRun`).
protocol Check: Step {}

extension Check {
    var asCheck: (any Check)? { self }
}
