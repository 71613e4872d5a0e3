/// The dataset as the outputs read it.
extension Dataset {
    /// Lets go of what only the steps read, once the last step that reads it has run (`Pipeline.area`;
    /// the build drops region by region in its last step, `Pipeline.area(droppingStepState: true)`,
    /// which leaves each region as this does): of each region's area only the entries left
    /// unresolved (`Region.unresolvedNames`, which the outputs list), and no name lines
    /// (`nameAsPublished` holds them joined). On a large archive the area entries are the largest part
    /// of the dataset, and the checks, the mentions and the outputs' writing come after. Every output
    /// is the same as from the whole dataset.
    mutating func dropStepState() {
        for index in regions.indices { regions[index].dropStepState() }
    }
}
