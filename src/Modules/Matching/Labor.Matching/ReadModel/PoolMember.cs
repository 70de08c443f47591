namespace Labor.Matching.ReadModel;

/// <summary>
/// Matching's own copy of a jobseeker, fed by Jobseekers' events: what matching needs and no more (no name, no
/// address). A row exists once a profile or a consent has been heard of.
/// </summary>
internal sealed class PoolMember
{
    public Guid JobseekerId { get; init; }

    /// <summary>The event's whole <c>JobseekerProfile</c> as JSON; null until the first profile arrives.</summary>
    public string? Profile { get; set; }

    /// <summary>When the stored profile was changed, by the event: an older event arriving late changes nothing.</summary>
    public DateTimeOffset? ProfileChangedAt { get; set; }

    public bool Consented { get; set; }

    public DateTimeOffset? ConsentChangedAt { get; set; }

    /// <summary>When this row last changed here: what a nightly run missed is matched again after it.</summary>
    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>An erased jobseeker's id, so an event about them that arrives late does not bring them back.</summary>
internal sealed class ErasedJobseeker
{
    public Guid JobseekerId { get; init; }

    public DateTimeOffset ErasedAt { get; init; }
}
