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

    /// Moves every region's area list and name lines (what `dropStepState()` lets go of) into new
    /// storage, all of it allocated before any old storage is freed: side by side in the heap, away
    /// from the names, figures and stories read with them. Dropped later, they then leave whole
    /// pages free, which go back to the system (`MemoryRelease.returnFreedPages()`); dropped where
    /// extraction put them, a page at a time among what stays, they left some 50 MB of an archive's
    /// heap free but resident through the writing of the outputs.
    mutating func gatherStepState() {
        let areas = regions.map { $0.area.copiedToNewStorage() }
        let nameLines = regions.map { $0.nameLines.copiedToNewStorage() }
        for index in regions.indices {
            regions[index].area = areas[index]
            regions[index].nameLines = nameLines[index]
        }
    }
}
