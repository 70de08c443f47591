namespace Labor.Matching;

/// <summary>Section "Matching".</summary>
internal sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>Jobseekers whose lists are written (and committed) together: the unit a stopped run resumes from.</summary>
    public int ChunkSize { get; set; } = 10_000;

    /// <summary>Threads matching in parallel; 0 for one per processor.</summary>
    public int Workers { get; set; }

    /// <summary>How old the in-memory index may be when an event asks for an incremental run.</summary>
    public TimeSpan LiveIndexMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long an event may wait for the incremental runs before it (they run one at a time on every host). Longer
    /// than the command timeout: in a burst of events the queue on the lock outlasts 30 s, and a failed wait is only
    /// a retry that waits again.
    /// </summary>
    public TimeSpan IncrementalLockWait { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long an unfinished nightly run may go without a chunk done before its open chunks (or its finish) are
    /// enqueued again. Far longer than a chunk takes (seconds), so a busy run is never disturbed.
    /// </summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(5);

    public int WorkerCount => Workers > 0 ? Workers : Environment.ProcessorCount;
}
