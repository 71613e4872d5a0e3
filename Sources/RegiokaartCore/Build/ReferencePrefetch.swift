import Synchronization

/// The default reference data (`BuildConfiguration.defaultReference` with the default alias table),
/// read and made into the steps' matchers on a thread of its own from the start of the process.
///
/// Meanwhile ArgumentParser parses the command line: 3–4 ms in which nothing else runs, and the
/// reference is what a run on the real publication waited for longest (scripts/BENCHMARKS.md). A
/// command whose options name the same files takes it (`take(directory:aliasesPath:)`) and waits
/// for it where it would have waited for its own reading, so its errors come at the same point;
/// any other leaves it, and `finish()` waits for it before the process ends, so that no thread is
/// still reading then.
public enum ReferencePrefetch {
    /// The reference data and the steps' context made from it.
    typealias Loaded = (reference: ReferenceData, context: StepContext)

    /// The reading started by `start()`, until a command takes it.
    private static let untaken = Mutex<BackgroundValue<Loaded>?>(nil)
    /// The reading started by `start()`, for `finish()`.
    private static let started = Mutex<BackgroundValue<Loaded>?>(nil)

    /// Starts reading the default reference on a thread of its own (once; later calls do nothing).
    public static func start() {
        started.withLock { started in
            guard started == nil else { return }
            let reading = BackgroundValue { () throws(InputError) -> Loaded in
                let reference = try ReferenceLoader.load(directory: BuildConfiguration.defaultReference,
                                                         aliasesPath: BuildConfiguration.defaultAliases)
                return (reference: reference, context: StepContext(reference: reference))
            }
            started = reading
            untaken.withLock { $0 = reading }
        }
    }

    /// The reading `start()` began, when `directory` and `aliasesPath` are the default ones and no
    /// command took it before; else nil (and the caller reads its own).
    static func take(directory: String, aliasesPath: String?) -> BackgroundValue<Loaded>? {
        guard directory == BuildConfiguration.defaultReference, aliasesPath == BuildConfiguration.defaultAliases else {
            return nil
        }
        return untaken.withLock { untaken in
            defer { untaken = nil }
            return untaken
        }
    }

    /// The reference data at `directory` with the alias table at `aliasesPath`: the one `start()`
    /// read when those are the defaults and no command took it before, else read now.
    public static func reference(directory: String, aliasesPath: String?) throws(InputError) -> ReferenceData {
        if let reading = take(directory: directory, aliasesPath: aliasesPath) { return try reading.value().reference }
        return try ReferenceLoader.load(directory: directory, aliasesPath: aliasesPath)
    }

    /// Waits until the reading `start()` began (if any) has ended, taken or not.
    public static func finish() {
        _ = try? started.withLock { $0 }?.value()
    }
}
