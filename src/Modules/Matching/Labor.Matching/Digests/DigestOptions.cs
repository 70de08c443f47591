namespace Labor.Matching.Digests;

internal sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>Jobseekers per Hangfire job: a run is a few tens of jobs that any host's workers take, never one per mail.</summary>
    public int ChunkSize { get; set; } = 1_000;

    /// <summary>Fits per digest, best first.</summary>
    public int MaxFits { get; set; } = 10;
}
