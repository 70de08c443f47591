namespace Labor.BuildingBlocks.Messaging;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long the dispatcher sleeps when it found nothing and nobody woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// MassTransit's Publish blocks while the broker is down instead of failing; this deadline ends the wait,
    /// leaves the row pending and lets the next pass try again.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Sent outbox rows and inbox rows older than this are deleted by the retention job.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
