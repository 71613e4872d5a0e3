/// A piece of text in the report: plain, code (`GM0297`, file names) or strong (a region id).
enum ReportText: Equatable {
    case plain(String)
    case code(String)
    case strong(String)

    var text: String {
        switch self {
        case .plain(let s), .code(let s), .strong(let s): s
        }
    }
}
