/// Which CSV forms a build writes (`regiokaart build --csv-dialect`).
public enum CSVOutputForms: String, CaseIterable, Sendable {
    /// The default: RFC 4180 CSVs in the output folder and the same tables in the excel-nl dialect
    /// in its `excel-nl/` subfolder.
    case both
    /// RFC 4180 CSVs only.
    case rfc4180
    /// excel-nl CSVs only, in the output folder itself.
    case excelNL = "excel-nl"

    /// The subfolder that holds the second form when both are written.
    public static let excelNLFolder = "excel-nl"

    /// The dialect of the CSVs in the output folder itself.
    var primaryDialect: CSVDialect { self == .excelNL ? .excelNL : .rfc4180 }

    /// Every form written, as (path prefix inside the output folder, dialect), primary first.
    var layouts: [(prefix: String, dialect: CSVDialect)] {
        switch self {
        case .both: [("", .rfc4180), (Self.excelNLFolder + "/", .excelNL)]
        case .rfc4180: [("", .rfc4180)]
        case .excelNL: [("", .excelNL)]
        }
    }
}
