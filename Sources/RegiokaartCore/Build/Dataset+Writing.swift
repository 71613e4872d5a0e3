/// The dataset as the outputs read it.
extension Dataset {
    /// Lets go of what only the steps read, once the last step that reads it has run (`Pipeline.area`;
    /// the build drops in `BuildJob.datasetWithMentions`): of each region's area only the entries left
    /// unresolved (`Region.unresolvedNames`, which the outputs list), and no name lines
    /// (`nameAsPublished` holds them joined). On a large archive the area entries are the largest part
    /// of the dataset, and the checks, the mentions and the outputs' writing come after. Every output
    /// is the same as from the whole dataset.
    mutating func dropStepState() {
        for index in regions.indices {
            // A new array: filtering in place would keep the whole list's storage.
            let unresolved = regions[index].area.filter(\.resolution.isUnresolved)
            regions[index].area = unresolved
            regions[index].nameLines = []
        }
    }
}
