import CLibXML2

/// Process-wide libxml2 set-up.
enum LibXML2Library {
    /// Initialises libxml2 once per process, before the first parse.
    ///
    /// libxml2 asks for `xmlInitParser` to be called before threads use the parser; a Swift
    /// global is initialised exactly once, thread-safely. `xmlCleanupParser` is deliberately
    /// never called: libxml2 documents it as unsafe while any other code may still use libxml2.
    static func initialise() {
        _ = initialised
    }

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()
}
