import Foundation
@testable import RegiokaartCore

/// The reference data every fuzz input is normalised against, loaded once from
/// `REGIOKAART_REFERENCE` (default `Input/reference`, relative to the working directory).
let fuzzReference: ReferenceData = {
    let directory = ProcessInfo.processInfo.environment["REGIOKAART_REFERENCE"] ?? BuildConfiguration.defaultReference
    do {
        return try ReferenceLoader.load(directory: directory)
    } catch {
        fatalError("fuzz setup: \(error)")
    }
}()

/// The matchers and indexes on `fuzzReference`, built once.
let fuzzContext = StepContext(reference: fuzzReference)

/// libFuzzer's entry point: one input through the whole read → extract → normalise → render path.
///
/// `DocumentReader.read(_:name:)` picks the reader from the content, so HTML inputs reach the HTML
/// reader as soon as it exists; an `InputError` is a correct outcome, a crash or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func regiokaartFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        let document = try DocumentReader.read(bytes, name: "fuzz.txt")
        // The cards through the standard pipeline, with the matchers built once, not per input.
        let publication = PublicationExtractor().extract(document)
        guard !publication.regions.isEmpty else { return 0 }
        var dataset = Dataset(publication)
        Pipeline.standard.apply(to: &dataset, context: fuzzContext)
        let renderer = DatasetRenderer(reference: fuzzReference)
        _ = try renderer.dataFiles(dataset)
        _ = try renderer.reportFiles(dataset, published: true)
    } catch {
        // Refusing an input with a typed error is the expected outcome for most fuzz inputs.
    }
    return 0
}

/// libFuzzer's driver (in libclang_rt.fuzzer, linked by `-sanitize=fuzzer`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The program's entry point. SwiftPM links an executable target with `main` aliased to
/// `<Target>_main`, which would shadow libFuzzer's own `main`; so this symbol hands over to
/// libFuzzer's driver explicitly.
@_cdecl("RegiokaartFuzz_main")
public func regiokaartFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in regiokaartFuzzOneInput(data, size) }
}
