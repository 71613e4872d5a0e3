import RegiokaartCore

/// What `regiokaart build` was asked to do: the values of its options and flags, with their
/// defaults stated once (`BuildCommand` declares its options with these defaults).
struct BuildOptions: Equatable {
    var publication = BuildConfiguration.defaultPublication
    var reference = BuildConfiguration.defaultReference
    var aliases = BuildConfiguration.defaultAliases
    var voorlopers: String?
    var regionAliases = BuildConfiguration.defaultRegionAliases
    var acknowledged = BuildConfiguration.defaultAcknowledgements
    var output = BuildConfiguration.defaultOutput
    var strict = false
    var allowErrors = false
    var quiet = false
    var csvDialect = CSVOutputForms.both
    var sqlite: String?
    var previous: String?
    var lockWait: Double = 0
    var timings = false
}
