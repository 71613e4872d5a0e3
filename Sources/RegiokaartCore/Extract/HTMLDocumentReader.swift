/// Reads an HTML page into the same numbered lines the text extractor reads.
///
/// Placeholder until the libxml2-based reader lands (issue 3).
public enum HTMLDocumentReader {
    public static func read(_ bytes: [UInt8], name: String) throws(InputError) -> SourceDocument {
        throw InputError(.notAPublication, file: name, "is HTML, which this build cannot read yet")
    }
}
