import Foundation

/// Where a build reads from and writes to, and how strict it is.
public struct BuildConfiguration: Sendable {
    /// The publication (text or HTML).
    public var publicationPath: String
    /// The reference folder (`Input/reference`).
    public var referenceDirectory: String
    /// The steward's alias table; optional.
    public var aliasesPath: String?
    /// The output folder (`Output`).
    public var outputDirectory: String
    /// Count warnings as errors.
    public var strict: Bool = false
    /// Publish even with error-level findings.
    public var allowErrors: Bool = false
    /// Which CSV forms to write (default: RFC 4180 plus `excel-nl/`).
    public var csvForms: CSVOutputForms = .both
    /// Called as each stage starts (for a progress line); nil for none.
    public var progress: (@Sendable (BuildStage) -> Void)?
    /// The voorlopers article (`--voorlopers`); absent is a warning unless `requireVoorlopers`.
    public var voorlopersPath: String = BuildConfiguration.defaultVoorlopers
    /// True when the article was named explicitly: then an absent file is unusable input.
    public var requireVoorlopers: Bool = false
    /// The steward's region alias table (`mention,region_id,note`); skipped when absent.
    public var regionAliasesPath: String? = BuildConfiguration.defaultRegionAliases
    /// A previously published output folder to compare the new dataset with (`build --previous`).
    public var previousDirectory: String? = nil
    /// How long to wait for another run's lock on the output folder, in seconds (0: fail at once).
    public var lockWait: Double = 0
    /// The steward's acknowledgements table (`code,region_id,raw_value,note`); skipped when absent.
    public var acknowledgementsPath: String? = BuildConfiguration.defaultAcknowledgements

    public init(publicationPath: String, referenceDirectory: String, aliasesPath: String?, outputDirectory: String,
                strict: Bool = false, allowErrors: Bool = false) {
        self.publicationPath = publicationPath
        self.referenceDirectory = referenceDirectory
        self.aliasesPath = aliasesPath
        self.outputDirectory = outputDirectory
        self.strict = strict
        self.allowErrors = allowErrors
    }

    /// The defaults: the embedded input in `Input/`, output to `Output/`.
    public static let defaultPublication = "Input/publication-regionale-samenwerking-werkt.txt"
    public static let defaultReference = "Input/reference"
    public static let defaultAliases = "Input/corrections/municipality-aliases.csv"
    public static let defaultOutput = "Output"
    public static let defaultVoorlopers = "Input/news-2023-07-voorlopers.txt"
    public static let defaultRegionAliases = "Input/corrections/region-aliases.csv"
    public static let defaultAcknowledgements = "Input/corrections/acknowledged.csv"
}
