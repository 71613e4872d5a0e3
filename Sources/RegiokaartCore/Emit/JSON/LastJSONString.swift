/// The JSON string (`ByteSink.writeJSONString`) of the text written last through it, kept: the
/// source file of nearly every entry of a document is the same text, escaped once rather than per entry.
final class LastJSONString {
    private var text: String?
    private var bytes: [UInt8] = []

    /// Writes `string` as a JSON string into `sink`, reusing the last rendering when it is the same text.
    func write(_ string: String, into sink: ByteSink) {
        if string != text {
            let scratch = ByteSink()
            scratch.writeJSONString(string)
            text = string
            bytes = scratch.bytes
        }
        sink.write(bytes)
    }
}
