extension Fixture {
    /// The absolute path of an HTML fixture page (made by `scripts/make-html-fixtures.py`).
    static func htmlPage(_ file: String) -> String { path("Tests/RegiokaartCoreTests/Fixtures/html/\(file)") }
}
