/// What a rule's candidates need from the region's geography (`ResolveAmbiguityByGeography` applies it).
enum GeographyCheck: Sendable, Hashable {
    /// One candidate is a match; among several, the one clearly nearest the list's other
    /// municipalities wins (Bergen), or the name is reported as ambiguous.
    case decidesTies
    /// As `decidesTies`, but a single candidate too is placed only when it lies among the list's
    /// other municipalities (a place listed for its municipality, a misspelling).
    case confirmsEvery
    /// A single candidate is placed only when it lies among the list's other municipalities; several
    /// are reported as ambiguous, never picked (a typo in a short name: `Ede` and `Epe` are both real).
    case confirmsOnlyOne
}
