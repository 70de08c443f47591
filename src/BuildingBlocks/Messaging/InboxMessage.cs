namespace Labor.BuildingBlocks.Messaging;

/// <summary>Proof that a consumer has had the effect of a message; its key makes a redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public required string Consumer { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
