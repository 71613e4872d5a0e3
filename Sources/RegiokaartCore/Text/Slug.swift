import Foundation

/// URL- and file-safe identifiers made from names.
enum Slug {
    /// Lower-case ASCII letters and digits with single hyphens: "Zeeuwse Onderwijsregio (ZOR)" → "zeeuwse-onderwijsregio-zor".
    static func make(_ name: String) -> String {
        // ASCII names skip Foundation's folding: on ASCII it only lower-cases, which the loop does too.
        let folded = ASCIIFastPath.isASCII(name) ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(v) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(Unicode.Scalar(v + 0x20)!)
            } else if scalar != "'" && scalar != "’" {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "region" : result
    }
}
