import Foundation

/// Where a build reads from and writes to, and how strict it is.
public struct BuildConfiguration: Sendable {
    /// The publication (text or HTML).
    var publicationPath: String
    /// The reference folder (`Input/reference`).
    var referenceDirectory: String
    /// The steward's alias table; optional.
    var aliasesPath: String?
    /// The output folder (`Output`).
    var outputDirectory: String
    /// Count warnings as errors.
    var strict: Bool = false
    /// Publish even with error-level findings.
    var allowErrors: Bool = false
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

    /// A configuration with every path and switch given.
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
    /// The vendored reference folder.
    public static let defaultReference = "Input/reference"
    /// The steward's municipality alias table.
    public static let defaultAliases = "Input/corrections/municipality-aliases.csv"
    /// The published output folder.
    public static let defaultOutput = "Output"
    /// The July 2023 voorlopers article.
    public static let defaultVoorlopers = "Input/news-2023-07-voorlopers.txt"
    /// The steward's region alias table.
    public static let defaultRegionAliases = "Input/corrections/region-aliases.csv"
    /// The steward's acknowledged findings.
    public static let defaultAcknowledgements = "Input/corrections/acknowledged.csv"
}
