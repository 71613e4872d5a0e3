import Foundation
import RegiokaartCore

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

/// libFuzzer's entry point: one input through the whole read → extract → normalise → render path.
///
/// `DocumentReader.read(_:name:)` picks the reader from the content, so HTML inputs reach the HTML
/// reader as soon as it exists; an `InputError` is a correct outcome, a crash or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func regiokaartFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let document = try DocumentReader.read(bytes, name: "fuzz.txt")
        let dataset = try BuildJob.dataset(from: document, reference: fuzzReference)
        let renderer = DatasetRenderer(reference: fuzzReference)
        _ = try renderer.dataFiles(dataset)
        _ = try renderer.reportFiles(dataset, published: true)
    } catch {
        // Refusing an input with a typed error is the expected outcome for most fuzz inputs.
    }
    return 0
}
