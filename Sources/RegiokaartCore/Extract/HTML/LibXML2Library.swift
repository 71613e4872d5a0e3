import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libxml2, loaded when the first HTML page is parsed rather than when the process starts.
///
/// Most runs read only text (the publication as scraped, the article, the CSV tables), and every
/// command started the dynamic loader on libxml2 and the ICU libraries behind it: ~0.8 ms of each
/// process's start on this machine (scripts/BENCHMARKS.md). So the executable does not link
/// libxml2; `load` opens it with `dlopen` once per process and looks up the few functions the
/// reader calls. The headers still describe the library's types (`CLibXML2`).
///
/// libxml2 asks for `xmlInitParser` to be called before threads use the parser: `shared` is a
/// Swift global, initialised exactly once, thread-safely, and calls it. `xmlCleanupParser` is
/// deliberately never called: libxml2 documents it as unsafe while other code may still use it.
struct LibXML2Library: @unchecked Sendable {
    /// The shared library's name, as the system's loader finds it.
    #if canImport(Darwin)
    static let fileName = "libxml2.2.dylib"
    #else
    static let fileName = "libxml2.so.2"
    #endif

    // The functions of libxml2 that Regiokaart calls, by their C names.
    let htmlNewParserCtxt: @convention(c) () -> htmlParserCtxtPtr?
    let htmlFreeParserCtxt: @convention(c) (htmlParserCtxtPtr?) -> Void
    let htmlCtxtReadMemory: @convention(c) (htmlParserCtxtPtr?, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?,
                                            UnsafePointer<CChar>?, Int32) -> htmlDocPtr?
    let xmlFreeDoc: @convention(c) (xmlDocPtr?) -> Void
    let xmlGetLineNo: @convention(c) (UnsafePointer<xmlNode>?) -> Int
    let xmlHasProp: @convention(c) (UnsafePointer<xmlNode>?, UnsafePointer<xmlChar>?) -> xmlAttrPtr?

    /// libxml2, loaded and initialised; or why it could not be (`dlerror`'s words).
    static let shared: Result<LibXML2Library, LoadError> = load(fileName)

    /// Why libxml2 could not be loaded.
    struct LoadError: Error {
        let reason: String
    }

    /// `shared`, or an error for the page called `name` that says libxml2 is missing.
    static func loaded(for name: String) throws(InputError) -> LibXML2Library {
        try shared.get(for: name)
    }

    /// The library, for code that holds a document or one of its nodes: those exist only once
    /// `loaded(for:)` succeeded.
    static var inUse: LibXML2Library {
        guard case .success(let library) = shared else { preconditionFailure("libxml2 used before it was loaded") }
        return library
    }

    /// Opens the library called `fileName`, looks up its functions and initialises the parser.
    static func load(_ fileName: String) -> Result<LibXML2Library, LoadError> {
        // RTLD_LOCAL: its symbols stay out of the process's global scope, which other lookups search.
        guard let handle = dlopen(fileName, RTLD_NOW | RTLD_LOCAL) else {
            return .failure(LoadError(reason: dlerror().map { String(cString: $0) } ?? "\(fileName) not found"))
        }
        func function<F>(_ name: String, as type: F.Type) throws(LoadError) -> F {
            guard let symbol = dlsym(handle, name) else {
                throw LoadError(reason: "\(fileName) has no function \(name)")
            }
            return unsafeBitCast(symbol, to: type)
        }
        do throws(LoadError) {
            let initParser = try function("xmlInitParser", as: (@convention(c) () -> Void).self)
            let library = LibXML2Library(
                htmlNewParserCtxt: try function("htmlNewParserCtxt", as: (@convention(c) () -> htmlParserCtxtPtr?).self),
                htmlFreeParserCtxt: try function("htmlFreeParserCtxt", as: (@convention(c) (htmlParserCtxtPtr?) -> Void).self),
                htmlCtxtReadMemory: try function("htmlCtxtReadMemory", as: (@convention(c) (
                    htmlParserCtxtPtr?, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32
                ) -> htmlDocPtr?).self),
                xmlFreeDoc: try function("xmlFreeDoc", as: (@convention(c) (xmlDocPtr?) -> Void).self),
                xmlGetLineNo: try function("xmlGetLineNo", as: (@convention(c) (UnsafePointer<xmlNode>?) -> Int).self),
                xmlHasProp: try function("xmlHasProp", as: (@convention(c) (UnsafePointer<xmlNode>?, UnsafePointer<xmlChar>?) -> xmlAttrPtr?).self))
            initParser()
            return .success(library)
        } catch {
            return .failure(error)
        }
    }
}

extension Result<LibXML2Library, LibXML2Library.LoadError> {
    /// The library, or the error for the page called `name` that says why it could not be loaded.
    func get(for name: String) throws(InputError) -> LibXML2Library {
        switch self {
        case .success(let library): return library
        case .failure(let error):
            throw InputError(.unreadable, file: name,
                             "could not be parsed: the HTML parser, libxml2, could not be loaded (\(error.reason); Debian package libxml2)")
        }
    }
}
