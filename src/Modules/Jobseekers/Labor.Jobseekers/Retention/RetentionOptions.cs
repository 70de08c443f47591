namespace Labor.Jobseekers.Retention;

/// <summary>How long the pool keeps a profile nobody uses (section "Jobseekers:Retention").</summary>
internal sealed class RetentionOptions
{
    public const string Section = "Jobseekers:Retention";

    /// <summary>A profile unused this long is erased, once its owner has been warned.</summary>
    public int InactiveMonths { get; set; } = 24;

    /// <summary>The warning goes this long before the erasure; the erasure never comes sooner after the warning.</summary>
    public int WarningDays { get; set; } = 30;

    /// <summary>Profiles handled per transaction, so one run never holds a huge one.</summary>
    public int BatchSize { get; set; } = 200;
}
