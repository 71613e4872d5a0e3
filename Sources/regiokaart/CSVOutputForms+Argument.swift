import ArgumentParser
import RegiokaartCore

/// `--csv-dialect both|rfc4180|excel-nl`.
extension CSVOutputForms: ExpressibleByArgument {}
