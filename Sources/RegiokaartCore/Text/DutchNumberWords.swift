/// Dutch number words, 1 to 100: "zes", "zeventien", "zevenentwintig", "tweeëntwintig", "honderd".
///
/// A small parser on one table of words: the units and the words from ten to nineteen as they are,
/// a ten alone ("twintig"), or a unit, "en" (or "ën" after a vowel: "drieëntwintig") and a ten.
enum DutchNumberWords {
    /// The words that stand for a number on their own (besides the tens).
    static let units: [String: Int] = [
        "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
        "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
        "achttien": 18, "negentien": 19, "honderd": 100,
    ]

    /// The tens, which a unit may precede with "en": "vijfenveertig".
    static let tens: [String: Int] = [
        "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
    ]

    /// The number `word` (lower-case) stands for, or nil when it is no Dutch number word.
    static func value(_ word: String) -> Int? {
        if let unit = units[word] { return unit }
        if let ten = tens[word] { return ten }
        // A unit, "en" or "ën", a ten: the ten is the word's end, the unit its start.
        for (tenWord, ten) in tens where word.hasSuffix(tenWord) {
            let head = word.dropLast(tenWord.count)
            for joint in ["en", "ën"] where head.hasSuffix(joint) {
                let unitWord = String(head.dropLast(joint.count))
                // "één" is emphasis on its own, never in a compound ("eenentwintig").
                if unitWord != "één", unitWord != "eén", let unit = units[unitWord], unit < 10 {
                    return unit + ten
                }
            }
        }
        return nil
    }
}
