import Foundation

/// The whole job: read, extract, normalise, validate, emit, publish.
public enum BuildJob {
    /// `publication`; throws when it holds no region card at all.
    static func requireCards(_ publication: consuming ExtractedPublication) throws(InputError) -> ExtractedPublication {
        guard !publication.regions.isEmpty else {
            throw InputError(.notAPublication, file: publication.source,
                             "holds no region card (a figure labelled \"Aantal leerlingen/studenten\"): is it the publication?")
        }
        return publication
    }

    /// Runs the build described by `configuration`.
    ///
    /// On success the outputs replace `outputDirectory` at once. When error-level findings block
    /// publication, the previous output stays untouched and the report goes to `<output>.failed/`.
    /// The whole run holds the output folder's `OutputLock`; what an interrupted earlier run left
    /// behind is cleaned up first and described through `notify`, and the output the previous run
    /// replaced is removed meanwhile.
    public static func run(_ configuration: BuildConfiguration,
                           notify: (String) -> Void = { _ in }) throws(InputError) -> BuildResult {
        if MemoryRelease.isLargeInput(configuration.publicationPath) { MemoryRelease.mapLargeBlocksApart() }
        let lock = try OutputLock(for: configuration.outputDirectory, wait: configuration.lockWait)
        defer { lock.release() }
        // What the steps and the renderers need besides the publication is made on one other thread,
        // in the order it is needed, while this one cleans up and reads and extracts the publication:
        // one thread keeps to the core this one leaves free. First the reference data and the
        // matchers on it; its errors come before the publication's, as when it was read first.
        let background = BackgroundThread()
        let referenceDirectory = configuration.referenceDirectory, aliasesPath = configuration.aliasesPath
        let loading = BackgroundValue(on: background) { () throws(InputError) in
            let reference = try ReferenceLoader.load(directory: referenceDirectory, aliasesPath: aliasesPath)
            return (reference: reference, context: StepContext(reference: reference))
        }
        // The voorlopers article is read and extracted on a thread of its own: a small document
        // the steps need only after the cards, whose reading would otherwise wait on this thread.
        let articleReading = BackgroundValue { () throws(InputError) in try readArticle(configuration) }
        let leftovers = recoverLeftovers(configuration)
        leftovers.notes.forEach(notify)
        // The outputs earlier runs replaced go while this one reads and computes: their unlinks wait
        // for the disk, not for a core. Waited for before the run returns, still under the lock.
        // One per folder is kept back for the publication to write into (`StagingFolder`).
        let removalLanes = BlockingLanes(count: 4)
        let removals = leftovers.replaced.map { FolderRemoval.start($0, on: removalLanes) }
        defer {
            removals.forEach { $0.finish() }
            removalLanes.finish()
        }
        let previous = try previousSnapshot(configuration)
        // Then the previous run's findings (its issues.json: 42 MB for a 1000-copy archive), once
        // the leftovers are cleaned up; their error still comes first.
        let baselineDirectory = findingsBaselineDirectory(configuration), isNamed = configuration.previousDirectory != nil
        let baselineReading = BackgroundValue(on: background) { () throws(InputError) in
            let baseline = FindingsBaselineHandOver(try findingsBaseline(directory: baselineDirectory, isNamed: isNamed))
            // The file's bytes and the texts read from it were freed on this thread's own heap arena,
            // which would otherwise keep those pages through the extraction's peak.
            MemoryRelease.returnFreedPages()
            return baseline
        }
        // Last the map shapes, needed only for rendering.
        let geometryLoading = BackgroundValue(on: background) { () throws(InputError) in
            try MapGeometry.load(directory: referenceDirectory)
        }
        var dataset: Dataset
        do throws(InputError) {
            configuration.progress?(.readingPublication)
            // A large publication is read in slices while its cards are extracted (`PublicationReader`).
            let publication = try PublicationReader.extract(path: configuration.publicationPath) {
                configuration.progress?(.extracting)
            }
            dataset = try datasetWithMentions(from: publication, configuration: configuration, dropsStepState: true,
                                              readingArticle: articleReading.value) { () throws(InputError) in
                configuration.progress?(.readingReference)
                let context = try loading.value().context
                configuration.progress?(.normalising)
                return context
            }
        } catch {
            _ = try? articleReading.value()
            _ = try baselineReading.value()
            _ = try loading.value()
            _ = try geometryLoading.value()
            throw error
        }
        // What only the steps read went after the area steps; the pages the steps and the mentions
        // freed are handed back before the outputs are written, or the writers' small allocations
        // would spread over them.
        MemoryRelease.returnFreedPages()
        let handOver = try baselineReading.value()
        handOver.notice.map(notify)
        var baseline = handOver.take()
        let reference = try loading.value().reference
        let geometry = try geometryLoading.value()
        // An acknowledged warning does not count under --strict; an error blocks, acknowledged or not.
        let blocking = dataset.log.count(.error) + (configuration.strict ? dataset.log.count(.warning, acknowledged: false) : 0)
        // The previous run's findings (`FindingKeyCounts`: 1.4 MB for a 1000-copy archive) go before
        // the outputs are rendered, where a run peaks; only whether there were any is kept. They come
        // out of the hand-over, which would otherwise keep them to the end of the run.
        let hasBaseline = baseline != nil
        let newFindings = baseline.map { $0.new(in: DatasetRenderer.reportOrder(dataset)) }
        baseline = nil
        let publish = blocking == 0 || configuration.allowErrors
        configuration.progress?(.rendering)
        let files: [OutputFile]
        do {
            var assembler = OutputAssembler(reference: reference, forms: configuration.csvForms, geometry: geometry)
            // Only a named baseline reaches report.md: a plain build stays a function of its input.
            if configuration.previousDirectory != nil { assembler.newFindings = newFindings }
            files = try assembler.files(dataset, published: publish)
        } catch {
            throw InputError(.outputNotWritable, file: configuration.outputDirectory, "could not be rendered: \(error)")
        }
        let destination = publish ? configuration.outputDirectory : failedDirectory(for: configuration.outputDirectory)
        configuration.progress?(.publishing)
        let publisher = OutputPublisher(directory: destination)
        try publisher.publish(files, reusing: publisher.reusable(in: leftovers.reusable))
        var result = BuildResult(dataset: dataset, published: publish, destination: destination, blockingCount: blocking,
                                 reference: reference, files: files.map(\.name),
                                 changes: publish ? changes(since: previous, to: dataset) : nil,
                                 newFindings: newFindings, findingsBaseline: hasBaseline ? findingsBaselineDirectory(configuration) : nil)
        result.madeInBackground = [loading, geometryLoading]
        return result
    }

    /// The sibling folder that receives a rejected run's report: `Output` → `Output.failed`.
    static func failedDirectory(for output: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".failed").path
    }
}
