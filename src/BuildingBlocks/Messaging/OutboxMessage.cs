namespace Labor.BuildingBlocks.Messaging;

/// <summary>An integration event waiting in a module's outbox, written in the same transaction as the change it reports.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>Assembly-qualified name of the event type, without version, so a rebuilt host can still read old rows.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
